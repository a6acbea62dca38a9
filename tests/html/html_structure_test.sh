#!/usr/bin/env bash
# --format html -o DIR without a browser: the pages exist, each finding's
# source lines and step marks are in its driver's page, every link of the
# summary reaches a finding, nothing is loaded from outside, and a hostile
# repository's file names, driver names and source text are escaped (no
# markup, no page outside DIR).
set -u
bin=$(realpath "$1"); root=$(realpath "$2")
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
has() { grep -qF -- "$2" "$1" && ok || bad "$1 lacks: $2"; }
lacks() { grep -qF -- "$2" "$1" && bad "$1 has: $2" || ok; }

# 1. the sample driver: one page (one driver), five findings
"$root/samples/pooldemo/make-compdb.sh" "$t/db" >/dev/null
"$bin" -p "$t/db" --no-cache --srcroot "$root/samples/pooldemo" --format html -o "$t/out" 2>"$t/err"
[ $? -eq 1 ] && ok || bad "sample: exit not 1 (findings): $(cat "$t/err")"
page=$t/out/driver-1-pooldemo.html
[ -f "$t/out/index.html" ] && [ -f "$page" ] && ok || bad "pages missing: $(ls "$t/out")"
[ "$(ls "$t/out" | wc -l)" -eq 2 ] && ok || bad "more than two pages: $(ls "$t/out")"
has "$page" '<td class="ln">51</td><td class="c">    rec = ExAllocatePoolWithTag(NonPagedPoolNx, FIELD_OFFSET(PD_RECORD, Data) + Length,'
has "$page" '<tr class="l alloc"><td class="m"><span class="n alloc">1</span></td><td class="ln">51</td>'
has "$page" '<tr class="l end"><td class="m"><span class="n end">4</span></td><td class="ln">62</td>'
has "$page" '<span class="n step">3</span> &#39;PdIsDuplicateLocked(Ext, Data, Length)&#39; is true'
has "$page" 'with tag &#39;omDP&#39; (PoolMon &#39;PDmo&#39;) is leaked'
has "$page" '<span class="n related">R</span> first freed here by ExFreePoolWithTag'
has "$page" 'Fix (<code>--fix</code>): use the tag constant &#39;nsDP&#39;'
has "$page" '<h1>pooldemo</h1>'
[ "$(grep -c '<section class="finding"' "$page")" -eq 5 ] && ok || bad "not five findings on the page"
for rule in PT001 PT004 PT005 PT008 PT010; do has "$t/out/index.html" "<b>$rule</b>"; done
has "$t/out/index.html" '<a href="driver-1-pooldemo.html">pooldemo</a>'
lacks "$t/out/index.html" '\012'
# every link of the summary names a finding its page has
links=$(grep -o 'href="[^"]*#f[0-9]*"' "$t/out/index.html" | sort -u | sed 's/^href="//; s/"$//')
[ "$(echo "$links" | wc -l)" -eq 5 ] && ok || bad "index links to $(echo "$links" | wc -l) findings, not 5"
for l in $links; do grep -qF "id=\"${l#*#}\"" "$t/out/${l%#*}" && ok || bad "link $l reaches nothing"; done
# static: nothing to run, nothing fetched
for f in "$t/out"/*.html; do
  grep -qiE '<script|<link|<img|<iframe|src=|url\(|https?://' "$f" && bad "$f loads or runs something" || ok
done

# 2. a multi-file driver's PT006 (init.c, unload.c, util.c: one driver)
(cd "$root/testcases/pt006_xfile_unload_chain" && "$bin" --no-cache --one-driver --srcroot . --format html -o "$t/x6" ./*.c 2>/dev/null)
p6=$(ls "$t/x6"/driver-*.html 2>/dev/null | head -1)
[ -n "$p6" ] && ok || bad "PT006 case: no driver page"
has "$p6" '<td class="ln">18</td><td class="c">    ext-&gt;Firmware = ChnAllocate(65536);   // expect: PT006</td>'
has "$p6" 'neither it nor what it calls frees the field _CHN_EXTENSION::Firmware'
[ "$(grep -c '<section class="finding"' "$p6")" -eq 2 ] && ok || bad "PT006 case: not two findings"
has "$t/x6/index.html" 'init.c:18:21'

# 3. hostile names and text: a folder and file name with markup, a driver
# name that climbs out, a source line with markup, ESC and a bidi override
h="$t/h/dir\"<i>x&amp;"; mkdir -p "$h"
src="$h/a<img src=x onerror=alert(1)>.c"
hostile='/* </td></tr></table><script>alert(1)</script> '$'\033''[2J '$'\xe2\x80\xae''evil */'
sed "s|// expect: PT005|$hostile|" "$root/testcases/pt005_leak_error_path_goto.c" > "$src"
echo '{"drivers": [{"name": "../../../<b>up</b>/..", "files": ["*.c"]}]}' > "$h/.pooltrack.json"
touch "$t/herr"; ls -A "$t" > "$t/h/before"
(cd "$h" && "$bin" --no-cache --format html -o "$t/hout" ./*.c 2>"$t/herr")
ls -A "$t" > "$t/h/after"
[ "$(comm -13 "$t/h/before" "$t/h/after")" = hout ] && ok || bad "written outside the report folder: $(comm -13 "$t/h/before" "$t/h/after")"
for f in "$t/hout"/*; do
  basename "$f" | grep -qE '^(index|driver-[0-9]+(-[A-Za-z0-9_-]+)?)\.html$' && ok || bad "unsafe page name: $f"
done
hp=$(ls "$t/hout"/driver-*.html | head -1)
cat "$t/hout"/*.html > "$t/hall"
grep -q '<section class="finding"' "$hp" && ok || bad "hostile case: no finding: $(cat "$t/herr")"
lacks "$t/hall" '<script>'
lacks "$t/hall" '<img src'
lacks "$t/hall" '<b>up</b>'
lacks "$t/hall" '<i>x'
lacks "$t/hall" $'\033'
lacks "$t/hall" $'\xe2\x80\xae'
has "$hp" '&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
has "$hp" '<span class="ctl">\033</span>[2J'
has "$hp" '<span class="ctl">\342</span><span class="ctl">\200</span><span class="ctl">\256</span>evil'
has "$t/hall" 'a&lt;img src=x onerror=alert(1)&gt;.c'
has "$t/hall" '&lt;b&gt;up&lt;/b&gt;'

# 4. usage: html needs a folder
"$bin" --no-cache --format html "$root/testcases/pt005_leak_error_path_goto.c" >/dev/null 2>"$t/e1"
[ $? -eq 2 ] && grep -q 'needs -o DIR' "$t/e1" && ok || bad "html without -o: $(cat "$t/e1")"
touch "$t/afile"
"$bin" --no-cache --format html -o "$t/afile" "$root/testcases/pt005_leak_error_path_goto.c" >/dev/null 2>"$t/e2"
[ $? -eq 2 ] && grep -q 'not a folder' "$t/e2" && ok || bad "html -o FILE: $(cat "$t/e2")"

echo "html structure: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
