#!/usr/bin/env bash
# The cache: a second run over an unchanged project parses nothing and reports
# the same; a changed header re-parses the TUs that include it.
. "$(dirname "$0")/lib.sh"
p="$t/proj"; mkdir -p "$p"
cat > "$p/drv.h" <<'H'
#include <ntddk.h>
#define DRV_TAG 'gaT1'
H
cat > "$p/a.c" <<'C'
#include "drv.h"
#include "a.tmh"   /* WPP: made by the build; pooltrack stands in an empty file */
VOID UseBuffer(SIZE_T n)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, DRV_TAG);
    if (p == NULL) return;
    ExFreePoolWithTag(p, 'gaT1');
}
C
cat > "$p/b.c" <<'C'
#include <ntddk.h>
VOID Other(VOID) { PVOID q = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'rhtO'); if (q) ExFreePoolWithTag(q, 'rhtO'); }
C
make_db "$p/compile_commands.json" "$p/a.c" "$p/b.c"
run() {  # name want-rc
    "$bin" -p "$p" --format json -o "$t/$1.json" --stats-json "$t/$1.stats" 2>"$t/err"
    expect_rc "$1" "$2" $?
}
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$t/$1.stats" "$2"; }
run cold 0
[ "$(field cold from_cache)" = 0 ] && ok || bad "cold run used the cache"
[ -d "$p/.pooltrack-cache" ] && ok || bad "no cache folder next to the compile database"
run warm 0
[ "$(field warm from_cache)" = 2 ] && ok || bad "warm run parsed again (from_cache $(field warm from_cache))"
same_file "warm = cold" "$t/cold.json" "$t/warm.json"
touch "$p/drv.h"                       # same content, newer time: still cached
run touched 0
[ "$(field touched from_cache)" = 2 ] && ok || bad "a touched but unchanged header invalidated the cache"
sed -i 's/gaT1/gaT2/' "$p/drv.h"       # the tag in the header changes: a.c must be parsed again
run changed 1
[ "$(field changed from_cache)" = 1 ] && ok || bad "changed header: from_cache $(field changed from_cache), expected 1"
grep -q '"PT004"' "$t/changed.json" && ok || bad "the header change did not reach the analysis"
# keys and content hashes are XXH3-128 (32 hex digits) in units of format 2
bad_names=$(cd "$p/.pooltrack-cache" && ls *.unit.json | grep -cvE '^[0-9a-f]{32}\.unit\.json$')
[ "$bad_names" = 0 ] && ok || bad "$bad_names cache file(s) not named by a 32-digit key"
python3 - "$p/.pooltrack-cache" <<'PY' && ok || bad "a cached unit is not format 2 with 32-digit keys and dep hashes"
import glob, json, re, sys
units = [json.loads(open(f).read().split("\n")[0]) for f in glob.glob(sys.argv[1] + "/*.unit.json")]
assert len(units) == 2
for u in units:
    assert u["pooltrack_unit"] == 2 and re.fullmatch("[0-9a-f]{32}", u["key"])
    assert u["deps"] and all(re.fullmatch("[0-9a-f]{32}", d[3]) for d in u["deps"])
PY

"$bin" -p "$p" --no-cache --format json -o "$t/nc.json" --stats-json "$t/nc.stats" 2>"$t/err"
[ "$(python3 -c "import json; print(json.load(open('$t/nc.stats'))['from_cache'])")" = 0 ] && ok || bad "--no-cache used the cache"
same_file "--no-cache = cached" "$t/changed.json" "$t/nc.json"
"$bin" -p "$p" --cache-dir "$t/elsewhere/c" -o /dev/null 2>"$t/err"
ls "$t/elsewhere/c"/*.unit.json >/dev/null 2>&1 && ok || bad "--cache-dir not used"
# a damaged cache entry is parsed again, never trusted
for f in "$p/.pooltrack-cache"/*.unit.json; do echo '{"pooltrack_unit": 1, "file": 3}' > "$f"; done
run damaged 1
[ "$(field damaged from_cache)" = 0 ] && ok || bad "a damaged cache entry was used"
same_file "damaged cache = fresh" "$t/changed.json" "$t/damaged.json"
finish
