#!/usr/bin/env bash
# pooltrack-compdb on MSBuild files a hostile repository wrote (issue 18):
# secrets in the environment, expansion bombs, import cycles, FIFOs, huge
# files, markup that makes libxml2 quadratic, DTDs, output bombs, a failed
# -o. Each must end quickly with exit 2 and one line naming the file, the
# other projects of a .sln still converted, no secret and no partial file.
# Arguments: pooltrack-compdb, the testcases folder (for lib.sh).
. "$(dirname "$0")/lib.sh"
P="pooltrack-compdb: "
# Bombs run under a timeout (each takes under 3 s; ten times more for the
# valgrind wrapper script of scripts/valgrind-suite.sh) and, for a plain
# binary (not ASan's terabytes of shadow memory), a 4 GB address space.
memguard=0 secs=60
[ "$(head -c 4 "$bin" | tail -c 3)" = ELF ] || secs=900
[ $secs = 60 ] && ! ldd "$bin" 2>/dev/null | grep -q libasan && memguard=1
tool() {
    if [ $memguard = 1 ]; then (ulimit -v 4000000; exec timeout $secs "$bin" "$@")
    else timeout $secs "$bin" "$@"; fi
}
# conv NAME WANT_RC ARGS...: stdout in $t/out, stderr in $t/err
conv() {
    local name="$1" want="$2"; shift 2
    tool "$@" >"$t/out" 2>"$t/err"; local got=$?
    [ "$got" -eq "$want" ] && ok || bad "$name: exit $got, expected $want"
}
has_line() {   # NAME REGEX: some stderr line matches
    grep -qE -- "$2" "$t/err" && ok || bad "$1: no stderr line matching '$2'"
}
lines() {      # NAME N: stderr has N lines
    local n; n=$(wc -l < "$t/err")
    [ "$n" -eq "$2" ] && ok || bad "$1: $n stderr lines, expected $2"
}
entries() {    # NAME N FILE: FILE is a database of N entries
    local n; n=$(grep -c '"file"' "$3" 2>/dev/null)
    [ "${n:-0}" -eq "$2" ] && ok || bad "$1: ${n:-0} entries in $(basename "$3"), expected $2"
}
good_project() {   # DIR: a project of one source, good.c
    mkdir -p "$1"
    printf '<Project><ItemGroup><ClCompile Include="good.c"/></ItemGroup></Project>\n' > "$1/good.vcxproj"
}
sln() {            # OUT PROJECT...: a solution of these projects (relative paths)
    local out="$1"; shift
    { echo 'Microsoft Visual Studio Solution File, Format Version 12.00'
      for pr in "$@"; do printf 'Project("{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}") = "x", "%s", "{1}"\nEndProject\n' "$pr"; done
    } > "$out"
}
SUMMARY_BAD="^${P}[0-9]+ compile command\(s\), some projects could not be read$"

# --- 1. secrets: $(NAME) from the environment only with --msbuild-env ---
d="$t/secret"; mkdir -p "$d"
cat > "$d/s.vcxproj" <<'EOF'
<Project>
  <PropertyGroup><Token>$(CI_SECRET_TOKEN)</Token></PropertyGroup>
  <PropertyGroup Condition="'$(CI_SECRET_TOKEN)'=='pt-secret-4711'"><Probe>LEAKED_BY_CONDITION</Probe></PropertyGroup>
  <ItemGroup><ClCompile Include="s.c">
    <PreprocessorDefinitions>T=$(Token);U=$(CI_SECRET_TOKEN);N=$(ProjectName);C=$(Configuration);W=$(DDK_INC_PATH);$(Probe)</PreprocessorDefinitions>
  </ClCompile></ItemGroup>
