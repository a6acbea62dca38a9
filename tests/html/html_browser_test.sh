#!/usr/bin/env bash
# The HTML report in a real browser: headless Chromium renders the sample
# driver's page and the multi-file PT006 case's page; the DOM it builds holds
# each finding's source line and step numbers, and its screenshots are real
# pictures (much larger than a blank page's). Exit 77 (skipped) only when no
# Chromium is installed. PT_HTML_SHOTS=DIR keeps the screenshots there.
set -u
bin=$(realpath "$1"); root=$(realpath "$2")
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome) ||
  { echo "SKIP chromium not installed (scripts/deps.sh installs it)"; exit 77; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0; pass=0
ok() { pass=$((pass+1)); }
bad() { echo "FAIL $*"; fail=$((fail+1)); }
# its own profile, no network, no GPU; --no-sandbox: CI containers run as root
browse() {
  timeout 120 "$chrome" --headless --disable-gpu --no-sandbox --disable-dev-shm-usage --no-first-run \
    --user-data-dir="$t/profile" --hide-scrollbars --proxy-server=127.0.0.1:9 "$@" 2>>"$t/chrome.log"
}
shot() {  # page png width height
  rm -f "$2"; browse --window-size="$3,$4" --screenshot="$2" "file://$1" >/dev/null
  [ -s "$2" ] && [ "$(head -c 8 "$2" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && ok ||
    { bad "no PNG screenshot of $1: $(tail -3 "$t/chrome.log")"; return; }
}

"$root/samples/pooldemo/make-compdb.sh" "$t/db" >/dev/null
"$bin" -p "$t/db" --no-cache --srcroot "$root/samples/pooldemo" --format html -o "$t/out" 2>/dev/null
(cd "$root/testcases/pt006_xfile_unload_chain" &&
  "$bin" --no-cache --one-driver --srcroot . --format html -o "$t/x6" ./*.c 2>/dev/null)
demo=$t/out/driver-1-pooldemo.html
x6=$(ls "$t/x6"/driver-*.html | head -1)

# the DOM Chromium built: the text a reader sees, tags stripped
dom_text() { browse --dump-dom "file://$1" | python3 -c '
import html, re, sys
d = sys.stdin.read()
print(html.unescape(re.sub(r"<[^>]*>", " ", d)))'; }
dom_text "$demo" > "$t/demo.txt"
dom_text "$x6" > "$t/x6.txt"
dom_text "$t/out/index.html" > "$t/index.txt"
chk() { grep -qF -- "$2" "$1" && ok || bad "rendered $(basename "$1") lacks: $2"; }
chk "$t/demo.txt" "rec = ExAllocatePoolWithTag(NonPagedPoolNx, FIELD_OFFSET(PD_RECORD, Data) + Length,"
chk "$t/demo.txt" "return STATUS_DUPLICATE_NAME;"
chk "$t/demo.txt" "ExFreePoolWithTag(info, PD_TAG_SCRATCH);                  // expect: PT008"
chk "$t/demo.txt" "with tag 'omDP' (PoolMon 'PDmo') is leaked"
for n in 1 2 3 4 5; do
  grep -qE "^ *$n +'|^ *$n +(allocated|freed|returns)" "$t/demo.txt" && ok || bad "step $n not rendered with its message"
done
chk "$t/x6.txt" "ext->Firmware = ChnAllocate(65536);   // expect: PT006"
chk "$t/x6.txt" "ChnUnload runs at unload (assigned to DriverUnload)"
chk "$t/index.txt" "PT005"
chk "$t/index.txt" "ioctl.c:51:11"

# screenshots: a blank page's size is the floor
echo '<!DOCTYPE html><html><body></body></html>' > "$t/blank.html"
shot "$t/blank.html" "$t/blank.png" 1000 900
shot "$demo" "$t/demo.png" 1000 900
shot "$x6" "$t/pt006.png" 1000 900
shot "$t/out/index.html" "$t/index.png" 1000 900
blank=$(stat -c %s "$t/blank.png" 2>/dev/null || echo 0)
for p in demo pt006 index; do
  size=$(stat -c %s "$t/$p.png" 2>/dev/null || echo 0)
  [ "$size" -gt $((blank * 5)) ] && [ "$size" -gt 20000 ] && ok || bad "$p.png looks empty ($size bytes, a blank page $blank)"
done
if [ -n "${PT_HTML_SHOTS:-}" ]; then mkdir -p "$PT_HTML_SHOTS" && cp "$t"/*.png "$PT_HTML_SHOTS/"; fi

echo "html chromium: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
