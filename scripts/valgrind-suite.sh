#!/usr/bin/env bash
# valgrind-suite.sh: the whole CTest suite with every program we build running
# under valgrind memcheck (issue 7, robustness item 5). Slow: hours on 2 cores
# (a libclang parse is ~30x slower under memcheck); not part of scripts/test.sh
# or CI, where tests/valgrind runs a subset (ctest -L valgrind).
#
#   scripts/valgrind-suite.sh [-B DIR] [-j N] [-R REGEX] [-E REGEX] [--no-build]
#                             [--timeout-scale K] [--unwrap]
#
# How: a normal (non-sanitizer) build in DIR (default build-memcheck); then
# every ELF executable of DIR is moved to DIR/memcheck/real/ and replaced by a
# shell wrapper that execs valgrind on it. Tests reach our programs only through
# their paths in DIR, so every process a test starts from bash, python, cmake,
# git hooks or expect_check runs under memcheck, and nothing else does (bash,
# python and system tools are never traced). Forked workers are followed by
# valgrind itself. Each process writes DIR/memcheck/logs/<test>/<prog>.<pid>.log;
# scripts/valgrind_suite.py runs the tests (ctest's list, its own timeouts),
# reads the logs and fails a test whose processes had any memory error or a
# definite, indirect or possible leak. Tests labelled valgrind (the CI subset,
# valgrind inside already), no-memcheck (timing or RLIMIT_AS budgets; reasons in
# their CMakeLists.txt) and fuzz are left out.
#   --unwrap        put the real binaries back (DIR is then a normal build)
#   --no-build      run over DIR as it is (wrapping it if needed)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-memcheck"; jobs=2; build_it=1; unwrap_only=0; runner_args=()
while [ $# -gt 0 ]; do
    case "$1" in
    -B) build="$(realpath -m "$2")"; shift 2 ;;
    -j) jobs="$2"; shift 2 ;;
    -R|-E|--timeout-scale) runner_args+=("$1" "$2"); shift 2 ;;
    --no-build) build_it=0; shift ;;
    --unwrap) unwrap_only=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "valgrind-suite.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
command -v valgrind >/dev/null || { echo "valgrind-suite.sh: valgrind is not installed" >&2; exit 2; }
mc="$build/memcheck"

unwrap() {   # real binaries back where the build (and make's timestamps) expect them
    [ -d "$mc/real" ] || return 0
    (cd "$mc/real" && find . -type f) | while read -r f; do mv -f "$mc/real/$f" "$build/$f"; done
    rm -rf "$mc/real"
}

wrap() {
    local f rel
    mkdir -p "$mc/real"
    find "$build" -path "$mc" -prune -o -path '*/CMakeFiles' -prune -o -type f -perm -u+x -print |
    while read -r f; do
        [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
        rel="${f#"$build"/}"
        mkdir -p "$mc/real/$(dirname "$rel")"
        mv "$f" "$mc/real/$rel"
        cat > "$f" <<SH
#!/bin/sh
# made by scripts/valgrind-suite.sh: the real program is $mc/real/$rel
d="$mc/logs/\${PT_VG_TEST:-_unattributed}"
[ -d "\$d" ] || mkdir -m 1777 -p "\$d" 2>/dev/null
exec valgrind --leak-check=full --show-leak-kinds=definite,indirect,possible \\
    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 \\
    --num-callers=40 --gen-suppressions=all \\
    --suppressions="$root/tests/valgrind/pooltrack.supp" \\
    --log-file="\$d/$(basename "$rel").%p.log" "$mc/real/$rel" "\$@"
SH
        chmod 755 "$f"
    done
}

unwrap
[ "$unwrap_only" -eq 1 ] && { echo "valgrind-suite.sh: $build holds the real binaries again"; exit 0; }
if [ "$build_it" -eq 1 ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPT_SANITIZE=OFF -DPT_FUZZ=OFF >/dev/null
    nice -n 10 cmake --build "$build" -j"$jobs"
fi
wrap
echo "valgrind-suite.sh: $(find "$mc/real" -type f | wc -l) programs of $build run under memcheck"
nice -n 10 python3 "$root/scripts/valgrind_suite.py" --build "$build" -j "$jobs" "${runner_args[@]}"
