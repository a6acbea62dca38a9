#!/usr/bin/env bash
# Real-code measurement: every N-th kernel-mode TU of a checkout of
# microsoft/Windows-driver-samples (not part of this repository), through
# pooltrack-compdb and pooltrack-analyze, as a new user would run them.
# Prints coverage (functions with parse errors), findings per rule and CPU.
#   tools/bench/wds_sample.sh WDS_CHECKOUT BUILD_DIR [N=5] [OUT_DIR]
set -euo pipefail
wds="$(realpath "$1")"; build="$(realpath "$2")"; n="${3:-5}"
out="${4:-$(mktemp -d)}"; mkdir -p "$out"
cd "$wds"
mapfile -t slns < <(find . -name '*.sln' | sort)
"$build/pooltrack-compdb" -o "$out/all.json" "${slns[@]}" 2>"$out/compdb.err" || true
python3 - "$out/all.json" "$out/sample.json" "$n" <<'PY'
import json, sys
db = json.load(open(sys.argv[1]))
kernel = [e for e in db if "/kernel" in e.get("arguments", []) or "-D_KERNEL_MODE=1" in e.get("arguments", [])]
kernel.sort(key=lambda e: (e["directory"], e["file"]))
seen, uniq = set(), []
for e in kernel:
    k = (e["directory"], e["file"])
    if k not in seen: seen.add(k); uniq.append(e)
pick = uniq[::int(sys.argv[3])]
json.dump(pick, open(sys.argv[2], "w"), indent=1)
print(f"compile commands {len(db)}, kernel-mode {len(kernel)} ({len(uniq)} distinct), sample {len(pick)}")
PY
mkdir -p "$out/db"; cp "$out/sample.json" "$out/db/compile_commands.json"
start=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$out/time" "$build/pooltrack-analyze" -p "$out/db" -j1 --no-cache \
    --format json -o "$out/findings.json" --stats-json "$out/stats.json" 2>"$out/analyze.err" || true
end=$(date +%s.%N)
python3 - "$out" "$start" "$end" <<'PY'
import json, sys
out = sys.argv[1]
s = json.load(open(out + "/stats.json"))
f = json.load(open(out + "/findings.json"))
u, sy, rss = open(out + "/time").read().split()[-3:]   # after "Command exited with ..."
rules = {}
for x in f.get("findings", []):
    rules[x["rule"]] = rules.get(x["rule"], 0) + 1
print(f"TUs {s['translation_units']}, not analysed {s['not_analysed']}, functions {s['functions']}, "
      f"with parse errors {s['functions_with_parse_errors']} "
      f"({100.0 * s['functions_with_parse_errors'] / max(1, s['functions']):.0f}%)")
print("findings", dict(sorted(rules.items())) or "none")
print(f"CPU {float(u) + float(sy):.1f} s (children included), wall {float(sys.argv[3]) - float(sys.argv[2]):.1f} s, "
      f"peak RSS of the main process {int(rss) // 1024} MB")
print("details in", out)
PY
