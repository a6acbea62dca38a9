#!/usr/bin/env bash
# pooltrack-confirm on the Driver Verifier layouts Windows prints today
# (issue 14 item 1), each a log written here in that layout against one
# hand-written SARIF (fixtures/layouts.sarif: PT006 'LyLk' in LyStartDevice,
# PT006 'LyCf' in LyReadConfig, PT008 in LyCleanup, PT010 in LyLockBuffer):
# !verifier 3 of Windows 10/11 and 8.1, !verifier 0xf of several drivers,
# !verifier 0x80 alone with VerifierExt frames, !analyze -v of bug checks
# 0xC4/0x62, 0xC2 and 0xCB, and the same logs with web and DebugView
# artefacts.
# usage: layouts_e2e.sh POOLTRACK-CONFIRM FIXTURES
set -u
bin="$1"; fx="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
sarif="$fx/layouts.sarif"
fail=0; pass=0
bad() { echo "FAIL: $*"; sed 's/^/  | /' "$t/out"; fail=$((fail+1)); }
# run NAME LOG [ARGS...]: pooltrack-confirm on LOG, output in $t/out
run() {
    local name="$1" log="$2"; shift 2
    "$bin" "$sarif" "$log" "$@" > "$t/out" 2>&1 || bad "$name: exit $?"
}
# has NAME LINE: $t/out has exactly that line
has() { grep -qxF -- "$2" "$t/out" && pass=$((pass+1)) || bad "$1: no line '$2'"; }
lacks() { grep -qF -- "$2" "$t/out" && bad "$1: unexpected '$2'" || pass=$((pass+1)); }

EXACT10="CONFIRMED       PT006    layouts.c:10  (1 verifier record; exact: tag and function)"
EXACT20="CONFIRMED       PT006    layouts.c:20  (1 verifier record; exact: tag and function)"

# Windows 10/11: nt!_VF_TARGET_DRIVER block, "Address Length Tag Caller
# Address" over 0x columns, module!function+0x21 after the caller.
run win10 "$fx/win10_verifier3.log"
has win10 "$EXACT10"
has win10 "$EXACT20"

# Windows 8.1: MODULE: block, "Address Length Tag Caller", a symbol without
# offset; the LyCf row has no symbol and its 0x80 entry starts with a
# VerifierExt wrapper, which is not the allocating function.
run win81 "$fx/win81_verifier3.log"
has win81 "$EXACT10"
has win81 "$EXACT20"
has win81 "RUNTIME ONLY    runtime/verifier_outstanding layouts!LyLockBuffer  (1 verifier record)"

# !verifier 0xf of three drivers: only layouts.sys's block counts (the
# driver whose symbols name the findings); videoprt's 'LyCf' block is not a
# confirmation, the others' blocks are no runtime-only results.
run several "$fx/win7_several_drivers.log"
has several "$EXACT10"
has several "not reproduced  PT006    layouts.c:20"
lacks several "RUNTIME ONLY"
grep -q "; 4 record(s) of other drivers skipped$" "$t/out" && pass=$((pass+1)) || bad "several: skipped count"
# --module names the driver: here another one, whose blocks count instead.
run several-module "$fx/win7_several_drivers.log" --module videoprt.sys
has several-module "not reproduced  PT006    layouts.c:10"
has several-module "CONFIRMED       PT006    layouts.c:20  (1 verifier record; probable: tag only, one static finding with that tag)"

