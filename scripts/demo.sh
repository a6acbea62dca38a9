#!/usr/bin/env bash
# Build pooltrack and run it on the bundled sample driver (samples/pooldemo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
bash samples/pooldemo/make-compdb.sh build/samples-pooldemo
set +e
build/pooltrack-analyze -p build/samples-pooldemo/compile_commands.json --srcroot samples/pooldemo --stats
rc=$?
set -e
echo "pooltrack-analyze exited with $rc (1 = findings reported)"
