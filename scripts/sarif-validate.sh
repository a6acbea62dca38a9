#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF validator (npm package
# @microsoft/sarif-multitool-linux), with the SARIF and GitHub rule kinds.
# Fails on any error or warning; notes are printed but allowed.
# Usage: scripts/sarif-validate.sh FILE.sarif...
set -euo pipefail
prefix="${PT_NPM_PREFIX:-$HOME/.cache/pooltrack/npm}"
tool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$prefix"
  npm install --silent --no-audit --no-fund --prefix "$prefix" @microsoft/sarif-multitool-linux@5 >/dev/null 2>&1 \
    || { echo "sarif-validate: cannot install @microsoft/sarif-multitool-linux from npm" >&2; exit 2; }
  chmod u+x "$tool"
fi
status=0
for f in "$@"; do
  out=$(mktemp)
  report=$(mktemp -u).sarif
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate --rule-kind "Sarif;Gh" \
      --level "Error;Warning;Note" -o "$report" "$f" >"$out" 2>&1 || true
  if grep -qE "(: error |: warning |[Ee]xception)" "$out"; then
    echo "sarif-validate: $f has errors or warnings:" >&2
    grep -E "(: error |: warning |[Ee]xception)" "$out" >&2
    status=1
  elif ! grep -q "Analysis completed successfully" "$out"; then
    echo "sarif-validate: the validator did not complete on $f:" >&2
    tail -5 "$out" >&2
    status=1
  else
    echo "sarif-validate: $f: valid ($(grep -c ': note ' "$out" || true) notes)"
  fi
  rm -f "$out" "$report"
done
exit $status