</Project>
EOF
export CI_SECRET_TOKEN=pt-secret-4711 ProjectName=from-env Configuration=from-env
conv secret 0 -o "$t/secret.json" "$d/s.vcxproj"
grep -q "pt-secret-4711\|LEAKED_BY_CONDITION" "$t/secret.json" && bad "secret: the environment's secret is in the database" || ok
grep -qF '"/DT="' "$t/secret.json" && grep -qF '"/DU="' "$t/secret.json" && ok || bad "secret: \$(CI_SECRET_TOKEN) should expand to nothing"
grep -qF '"/DN=s"' "$t/secret.json" && grep -qF '"/DC=Debug"' "$t/secret.json" && ok || bad "secret: the tool's own properties must win"
grep -qF '"/DW="' "$t/secret.json" && ok || bad "secret: a name neither the project nor the environment has expands to nothing, as in MSBuild"
lines secret 2   # the note once, though used three times, and the summary
has_line secret "^${P}note: \\\$\(CI_SECRET_TOKEN\) is not defined by the project; the environment variable of that name is not used \(--msbuild-env uses it\)$"
conv msbuild-env 0 --msbuild-env -o "$t/env.json" "$d/s.vcxproj"
grep -qF '"/DU=pt-secret-4711"' "$t/env.json" 2>/dev/null && grep -qF LEAKED_BY_CONDITION "$t/env.json" && ok \
    || bad "msbuild-env: the environment should be used"
lines msbuild-env 1
unset CI_SECRET_TOKEN ProjectName Configuration

# --- 2. expansion bombs ---
d="$t/bomb"; good_project "$d"
{ echo '<Project><PropertyGroup><P0>xx</P0>'
  for i in $(seq 1 34); do echo "<P$i>\$(P$((i-1)))\$(P$((i-1)))</P$i>"; done
  echo '</PropertyGroup><ItemGroup><ClCompile Include="bomb.c"/></ItemGroup></Project>'; } > "$d/bomb.vcxproj"
sln "$d/all.sln" bomb.vcxproj good.vcxproj
conv doubling-bomb 2 -o "$t/bomb.json" "$d/all.sln"
has_line doubling-bomb "^${P}.*/bomb.vcxproj: property P16 expands to more than 64 KiB$"
has_line doubling-bomb "$SUMMARY_BAD"
lines doubling-bomb 2
entries doubling-bomb-others-converted 1 "$t/bomb.json"
grep -q 'good.c' "$t/bomb.json" && ok || bad "doubling-bomb: the good project was not converted"
# each value 32 KiB, but 2,500 of them: the project's budget
{ echo '<Project><PropertyGroup><B0>0123456789abcdef0123456789abcdef</B0>'
  for i in $(seq 1 10); do echo "<B$i>\$(B$((i-1)))\$(B$((i-1)))</B$i>"; done
  for i in $(seq 1 2500); do echo "<C$i>\$(B10)</C$i>"; done
  echo '</PropertyGroup></Project>'; } > "$d/budget.vcxproj"
conv expansion-budget 2 "$d/budget.vcxproj"
has_line expansion-budget "^${P}.*budget.vcxproj: property C[0-9]+: the project's property expansion exceeds its budget of 64 MiB$"
# 4 million '$(' without ')': each one used to rescan the rest of the value
python3 -c "print('<Project><PropertyGroup><X>' + '\$(' * 4000000 + '</X></PropertyGroup></Project>')" > "$d/dollar.vcxproj"
conv unclosed-dollar 2 "$d/dollar.vcxproj"
has_line unclosed-dollar "^${P}.*dollar.vcxproj: property X expands to more than 64 KiB$"
# a Condition of a million '(' (or '!') overflowed the stack
for c in '(' '!'; do
    python3 -c "import sys; print('<Project><PropertyGroup Condition=\"' + sys.argv[1] * 1000000 + '\"><X>1</X></PropertyGroup></Project>')" "$c" > "$d/cond.vcxproj"
    conv "deep-condition$c" 2 "$d/cond.vcxproj"
    has_line "deep-condition$c" "^${P}.*cond.vcxproj: the Condition of PropertyGroup nested deeper than 64 levels$"
done
# a million sources times 36 KiB of include folders: the output budget
python3 - "$d/out.vcxproj" <<'EOF'
import sys
inc = ';'.join('d%05d' % i for i in range(6000))
src = ';'.join(['a.c'] * 16000)
open(sys.argv[1], 'w').write('<Project><ItemDefinitionGroup><ClCompile><AdditionalIncludeDirectories>%s'
    '</AdditionalIncludeDirectories></ClCompile></ItemDefinitionGroup><ItemGroup><ClCompile Include="%s"/>'
    '</ItemGroup></Project>' % (inc, src))
