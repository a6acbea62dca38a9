#!/usr/bin/env bash
# --summaries-only over shards, then --link: the same report as one local run.
. "$(dirname "$0")/lib.sh"
make_db "$t/cc.json" $(selection_small)
"$bin" -p "$t/cc.json" --no-cache --format sarif --srcroot "$cases" -o "$t/local.sarif" 2>"$t/err"
expect_rc local 1 $?
for k in 1 2 3; do
    "$bin" -p "$t/cc.json" --no-cache --summaries-only "$t/units$k" --shard $k/3 2>"$t/err"
    expect_rc "shard $k" 0 $?
done
total=$(cat "$t"/units*/*.unit.json | wc -l)
n=$(selection_small | wc -l)
[ "$(ls "$t"/units*/ | grep -c unit.json)" -eq "$n" ] && ok || bad "shards hold $(ls "$t"/units*/ | grep -c unit.json) units for $n files"
"$bin" --link "$t/units1" "$t/units2" "$t/units3" --format sarif --srcroot "$cases" -o "$t/linked.sarif" 2>"$t/err"
expect_rc link 1 $?
same_file "linked = local" "$t/local.sarif" "$t/linked.sarif"
# overlapping shards (a unit twice) link the same
cp "$t/units1"/*.unit.json "$t/units2/" 2>/dev/null
"$bin" --link "$t/units1" "$t/units2" "$t/units3" --format sarif --srcroot "$cases" -o "$t/overlap.sarif" 2>"$t/err"
same_file "overlapping shards" "$t/local.sarif" "$t/overlap.sarif"
# missing shard: fewer results, never a crash
"$bin" --link "$t/units1" --format sarif --srcroot "$cases" -o "$t/part.sarif" 2>"$t/err"
rc=$?; [ $rc -le 1 ] && ok || bad "link of one shard: exit $rc"
# bad input: one-line errors, exit 2
mkdir -p "$t/empty"
"$bin" --link "$t/empty" 2>"$t/err"; expect_rc "empty folder" 2 $?
grep -q "no units" "$t/err" && ok || bad "empty folder: $(cat "$t/err")"
"$bin" --link "$t/nope" 2>"$t/err"; expect_rc "missing folder" 2 $?
[ "$(wc -l < "$t/err")" -eq 1 ] && ok || bad "missing folder: not one line"
"$bin" -p "$t/cc.json" --shard 1/2 2>"$t/err"; expect_rc "shard without summaries-only" 2 $?
"$bin" -p "$t/cc.json" --summaries-only "$t/u" --shard 3/2 2>"$t/err"; expect_rc "shard 3/2" 2 $?
f=$(ls "$t/units3"/*.unit.json | head -1); head -c 200 "$f" > "$f.tmp"; mv "$f.tmp" "$f"
"$bin" --link "$t/units3" -o "$t/trunc.txt" 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "truncated unit: exit $rc, expected 2"
grep -q "not a pooltrack unit\|damaged" "$t/err" "$t/trunc.txt" && ok || bad "truncated unit not named"
finish