# The SARIF names the driver (runs[0].properties.pooltrackDriverModules, as
# pooltrack-analyze writes it): that scopes the records without --module.
python3 - "$sarif" "$t/videoprt.sarif" '["videoprt"]' <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["runs"][0].setdefault("properties", {})["pooltrackDriverModules"] = json.loads(sys.argv[3])
json.dump(d, open(sys.argv[2], "w"))
PY
"$bin" "$t/videoprt.sarif" "$fx/win7_several_drivers.log" > "$t/out" 2>&1 || bad "sarif-module: exit $?"
has sarif-module "not reproduced  PT006    layouts.c:10"
has sarif-module "CONFIRMED       PT006    layouts.c:20  (1 verifier record; probable: tag only, one static finding with that tag)"
# a module the log does not know (a name taken from a folder, not the .sys
# name) is ignored: the symbols decide, as without the property
python3 - "$t/videoprt.sarif" "$t/nomod.sarif" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["runs"][0]["properties"]["pooltrackDriverModules"] = ["src"]
json.dump(d, open(sys.argv[2], "w"))
PY
"$bin" "$t/nomod.sarif" "$fx/win7_several_drivers.log" > "$t/out" 2>&1 || bad "sarif-unknown-module: exit $?"
has sarif-unknown-module "$EXACT10"
# --module still wins over the property
"$bin" "$t/videoprt.sarif" "$fx/win7_several_drivers.log" --module layouts.sys > "$t/out" 2>&1 || bad "sarif-module-override: exit $?"
has sarif-module-override "$EXACT10"

# Windows 10/11 layout, two drivers: another driver's block first, with a
# row of the 'LyCf' tag allocated by a function of the same name as one of
# the findings (not counted: the driver is the one more findings name).
{ sed -n '1,/^Driver Verification List/p' "$fx/win10_verifier3.log"
  printf 'nt!_VF_TARGET_DRIVER 0xffffd30c1f2e6b30: helper.sys (Loaded)\n\n    Pool Allocations:\n\n'
  printf '      Address             Length      Tag   Caller Address\n'
  printf '      0xffffc08a1b2d0000  0x00000020  LyCf  0xfffff8056c101221  helper!LyReadConfig+0x21\n'
  printf '      0xffffc08a1b2d1000  0x00000020  HlpX  0xfffff8056c101300  helper!HlpInit+0x10\n\n'
  sed -n '/^nt!_VF_TARGET_DRIVER/,$p' "$fx/win10_verifier3.log"; } > "$t/win10two.log"
run win10-two "$t/win10two.log"
has win10-two "$EXACT10"
has win10-two "$EXACT20"
lacks win10-two "RUNTIME ONLY"
grep -q "; 2 record(s) of other drivers skipped$" "$t/out" && pass=$((pass+1)) || bad "win10-two: skipped count"

# !verifier 0x80 alone: a block freed twice in LyCleanup, VerifierExt's
# ExFreePoolWithTag_internal_wrapper between nt and the driver.
run v80 "$fx/verifier80_only.log"
has v80 "CONFIRMED       PT008    layouts.c:30  (2 verifier records; exact: the block is freed twice in that function)"

# ... with a helper library's frame (ks.sys, not a system module) above the
# driver's in the frees: --module names the driver whose frame is the
# freeing function (a .sys name as well as a module).
sed 's/^\(fffff805`6a2b13[8b][06] layouts!LyCleanup\)/fffff805`6e001020 ks!KsFreeObjectHeader+0x20\n\1/' \
    "$fx/verifier80_only.log" > "$t/v80ks.log"
run v80-ks "$t/v80ks.log" --module layouts.sys
has v80-ks "CONFIRMED       PT008    layouts.c:30  (2 verifier records; exact: the block is freed twice in that function)"

# !analyze -v, 0xC4/0x62 with Arg4 = 2 leaked: the two PT006 of the driver
# are probable; with Arg4 = 1, one of them at most is real: ambiguous.
PROB="(1 verifier record; probable: a leak bug check at unload names the driver, not the blocks)"
run c4 "$fx/analyze_c4_62.log"
has c4 "CONFIRMED       PT006    layouts.c:10  $PROB"
has c4 "CONFIRMED       PT006    layouts.c:20  $PROB"
has c4 "not reproduced  PT008    layouts.c:30"
sed -e 's/^Arg4: 0000000000000002/Arg4: 0000000000000001/' -e 's/^BUGCHECK_P4: 2/BUGCHECK_P4: 1/' \
    -e 's/, 2}$/, 1}/' "$fx/analyze_c4_62.log" > "$t/c4one.log"
