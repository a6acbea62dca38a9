#!/usr/bin/env bash
# pooltrack-compdb -o into folders that do not exist yet: they are made (as in
# a fresh checkout, -o build/compile_commands.json), but never through a
# symlink that leads nowhere or where a file stands (docs/robustness.md: the
# checkout is hostile and can plant either).
set -u
tool=$(realpath "$1"); fx=$(realpath "$2")
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $1"; fail=$((fail+1)); }
proj="$fx/drv/MyDriver.vcxproj"
entries() { grep -c '"file"' "$1" 2>/dev/null || echo 0; }
# one line of cause besides the count line
one_line() { [ "$(grep -vc 'compile command(s)' "$t/err")" -eq 1 ] && grep -qF -- "$1" "$t/err"; }

# absolute path, two missing levels
"$tool" -o "$t/new/deeper/compile_commands.json" "$proj" 2>"$t/err"; rc=$?
[ $rc -eq 0 ] && [ "$(entries "$t/new/deeper/compile_commands.json")" -eq 4 ] && ok \
    || bad "absolute missing folders: exit $rc $(cat "$t/err")"

# relative path from the checkout, as the README and the CI job write it
mkdir "$t/checkout"
(cd "$t/checkout" && "$tool" -o build/compile_commands.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 0 ] && [ "$(entries "$t/checkout/build/compile_commands.json")" -eq 4 ] && ok \
    || bad "relative missing folder: exit $rc $(cat "$t/err")"

# repeated and trailing slashes in the folder part
"$tool" -o "$t//x//y/cc.json" "$proj" 2>"$t/err"; rc=$?
[ $rc -eq 0 ] && [ -d "$t/x/y" ] && [ "$(entries "$t/x/y/cc.json")" -eq 4 ] && ok \
    || bad "doubled slashes: exit $rc $(cat "$t/err")"

# the folders follow the umask like the file
(umask 077; "$tool" -o "$t/private/sub/cc.json" "$proj" 2>/dev/null)
[ "$(stat -c %a "$t/private" "$t/private/sub" | tr '\n' ' ')" = "700 700 " ] && ok \
    || bad "umask: $(stat -c %a "$t/private" "$t/private/sub" | tr '\n' ' ')"

# an existing database in an existing folder is still replaced (nothing made)
"$tool" -o "$t/new/deeper/compile_commands.json" --configuration Release "$proj" 2>/dev/null
grep -qF "/DNDEBUG" "$t/new/deeper/compile_commands.json" && ok || bad "rewrite in an existing folder"

# a planted symlink that leads nowhere: nothing is made at its target
ln -s "$t/outside/place" "$t/checkout/dangling"
(cd "$t/checkout" && "$tool" -o dangling/sub/cc.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 2 ] && [ ! -e "$t/outside" ] && one_line "dangling is a symlink that leads nowhere" && ok \
    || bad "dangling symlink: exit $rc, outside $(ls -d "$t/outside" 2>&1) $(cat "$t/err")"
(cd "$t/checkout" && "$tool" -o dangling/cc.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 2 ] && [ ! -e "$t/outside" ] && one_line "dangling is a symlink that leads nowhere" && ok \
    || bad "dangling symlink as the file's folder: exit $rc $(cat "$t/err")"

# a symlink loop on the way
ln -s loop "$t/checkout/loop"
(cd "$t/checkout" && "$tool" -o loop/a/cc.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 2 ] && one_line "loop is a symlink that leads nowhere" && ok || bad "symlink loop: exit $rc $(cat "$t/err")"

# a file where a folder should be: refused by name, the file untouched
echo keep > "$t/checkout/afile"
(cd "$t/checkout" && "$tool" -o afile/sub/cc.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 2 ] && one_line "afile is not a folder" && [ "$(cat "$t/checkout/afile")" = keep ] && ok \
    || bad "file in the way: exit $rc $(cat "$t/err")"

# a symlink to an existing folder is used like a folder (as writing FILE there is)
mkdir "$t/real"; ln -s "$t/real" "$t/checkout/linked"
(cd "$t/checkout" && "$tool" -o linked/made/cc.json "$proj" 2>"$t/err"); rc=$?
[ $rc -eq 0 ] && [ "$(entries "$t/real/made/cc.json")" -eq 4 ] && [ ! -L "$t/real/made" ] && ok \
    || bad "symlink to a folder: exit $rc $(cat "$t/err")"

# a folder that cannot be made (a read-only parent; root ignores modes, so as nobody)
if command -v setpriv >/dev/null && [ "$(id -u)" -eq 0 ]; then
    mkdir -m 0755 "$t/ro"; chmod 0755 "$t"
    setpriv --reuid=nobody --regid=nogroup --clear-groups "$tool" -o "$t/ro/sub/cc.json" "$proj" 2>"$t/err"; rc=$?
    [ $rc -eq 2 ] && one_line "cannot make the folder $t/ro/sub: Permission denied" && [ ! -e "$t/ro/sub" ] && ok \
        || bad "read-only parent: exit $rc $(cat "$t/err")"
else
    echo "skipped read-only parent: needs root and setpriv"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