EOF
conv output-bomb 2 "$d/out.vcxproj"
has_line output-bomb "^${P}.*out.vcxproj: its compile commands are larger than the limit of 64 MiB$"
[ "$(tr -d '[:space:]' < "$t/out")" = "[]" ] && ok || bad "output-bomb: the project's entries should be left out"

# --- 3. imports ---
d="$t/imp"; good_project "$d"
# a .props importing itself ten times: 10^8 parses at the old depth of 8
{ echo '<Project>'; for i in $(seq 10); do echo '<Import Project="self.props"/>'; done
  echo '<PropertyGroup><S>1</S></PropertyGroup></Project>'; } > "$d/self.props"
printf '<Project><Import Project="self.props"/><ItemGroup><ClCompile Include="self.c"/></ItemGroup></Project>\n' > "$d/self.vcxproj"
conv self-import 0 "$d/self.vcxproj"
has_line self-import "^${P}note: .*self.vcxproj: .*/self.props imports .*/self.props, which is being read \(an import cycle\); skipped$"
grep -q self.c "$t/out" && ok || bad "self-import: the project's source is missing"
lines self-import 2   # one note for the ten imports, the summary
# the same file imported twice, not a cycle: skipped as MSBuild does (MSB4011)
printf '<Project><PropertyGroup><D>$(D)x</D></PropertyGroup></Project>\n' > "$d/twice.props"
printf '<Project><PropertyGroup><D></D></PropertyGroup><Import Project="twice.props"/><Import Project="twice.props"/><ItemGroup><ClCompile Include="t.c"><PreprocessorDefinitions>$(D)</PreprocessorDefinitions></ClCompile></ItemGroup></Project>\n' > "$d/twice.vcxproj"
conv import-twice 0 "$d/twice.vcxproj"
has_line import-twice "^${P}note: .*twice.vcxproj: .*twice.vcxproj imports .*/twice.props again; skipped, as MSBuild does$"
grep -qF '"/Dx"' "$t/out" && ok || bad "import-twice: the second import should be skipped"
# a imports b imports a; the project imports a
printf '<Project><Import Project="b.props"/><PropertyGroup><FromA>a</FromA></PropertyGroup></Project>\n' > "$d/a.props"
printf '<Project><Import Project="a.props"/><PropertyGroup><FromB>b</FromB></PropertyGroup></Project>\n' > "$d/b.props"
printf '<Project><Import Project="a.props"/><ItemGroup><ClCompile Include="c.c"><PreprocessorDefinitions>$(FromA)$(FromB)</PreprocessorDefinitions></ClCompile></ItemGroup></Project>\n' > "$d/cycle.vcxproj"
conv import-cycle 0 "$d/cycle.vcxproj"
has_line import-cycle "^${P}note: .*cycle.vcxproj: .*/b.props imports .*/a.props, which is being read \(an import cycle\); skipped$"
grep -qF '"/Dab"' "$t/out" && ok || bad "import-cycle: both files' properties should be read"
# a FIFO, a device (through a symlink), a folder: never opened for reading
mkfifo "$d/fifo.props"; ln -s /dev/zero "$d/zero.props"; mkdir "$d/dir.props"
for kind in fifo:FIFO zero:device dir:folder; do
    f="${kind%%:*}"
    printf '<Project><Import Project="%s.props"/><ItemGroup><ClCompile Include="x.c"/></ItemGroup></Project>\n' "$f" > "$d/$f.vcxproj"
    sln "$d/$f.sln" "$f.vcxproj" good.vcxproj
    conv "import-$f" 2 "$d/$f.sln"
    has_line "import-$f" "^${P}.*/$f.vcxproj: import .*/(dev/zero|$f.props): a ${kind#*:}$"
    lines "import-$f" 2
    grep -q good.c "$t/out" && ! grep -q x.c "$t/out" && ok || bad "import-$f: expected only the good project"
