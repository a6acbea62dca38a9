#!/usr/bin/env bash
# docs/ci/*.yml against the GitHub Actions workflow schema (SchemaStore's), by
# the npm package @action-validator/cli; installed once into the same npm
# prefix as the SARIF validator. Exit 1 on a schema error.
#   tests/ci/workflow_schema_test.sh SOURCE_DIR
set -euo pipefail
prefix="${PT_NPM_PREFIX:-$HOME/.cache/pooltrack/npm}"
tool="$prefix/node_modules/.bin/action-validator"
if [ ! -x "$tool" ]; then
  mkdir -p "$prefix"
  npm install --silent --no-audit --no-fund --prefix "$prefix" @action-validator/cli@0.6 @action-validator/core@0.6 \
      >/dev/null 2>&1 || { echo "workflow-schema: cannot install @action-validator/cli from npm" >&2; exit 2; }
fi
status=0
for f in "$1"/docs/ci/*.yml; do
  if "$tool" "$f"; then echo "workflow-schema: $f: valid"; else echo "workflow-schema: $f: schema errors" >&2; status=1; fi
done
exit $status
