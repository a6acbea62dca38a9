#!/usr/bin/env bash
# Hostile compile databases: exit 2 with one clear line per problem, and the
# good entry's finding still reported; code-loading flags stripped and said.
. "$(dirname "$0")/lib.sh"
P="pooltrack-analyze: "
# no database at all
mkdir -p "$t/nodb"
run no-db-folder 2 -p "$t/nodb"; err_lines no-db-folder 1 "^${P}cannot read .*/nodb/compile_commands.json: No such file or directory$"
run no-db-file 2 -p "$t/nope.json"; err_lines no-db-file 1 "^${P}cannot read .*nope.json: No such file or directory$"
# not JSON, or not a database
: > "$t/empty.json"
run empty-json 2 -p "$t/empty.json"; err_lines empty-json 1 "^${P}.*empty.json: invalid JSON near byte 0$"
printf '[{"directory": "/tmp", "file": "a.c", "command": "cc a.c"}\0, 1]' > "$t/nul.json"
run nul-in-json 2 -p "$t/nul.json"; err_lines nul-in-json 1 "invalid JSON near byte [0-9]+$"
head -c 200000 /dev/zero | tr '\0' '[' > "$t/deep.json"   # past cJSON's nesting limit
run deep-json 2 -p "$t/deep.json"; err_lines deep-json 1 "invalid JSON near byte [0-9]+$"
printf '"compile_commands"' > "$t/str.json"
run string-json 2 -p "$t/str.json"; err_lines string-json 1 "expected a JSON array of compile commands$"
head -c 65536 /dev/urandom > "$t/random.json"
run random-json 2 -p "$t/random.json"; err_lines random-json 1 "^${P}.*random.json: "
# entries with missing or wrong-typed fields next to a good one: one line each
db "$t/fields.json" '1' '"x"' 'null' '{}' '{"directory": 3, "file": "a.c", "command": "cc a.c"}' \
   '{"directory": "/tmp", "file": ["a.c"], "command": "cc a.c"}' \
   '{"directory": "/tmp", "file": "a.c", "arguments": ["cc", 7]}' \
   '{"directory": "/tmp", "file": "a.c", "arguments": "cc a.c"}' \
   '{"directory": "/tmp", "file": "a.c", "command": "cc \"unterminated"}' \
   '{"directory": "/tmp", "file": "a.c"}'
run bad-fields 2 -p "$t/fields.json" --no-cache
err_lines bad-fields 10 "^${P}skipped .*fields.json: entry [0-9]: (not an object|\"directory\" is not a string|\"file\" is not a string|\"arguments\" holds a non-string|neither \"arguments\" nor \"command\"|\"command\" has an unterminated quote)$"
good_kept bad-fields
# sources that are not there, not files, loops, garbage
mkdir -p "$t/adir.c"; ln -s loop2.c "$t/loop1.c"; ln -s loop1.c "$t/loop2.c"
db "$t/missing.json" "$(entry "$t/nonexistent.c")"
run missing-source 2 -p "$t/missing.json" --no-cache
err_lines missing-source 1 "^${P}.*/nonexistent.c: No such file or directory$"; good_kept missing-source
db "$t/dir.json" "$(entry "$t/adir.c")"
run dir-source 2 -p "$t/dir.json" --no-cache
err_lines dir-source 1 "^${P}.*/adir.c: not a regular file$"; good_kept dir-source
db "$t/loop.json" "$(entry "$t/loop1.c")"
run loop-source 2 -p "$t/loop.json" --no-cache
err_lines loop-source 1 "^${P}.*/loop1.c: Too many levels of symbolic links$"; good_kept loop-source
run loop-source-cli 2 --no-cache "$t/loop1.c" "$good"
err_lines loop-source-cli 1 "^${P}.*loop1.c: Too many levels of symbolic links$"; good_kept loop-source-cli
# response files that never end: a device, a FIFO (open would block)
mkfifo "$t/fifo.rsp"
db "$t/rsp.json" "{\"directory\": \"$t\", \"file\": \"$t/a.c\", \"arguments\": [\"cl.exe\", \"@/dev/zero\", \"a.c\"]}" \
   "{\"directory\": \"$t\", \"file\": \"$t/b.c\", \"arguments\": [\"cl.exe\", \"@fifo.rsp\", \"b.c\"]}"
