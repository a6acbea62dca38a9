#!/usr/bin/env bash
# A .tmh named by a -D macro (`#include TMH_STRINGIFY(TMH_FILE)` with
# /DTMH_FILE=driver.c.tmh, as MSBuild projects with per-file defines write it)
# gets the WPP stand-in like a literal `#include "driver.c.tmh"`: the project's
# trace function is a no-op, its flag argument (EVENT) is dropped, and the
# traced function parses and keeps its leak.
#   tmh_define_test.sh ANALYZE
set -u
analyze=$1
tmp=$(mktemp -d /tmp/pt-dialect-tmh.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/include"
cat > "$tmp/include/trace.h" <<'C'
#pragma once
#define WPP_CONTROL_GUIDS \
    WPP_DEFINE_CONTROL_GUID(Demo, (6a1f3c2e, 0b7d, 4c1a, 9e2f, 1d3c5b7a9e0f), \
        WPP_DEFINE_BIT(GENERAL) WPP_DEFINE_BIT(UTIL))
// begin_wpp config
// FUNC DemoTrace(LEVEL,EVENT,MSG,...);
// end_wpp
#define TMH_STRINGIFYX(x) #x
#define TMH_STRINGIFY(x) TMH_STRINGIFYX(x)
#ifdef TMH_FILE
#include TMH_STRINGIFY(TMH_FILE)
#endif
C
cat > "$tmp/driver.c" <<'C'
#include <ntddk.h>
#include <trace.h>
NTSTATUS Probe(ULONG n);
NTSTATUS Leak(ULONG n, PVOID *out)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, n, 'tseT');
    if (p == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (!NT_SUCCESS(Probe(n))) {
        DemoTrace(TRACE_LEVEL_ERROR, GENERAL, "probe failed for %lu", n);
        return STATUS_INVALID_PARAMETER;
    }
    *out = p;
    return STATUS_SUCCESS;
}
C
python3 - "$tmp" > "$tmp/compile_commands.json" <<'PY'
import json, sys
tmp = sys.argv[1]
print(json.dumps([{"directory": tmp, "file": tmp + "/driver.c",
                   "arguments": ["cl.exe", "/I" + tmp + "/include", "/DTMH_FILE=driver.c.tmh", "/kernel",
                                 "/c", tmp + "/driver.c"]}]))
PY
"$analyze" -p "$tmp" --no-cache --format json -o "$tmp/out.json" >/dev/null 2>"$tmp/err"
python3 - "$tmp/out.json" <<'PY' || { cat "$tmp/err"; exit 1; }
import json, sys
r = json.load(open(sys.argv[1]))
rules = sorted((f["rule"], f["line"]) for f in r["findings"])
notes = [n["message"] for n in r.get("notifications", []) if "tmh" in n["message"] or "parse error" in n["message"]]
ok = rules == [("PT005", 6)] and not notes
print("ok" if ok else "FAIL: findings %s, notes %s" % (rules, notes))
sys.exit(0 if ok else 1)
PY