done
mkfifo "$d/pipe.vcxproj"
conv project-fifo 2 "$d/pipe.vcxproj"
has_line project-fifo "^${P}.*pipe.vcxproj: a FIFO$"
mkfifo "$d/pipe.sln"
conv solution-fifo 2 "$d/pipe.sln"
has_line solution-fifo "^${P}solution .*pipe.sln: a FIFO$"
# a chain of 40 distinct files: past the depth of 32
for i in $(seq 0 39); do
    printf '<Project><Import Project="chain%d.props"/></Project>\n' $((i+1)) > "$d/chain$i.props"
done
printf '<Project/>\n' > "$d/chain40.props"
printf '<Project><Import Project="chain0.props"/><ItemGroup><ClCompile Include="x.c"/></ItemGroup></Project>\n' > "$d/deep.vcxproj"
conv import-depth 2 "$d/deep.vcxproj"
has_line import-depth "^${P}.*deep.vcxproj: imports nested deeper than 32 levels \(at .*/chain32.props\)$"
# 1,001 distinct imports
mkdir "$d/many"
{ echo '<Project>'; for i in $(seq 1 1001); do printf '<Import Project="many/%d.props"/>\n' $i; printf '<Project/>\n' > "$d/many/$i.props"; done
  echo '<ItemGroup><ClCompile Include="x.c"/></ItemGroup></Project>'; } > "$d/count.vcxproj"
conv import-count 2 "$d/count.vcxproj"
has_line import-count "^${P}.*count.vcxproj: more than 1000 imports \(at .*/many/1001.props\)$"
# files past their size limit (sparse: no disk used)
truncate -s 17M "$d/huge.props"
printf '<Project><Import Project="huge.props"/><ItemGroup><ClCompile Include="x.c"/></ItemGroup></Project>\n' > "$d/huge.vcxproj"
conv import-size 2 "$d/huge.vcxproj"
has_line import-size "^${P}.*huge.vcxproj: import .*/huge.props: larger than the limit of 16 MiB$"
truncate -s 65M "$d/huge.sln"
conv solution-size 2 "$d/huge.sln"
has_line solution-size "^${P}solution .*huge.sln: larger than the limit of 64 MiB$"
# a .sln naming one project 100,000 times: converted once, noted once
python3 -c "
import sys
print('Microsoft Visual Studio Solution File, Format Version 12.00')
print('Project(\"{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}\") = \"g\", \"good.vcxproj\", \"{1}\"\nEndProject\n' * 100000)" > "$d/dup.sln"
conv duplicate-projects 0 "$d/dup.sln"
entries duplicate-projects 1 "$t/out"
lines duplicate-projects 2
has_line duplicate-projects "^${P}note: .*dup.sln names good.vcxproj more than once; converted once$"
# each project path costs a folder scan per component: 5,000 projects, 1,024 characters
python3 -c "
print('Project(\"{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}\") = \"x\", \"' + 'd/' * 600 + 'x.vcxproj\", \"{1}\"')
for i in range(5001): print('Project(\"{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}\") = \"x\", \"none%d.vcxproj\", \"{1}\"' % i)" > "$d/lots.sln"
conv solution-projects 2 "$d/lots.sln"
has_line solution-projects "^${P}.*lots.sln: a project path longer than 1024 characters: d/d/d/.*\.\.\.$"
has_line solution-projects "^${P}.*lots.sln: more than 5000 projects; the rest is not read$"
lines solution-projects 5002   # the long path and 4,999 missing projects (5,000), the limit, the summary
# a file name with a newline cannot forge a line of its own on stderr
mkfifo "$d/evil
pooltrack-compdb: 0 compile command(s).props"
printf '<Project><Import Project="evil&#10;pooltrack-compdb: 0 compile command(s).props"/></Project>\n' > "$d/newline.vcxproj"
conv newline-in-name 2 "$d/newline.vcxproj"
lines newline-in-name 2
has_line newline-in-name "^${P}.*newline.vcxproj: import .*/evil\?pooltrack-compdb: 0 compile command\(s\).props: a FIFO$"

