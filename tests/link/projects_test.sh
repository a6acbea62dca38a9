#!/usr/bin/env bash
# Two drivers in one run (two compile directories) may both define a
# non-static AllocBlock: each driver's callers use their own.
. "$(dirname "$0")/lib.sh"
fx="$(dirname "$0")/fixtures/two_drivers"
make_db "$t/cc.json" "$fx/drvA/a.c" "$fx/drvB/b.c"
"$bin" -p "$t/cc.json" --no-cache --format json -o "$t/out.json" 2>"$t/err"
expect_rc "two drivers" 1 $?
python3 - "$t/out.json" <<'PY' && ok || bad "findings of the two drivers"
import json, sys
fs = json.load(open(sys.argv[1]))["findings"]
got = sorted((f["file"].split("/")[-1], f["line"], f["rule"]) for f in fs)
want = [("a.c", 13, "PT005")]
if got != want:
    print("  got", got, "want", want); sys.exit(1)
PY
finish
