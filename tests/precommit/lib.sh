# Shared by the precommit/ tests: counters, checks, and the hook repository
# (this checkout at HEAD, which pre-commit clones) with a git identity.
set -u
analyzer="$1"; src="$2"
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
command -v pre-commit >/dev/null || { echo "FAIL pre-commit is not installed"; exit 1; }
rev=$(git -C "$src" rev-parse HEAD 2>/dev/null) || { echo "FAIL $src is not a git checkout"; exit 1; }
# pre-commit clones the hook repository at rev: the hook files must be committed there
git -C "$src" cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null || { echo "FAIL .pre-commit-hooks.yaml is not committed at $rev"; exit 1; }
export PATH="$(dirname "$analyzer"):$PATH" PRE_COMMIT_HOME="$t/cache"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