run c4-one-block "$t/c4one.log"
has c4-one-block "AMBIGUOUS       PT006    layouts.c:10  (1 verifier record; ambiguous: the bug check counts fewer blocks than there are findings)"
# another driver's bug check confirms nothing here
run c4-other "$fx/analyze_c4_62.log" --module other.sys
has c4-other "not reproduced  PT006    layouts.c:10"
grep -q "; 1 record(s) of other drivers skipped$" "$t/out" && pass=$((pass+1)) || bad "c4-other: skipped count"
# with the !verifier 3 table in the same log, the table says which blocks
cat "$fx/analyze_c4_62.log" "$fx/win10_verifier3.log" > "$t/c4table.log"
run c4-table "$t/c4table.log"
has c4-table "$EXACT10"
has c4-table "$EXACT20"

# !analyze -v, 0xC2 Arg1 7 (freed twice) naming layouts!LyCleanup, then
# 0xCB (pages left locked) of layouts.sys.
run c2-cb "$fx/analyze_c2_cb.log"
has c2-cb "CONFIRMED       PT008    layouts.c:30  (1 verifier record; exact: the bug check's faulting function)"
has c2-cb "CONFIRMED       PT010    layouts.c:40  (1 verifier record; probable: the bug check names the driver, not the tag or function)"

# Copied from a web page: every blank a non-breaking space (UTF-8, Latin-1).
sed 's/ /\xc2\xa0/g' "$fx/win10_verifier3.log" > "$t/nbsp.log"
run nbsp "$t/nbsp.log"
has nbsp "$EXACT10"
has nbsp "$EXACT20"
sed 's/ /\xa0/g' "$fx/win81_verifier3.log" > "$t/nbsp1.log"
run nbsp-latin1 "$t/nbsp1.log"
has nbsp-latin1 "$EXACT20"

# DebugView's "index<TAB>time<TAB>text" and a kernel debugger's "[4] ".
awk '{ printf "%d\t%.8f\t%s\n", NR, NR / 1000.0, $0 }' "$fx/win81_verifier3.log" > "$t/dbgview.log"
run dbgview "$t/dbgview.log"
has dbgview "$EXACT10"
has dbgview "$EXACT20"
awk '{ printf "%d\t18:02:%02d.123\t[4] %s\n", NR, NR % 60, $0 }' "$fx/analyze_c2_cb.log" > "$t/dbgclock.log"
run dbgview-clock "$t/dbgclock.log"
has dbgview-clock "CONFIRMED       PT008    layouts.c:30  (1 verifier record; exact: the bug check's faulting function)"
sed 's/^/[4] /' "$fx/win10_verifier3.log" > "$t/cpu.log"
run cpu "$t/cpu.log"
has cpu "$EXACT10"

# The same artefacts on a layout read before (matcher.log, Windows 7 table
# and 0x80 stacks): the output is the clean log's.
"$bin" "$fx/matcher.sarif" "$fx/matcher.log" > "$t/clean.txt" 2>&1
sed 's/ /\xc2\xa0/g' "$fx/matcher.log" > "$t/m-nbsp.log"
awk '{ printf "%d\t%.8f\t[1] %s\n", NR, NR / 1000.0, $0 }' "$fx/matcher.log" > "$t/m-dbgview.log"
for v in nbsp dbgview; do
    "$bin" "$fx/matcher.sarif" "$t/m-$v.log" > "$t/out" 2>&1
    cmp -s "$t/clean.txt" "$t/out" && pass=$((pass+1)) || bad "matcher-$v: output differs from the clean log's"
done

# The shim's JSON lines behind DebugView's prefix read as without it.
shim="$fx/../../confirm/fixtures"
"$bin" "$shim/static.sarif" "$shim/runtime.jsonl" > "$t/clean.txt" 2>&1
awk '{ printf "%d\t%.8f\t%s\n", NR, NR / 1000.0, $0 }' "$shim/runtime.jsonl" > "$t/shim-dbgview.log"
"$bin" "$shim/static.sarif" "$t/shim-dbgview.log" > "$t/out" 2>&1
cmp -s "$t/clean.txt" "$t/out" && pass=$((pass+1)) || bad "shim-dbgview: output differs from the clean log's"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
