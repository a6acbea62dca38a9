"""gen-corpus and the scorer on tiny, known input (no analyzer, no peers run)."""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, sys.argv[1])
import peers   # noqa: E402
import score   # noqa: E402

fails = 0


def check(what, cond):
    global fails
    if not cond:
        print("FAIL " + what)
        fails += 1


t = tempfile.mkdtemp()
# gen-corpus: N units, a database naming exactly them, seeded bugs marked
subprocess.run([os.path.join(sys.argv[1], "gen-corpus"), t, "3", "--bug-every", "2", "--funcs", "4"],
               check=True, stdout=subprocess.DEVNULL)
db = json.load(open(os.path.join(t, "compile_commands.json")))
srcs = sorted(os.listdir(os.path.join(t, "src")))
check("3 units written", srcs == ["unit00000.c", "unit00001.c", "unit00002.c"])
check("database names each unit once", sorted(os.path.basename(e["file"]) for e in db) == srcs)
check("database entries are cl.exe commands", all(e["arguments"][0] == "cl.exe" for e in db))
exp = score.expectations(t, [os.path.join(t, "src", s) for s in srcs])
check("bugs in units 0 and 2 only", sorted({f for f, _, _ in exp}) == ["src/unit00000.c", "src/unit00002.c"])
check("three seeded rules", sorted({r for _, _, r in exp}) == ["PT004", "PT005", "PT008"])
u1 = open(os.path.join(t, "src", "unit00001.c")).read()
check("--funcs adds small functions", "UnitSmall1_3(" in u1 and "UnitSmall1_4(" not in u1)
check("cross-file call to the next unit", "CorpusAlloc2(" in u1)

# expectations: same line, @+1, several rules
f = os.path.join(t, "case.c")
open(f, "w").write("a; // expect: PT005\n// expect@+1: PT004, PT008\nb;\n/* expect the caller to free */\n")
check("expect forms", score.expectations(t, [f]) == {("case.c", 1, "PT005"), ("case.c", 3, "PT004"),
                                                        ("case.c", 3, "PT008")})
# clang: a leak goes to its allocation note; errors counted; other checkers kept apart
open(os.path.join(t, "a.c"), "w").write("\n" * 20)
clang_out = "\n".join([
    t + "/a.c:9:5: warning: Potential leak of memory pointed to by 'p' [unix.Malloc]",
    t + "/a.c:4:9: note: Memory is allocated",
    t + "/a.c:12:3: warning: Attempt to free released memory [unix.Malloc]",
    t + "/a.c:14:3: warning: Dereference of null pointer [core.NullDereference]",
    "/usr/include/x.h:1:1: warning: Potential memory leak [unix.Malloc]",
    t + "/a.c:2:1: error: unknown type name 'FOO'"])
found, other, errors = peers.parse_clang(clang_out, t)
check("clang mapped", sorted(found) == [("a.c", 4, "PT005"), ("a.c", 12, "PT008")])
check("clang other", len(other) == 1 and errors == 1)
# cppcheck: a leak goes back to the assignment of the variable
open(os.path.join(t, "b.c"), "w").write("x;\n  buf = ExAllocatePoolWithTag(0, 8, 1);\ny;\nreturn;\n"
                                        "q = (P)\n  ExAllocatePool(0, 8);\nq = ExAllocatePool(0, 9);\n")
cpp_out = (t + "/b.c:4:memleak:Memory leak: buf\n" + t + "/b.c:3:doubleFree:Memory pointed to by 'buf' is freed twice.\n"
           + t + "/b.c:7:memleak:Memory leak: q\n")
found, other = peers.parse_cppcheck(cpp_out, t)
check("cppcheck mapped", sorted(found) == [("b.c", 2, "PT005"), ("b.c", 3, "PT008"), ("b.c", 6, "PT005")])
# scoring: one right, one extra, one missed
res = score.score({"clang": {("a.c", 4, "PT005"), ("a.c", 7, "PT005")}},
                  {("a.c", 4, "PT005"), ("a.c", 9, "PT005"), ("a.c", 1, "PT004")})
check("tp/fp/fn", res["clang"]["PT005"] == (1, 1, 1) and res["clang"]["PT004"] == (0, 0, 1))
tab = score.table(res, {"PT005": 2, "PT004": 1})
check("n/a for a rule clang cannot express", [l for l in tab.split("\n") if l.startswith("PT004")][0].split()[2] == "n/a")
check("recall and precision shown", "1/2       1/2" in tab)
subprocess.run(["rm", "-rf", t])
print("%s" % ("ok" if not fails else "%d failed" % fails))
sys.exit(1 if fails else 0)
