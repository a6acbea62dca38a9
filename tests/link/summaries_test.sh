#!/usr/bin/env bash
# --summaries: what the link learned about each function, as deterministic JSON.
. "$(dirname "$0")/lib.sh"
files=$(ls "$cases"/xfile_status_out_helper/*.c "$cases"/xfile_wrapper_leak/*.c "$cases"/pt007_quota_from_dpc/*.c "$cases"/pt006_xfile_unload_chain/*.c)
"$bin" --one-driver $files --summaries "$t/s1.json" -j 1 -o /dev/null 2>"$t/err"
expect_rc "summaries -j1" 1 $?
"$bin" --one-driver $files --summaries "$t/s3.json" -j 3 -o /dev/null 2>"$t/err"
same_file "summaries -j1/-j3" "$t/s1.json" "$t/s3.json"
python3 - "$t/s1.json" <<'PY' && ok || bad "summary content"
import json, sys
fs = {f["name"]: f for f in json.load(open(sys.argv[1]))["functions"]}
def want(cond, what):
    if not cond:
        print("  missing:", what); sys.exit(1)
e = fs["SessionCreate"].get("effect", {})
want(e.get("kind") == "hands out fresh memory" and e.get("through") == "Out"
     and e.get("when", "").startswith("returns success") and e.get("tag") == "SCtx", "SessionCreate out-param on success")
e = fs["DrvAlloc"].get("effect", {})
want(e.get("kind") == "returns fresh memory" and e.get("family") == "pool" and e.get("tag") == "Drvm", "DrvAlloc wrapper")
e = fs["DrvFree"].get("effect", {})
want(e.get("kind") == "frees a parameter" and e.get("parameter") == "P", "DrvFree frees P")
want("effect" not in fs["OpenSessionLeaky"], "a caller is not a wrapper")
want("SessionCreate" in fs["OpenSessionLeaky"]["calls"], "calls across files")
regs = [r for f in fs.values() for r in f["registers"]]
want(any(r["routine"] == "SampleDpc" and r["by"] == "KeInitializeDpc" for r in regs), "DPC registration")
want(any(r["routine"] == "ChnUnload" and r["as"] == "unload" and r["by"] == "assigned to DriverUnload"
         for r in fs["DriverEntry"]["registers"]), "unload registration")
stores = [s for f in fs.values() for s in f["stores"]]
want(any(s["place"].startswith("struct _QDEV::") for s in stores), "stores into a field path")
PY
"$bin" --one-driver $files --summaries "$t/nodir/s.json" -o /dev/null 2>"$t/err"
expect_rc "summaries into a missing folder" 2 $?
[ ! -e "$t/nodir" ] && ok || bad "a folder was created"
finish