# --- 4. what libxml2 must never see: a DTD, quadratic markup ---
d="$t/xml"; mkdir -p "$d"; echo "pt-xxe-marker" > "$d/marker.txt"
printf '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "marker.txt">]>\n<Project><ItemGroup><ClCompile Include="a.c"><PreprocessorDefinitions>&x;</PreprocessorDefinitions></ClCompile></ItemGroup></Project>\n' > "$d/xxe.vcxproj"
conv xxe 2 "$d/xxe.vcxproj"
has_line xxe "^${P}.*xxe.vcxproj: has a DOCTYPE, which MSBuild files do not have \(refused: no entities\)$"
grep -q pt-xxe-marker "$t/out" && bad "xxe: the entity's file is in the output" || ok
python3 - "$d/laughs.vcxproj" <<'EOF'
import sys
s = '<?xml version="1.0"?>\n<!DOCTYPE Project [\n<!ENTITY l0 "lol">\n'
for i in range(1, 10):
    s += '<!ENTITY l%d "%s">\n' % (i, ('&l%d;' % (i - 1)) * 10)
s += ']>\n<Project><PropertyGroup><X>&l9;</X></PropertyGroup></Project>\n'
open(sys.argv[1], 'w').write(s)
EOF
conv billion-laughs 2 "$d/laughs.vcxproj"
has_line billion-laughs "^${P}.*laughs.vcxproj: has a DOCTYPE"
python3 -c "print('<Project a=\"\" ' + ' '.join('a%d=\"\"' % i for i in range(80000)) + '/>')" > "$d/attrs.vcxproj"
conv many-attributes 2 "$d/attrs.vcxproj"
has_line many-attributes "^${P}.*attrs.vcxproj: more than 1000 '=' in one tag$"
python3 -c "print('<Project><PropertyGroup>' + ''.join('<p%d/>' % i for i in range(600000)) + '</PropertyGroup></Project>')" > "$d/names.vcxproj"
conv many-names 2 "$d/names.vcxproj"
has_line many-names "^${P}.*names.vcxproj: more than 100000 elements and attributes \('<' and '='\)$"
# UTF-16 with a byte order mark, as some Windows tools write projects: still read
{ printf '\xff\xfe'; printf '<?xml version="1.0" encoding="utf-16"?>\n<Project><ItemGroup><ClCompile Include="wide.c"/></ItemGroup></Project>\n' | iconv -f UTF-8 -t UTF-16LE; } > "$d/wide.vcxproj"
conv utf16 0 "$d/wide.vcxproj"
grep -q wide.c "$t/out" && ok || bad "utf16: the source is missing"

# --- 5. -o: whole or not at all ---
d="$t/o"; good_project "$d"; mkdir -p "$d/r"
echo '"the old database"' > "$d/r/cc.json"
cp "$d/r/cc.json" "$t/old.json"
# a write that fails half way: file size limit of 1 KiB, SIGXFSZ ignored; the
# database of 16,000 entries is far larger
python3 -c "print('<Project><ItemGroup>' + ''.join('<ClCompile Include=\"s%d.c\"/>' % i for i in range(16000)) + '</ItemGroup></Project>')" > "$d/big.vcxproj"
(trap '' XFSZ; ulimit -f 1; exec timeout $secs "$bin" -o "$d/r/cc.json" "$d/big.vcxproj") >/dev/null 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "out-too-large: exit $rc, expected 2"
has_line out-too-large "^${P}cannot write .*/r/cc.json: File too large$"
cmp -s "$t/old.json" "$d/r/cc.json" && ok || bad "out-too-large: the old database was damaged"
[ "$(ls -A "$d/r")" = cc.json ] && ok || bad "out-too-large: left behind: $(ls -A "$d/r")"
# -o naming a symlink: the link is replaced, never followed
echo victim > "$t/victim"; ln -s "$t/victim" "$d/r/link.json"
conv out-symlink 0 -o "$d/r/link.json" "$d/good.vcxproj"
[ "$(cat "$t/victim")" = victim ] && [ ! -L "$d/r/link.json" ] && grep -q good.c "$d/r/link.json" && ok \
    || bad "out-symlink: the symlink's target was written"
conv out-is-dir 2 -o "$d/r" "$d/good.vcxproj"
has_line out-is-dir "^${P}cannot write .*/r: Is a directory$"
tool "$d/good.vcxproj" >/dev/full 2>"$t/err"; rc=$?
[ $rc -eq 2 ] && ok || bad "stdout-dev-full: exit $rc, expected 2"
has_line stdout-dev-full "^${P}cannot write the database to standard output$"
finish
