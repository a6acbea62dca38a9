#!/usr/bin/env bash
# Installs what pooltrack needs on Debian 12 when it is missing. Idempotent and
# quiet when everything is already there.
set -euo pipefail
pkgs=(cmake gcc make libclang-14-dev clang-14 libcjson-dev libxml2-dev libxxhash-dev nettle-dev
      mingw-w64-x86-64-dev gcc-mingw-w64-x86-64 pre-commit git
      valgrind libclang-rt-14-dev python3   # memcheck; libFuzzer for clang 14; hostile tests
      clang-tools-14    # clang-apply-replacements-14: --export-fixes is checked against it
      libclang-16-dev llvm-16-dev clang-16  # CI's second build: clang 16 against LLVM 16
      libclang-15-dev llvm-15-dev clang-15  # the matrix stage: LLVM 15, with GCC and clang 15
      python3-yaml                          # tests/ci reads the workflow files
      strace                                # install/moved-prefix checks what is opened
      chromium)                             # tests/html renders the HTML report headless
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# node/npm (the SARIF validator): any install will do (Debian's or NodeSource's).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "deps: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
