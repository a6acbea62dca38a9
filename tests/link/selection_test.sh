#!/usr/bin/env bash
# A file selection (a pre-commit run) links the rest of the driver from the
# cache: PT006 and PT004 across files judge the whole driver, findings of the
# files not selected are not reported, and a driver whose other files the
# cache cannot give is left to the next full run (a note says so) instead of
# being judged on part of it.
. "$(dirname "$0")/lib.sh"
d="$t/drv"; mkdir -p "$d"
cp "$cases"/pt006_xfile_unload_chain/* "$d/"
cat > "$d/leak.c" <<'C'
#include "chain.h"
NTSTATUS ChnProbe(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 64, CHN_TAG);
    if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    return STATUS_UNSUCCESSFUL;
}
C
make_db "$d/cc.json" "$d/init.c" "$d/unload.c" "$d/util.c" "$d/leak.c"
run() {  # name want-rc file... : findings as "file:line:rule" lines in $t/got
    local name="$1" want="$2"; shift 2
    "$bin" -p "$d/cc.json" --format json -o "$t/out.json" "$@" 2>"$t/err"
    expect_rc "$name" "$want" $?
    python3 - "$t/out.json" > "$t/got" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
for f in sorted(doc["findings"], key=lambda f: (f["file"], f["line"], f["rule"])):
    print("%s:%d:%s" % (f["file"].split("/")[-1], f["line"], f["rule"]))
for n in doc["notifications"]:
    if "no current analysis in the cache" in n["message"]:
        print("note: driver skipped")
PY
}
want() {  # name expected-lines...
    local name="$1"; shift
    if [ "$(cat "$t/got")" = "$(printf '%s\n' "$@")" ]; then ok; else
        bad "$name"; echo "  got:"; sed 's/^/    /' "$t/got"; echo "  want:"; printf '    %s\n' "$@"; fi
}

run "cold cache, init.c alone" 0 "$d/init.c"
want "cold cache, init.c alone" "note: driver skipped"

run "whole database" 1
want "whole database" "init.c:18:PT006" "init.c:35:PT006" "leak.c:4:PT005"

run "warm cache, init.c alone" 1 "$d/init.c"
want "warm cache, init.c alone" "init.c:18:PT006" "init.c:35:PT006"

run "warm cache, unload.c alone" 1 "$d/unload.c"
want "warm cache, unload.c alone: whole-driver findings in other files kept" "init.c:18:PT006" "init.c:35:PT006"

run "warm cache, leak.c alone" 1 "$d/leak.c"
want "warm cache, leak.c alone" "init.c:18:PT006" "init.c:35:PT006" "leak.c:4:PT005"

# The unload helper now frees the firmware too; util.c is changed but not
# analysed again: its cached analysis is stale, so the driver is not judged.
sed -i 's/^VOID$/VOID/; s/    if (Ext->TxRing != NULL) {/    if (Ext->Firmware != NULL) { ExFreePoolWithTag(Ext->Firmware, CHN_TAG); Ext->Firmware = NULL; }\n    if (Ext->TxRing != NULL) {/' "$d/util.c"
grep -q "Ext->Firmware" "$d/util.c" || bad "util.c edit did not apply"
run "stale util.c, init.c alone" 0 "$d/init.c"
want "stale util.c, init.c alone" "note: driver skipped"

run "util.c selected after the fix" 1 "$d/util.c"
want "util.c selected after the fix" "init.c:35:PT006"

# Without a database there is no driver to complete from: init.c alone has
# an unload routine (ChnUnload) whose body is not in the run, so PT006 does
# not judge the driver and says so instead of reporting what ChnUnload frees.
"$bin" --no-cache --format json -o "$t/one.json" "$d/init.c" -- -I"$d" 2>"$t/err"
expect_rc "init.c without a database" 0 $?
python3 - "$t/one.json" <<'PY' && ok || bad "init.c without a database: no PT006 and one note naming ChnUnload"
import json, sys
doc = json.load(open(sys.argv[1]))
notes = [n["message"] for n in doc["notifications"] if "body is not in this run" in n["message"]]
sys.exit(0 if not any(f["rule"] == "PT006" for f in doc["findings"]) and len(notes) == 1
         and notes[0].startswith("ChnUnload runs at unload") else 1)
PY
finish