start=$(date +%s)
timeout 120 "$bin" -p "$t/rsp.json" --no-cache >"$t/out" 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "endless-rsp: exit $rc, expected 2"
[ $(( $(date +%s) - start )) -lt 60 ] && ok || bad "endless-rsp: took too long"
err_lines endless-rsp 2 "^${P}skipped .*rsp.json: entry [01]: .*: cannot read response file (/dev/zero|.*/fifo.rsp)$"; good_kept endless-rsp
# a symlink loop inside an include folder (the header overlay lists folders)
mkdir -p "$t/inc"; ln -s self.h "$t/inc/self.h"; ln -s . "$t/inc/sub"
db "$t/incloop.json" "{\"directory\": \"$t\", \"file\": \"$good\", \"arguments\": [\"cc\", \"-I$t/inc\", \"-I$t/inc/sub/sub/sub\", \"$good\"]}"
run include-loop 1 -p "$t/incloop.json" --no-cache; err_lines include-loop 0 ""; good_kept include-loop
# --link over a folder of units with damaged ones next to a good one
run units 0 --no-cache --summaries-only "$t/units" "$good"
printf '{"pooltrack_unit": 1, "file": "/x.c"' > "$t/units/truncated.unit.json"
cp "$(dirname "$0")/../fuzz/regressions/unit/assign_without_operands.json" "$t/units/operands.unit.json"
mkfifo "$t/units/fifo.unit.json"; mkdir "$t/units/dir.unit.json"
timeout 120 "$bin" --link "$t/units" >"$t/out" 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "damaged-units: exit $rc, expected 2"
err_lines damaged-units 4 "^${P}--link: .*/(truncated|operands|fifo|dir).unit.json: (not a pooltrack unit \(invalid JSON\)|damaged unit \(IR: expression with too few operands\))$|^${P}--link: unit .*/(fifo|dir).unit.json: (a FIFO|a folder)$"
good_kept damaged-units
# flags that load code: stripped and said, and nothing is loaded or run
cat > "$t/evil.c" <<'C'
#include <stdio.h>
__attribute__((constructor)) static void hit(void) { FILE *f = fopen(MARK, "w"); if (f) fclose(f); }
C
mkdir -p "$t/bin"
if cc -shared -fPIC -DMARK="\"$t/loaded\"" -o "$t/evil.so" "$t/evil.c" 2>/dev/null; then
    printf '#!/bin/sh\ntouch %s/ran\n' "$t" > "$t/bin/ld"; chmod +x "$t/bin/ld"; cp "$t/bin/ld" "$t/bin/cc1"
    e="{\"directory\": \"$t\", \"file\": \"$good\", \"arguments\": [\"clang\", \"-Xclang\", \"-load\", \"-Xclang\", \"$t/evil.so\", \"-fplugin=$t/evil.so\", \"-fpass-plugin=$t/evil.so\", \"-B\", \"$t/bin\", \"-B$t/bin\", \"$good\"]}"
    printf '[%s]\n' "$e" > "$t/plugins.json"
    run plugins 1 -p "$t/plugins.json" --no-cache
    err_lines plugins 0 ""; good_kept plugins
    [ ! -e "$t/loaded" ] && [ ! -e "$t/ran" ] && ok || bad "plugins: a database flag loaded or ran code"
    grep -q "5 argument(s) not used.*loads code, stripped: -Xclang -load" "$t/out" && ok || bad "plugins: the stripped flags were not said: $(grep -i stripped "$t/out")"
    run plugins-json 1 -p "$t/plugins.json" --no-cache --format json
    grep -q 'stripped' "$t/out" && ok || bad "plugins: not said in the JSON notifications"
else
    echo "SKIP plugins: no C compiler to build a test plugin"
fi
finish
