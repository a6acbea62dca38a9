#!/usr/bin/env python3
"""Detection quality: pooltrack, clang --analyze (pool API as ownership
attributes) and cppcheck --library=windows over the test cases; recall and
precision per rule for each tool against the `// expect:` comments.

  score.py [--cases DIR] [--tools pooltrack,clang,cppcheck] [--json OUT]

A case is a top-level .c/.cpp file or a folder (pending/ is skipped). A
finding is a (file, line, rule) triple; it is right when the case expects
exactly that triple. Rules a tool cannot express print n/a.
"""
import argparse
import json
import os
import re
import sys
import tempfile

import peers
import ptbench as pb

RULES = ["PT%03d" % i for i in range(1, 11)]
_EXPECT = re.compile(r"(?://|/\*).*?\bexpect(@[+-]\d+)?\s*:\s*([A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)")


def expectations(case_dir, files):
    exp = set()
    for f in files:
        rel = os.path.relpath(f, case_dir)
        for i, line in enumerate(open(f, errors="replace").read().split("\n"), 1):
            m = _EXPECT.search(line)
            if m:
                at = i + int(m.group(1)[1:]) if m.group(1) else i
                exp |= {(rel, at, r.strip()) for r in m.group(2).split(",")}
    return exp


def cases(root):
    """(name, case folder, sources, all files with expectations)"""
    out = []
    for n in sorted(os.listdir(root)):
        p = os.path.join(root, n)
        if os.path.isdir(p) and n != "pending":
            names = sorted(os.listdir(p))
            srcs = [os.path.join(p, x) for x in names if x.endswith((".c", ".cpp"))]
            if srcs:
                out.append((n, p, srcs, srcs + [os.path.join(p, x) for x in names if x.endswith(".h")]))
        elif n.endswith((".c", ".cpp")):
            out.append((os.path.splitext(n)[0], root, [p], [p]))
    return out


def run_pooltrack(analyzer, case_dir, srcs, work):
    """Findings as tests/expect does it, and the libclang arguments used."""
    out = os.path.join(work, "pt.json")
    r = pb.run([analyzer, "--format", "json", "--srcroot", case_dir, "-o", out, "--quiet"] + srcs,
               env=dict(os.environ, **pb.LOG_ENV))
    found = []
    try:
        for f in json.load(open(out))["findings"]:
            if not f.get("suppressed"):
                found.append((f["file"], f["line"], f["rule"]))
    except (OSError, ValueError, KeyError):
        print("pooltrack failed on %s (exit %d)" % (srcs[0], r.rc), file=sys.stderr)
    return found, pb.logged_args(r.err)


def score(per_tool, expected_all):
    """per_tool: {tool: set of findings}; returns {tool: {rule: (tp, fp, fn)}}"""
    res = {}
    for tool, found in per_tool.items():
        res[tool] = {}
        for rule in RULES:
            e = {x for x in expected_all if x[2] == rule}
            f = {x for x in found if x[2] == rule}
            res[tool][rule] = (len(e & f), len(f - e), len(e - f))
    return res


def table(res, n_expected):
    lines = ["%-6s %5s  " % ("rule", "cases") + "  ".join("%-22s" % t for t in res)]
    lines.append("%-6s %5s  " % ("", "") + "  ".join("%-22s" % "recall   precision" for _ in res))
    for rule in RULES:
        cells = []
        for tool, by in res.items():
            tp, fp, fn = by[rule]
            if rule not in peers.COVERS[tool]:
                rec = "n/a"
            else:
                rec = "%d/%d" % (tp, tp + fn) if tp + fn else "-"
            prec = "%d/%d" % (tp, tp + fp) if tp + fp else "-"
            cells.append("%-9s %-12s" % (rec, prec))
        lines.append("%-6s %5d  " % (rule, n_expected.get(rule, 0)) + "  ".join("%-22s" % c for c in cells))
    tot = []
    for tool, by in res.items():
        cov = [r for r in RULES if r in peers.COVERS[tool]]
        tp = sum(by[r][0] for r in RULES)
        fp = sum(by[r][1] for r in RULES)
        fn = sum(by[r][2] for r in cov)
        tot.append("%-9s %-12s" % ("%d/%d" % (tp, tp + fn), "%d/%d" % (tp, tp + fp)))
    lines.append("%-6s %5d  " % ("all", sum(n_expected.values())) + "  ".join("%-22s" % c for c in tot))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default=os.path.join(pb.REPO, "testcases"))
    ap.add_argument("--analyzer", default=os.path.join(pb.REPO, "build", "pooltrack-analyze"))
    ap.add_argument("--clang", default="clang-14")
    ap.add_argument("--tools", default="pooltrack,clang,cppcheck")
    ap.add_argument("--json", help="write every finding and the scores here")
    ap.add_argument("-v", action="store_true", help="list each wrong or missed finding")
    a = ap.parse_args()
    tools = a.tools.split(",")
    work = tempfile.mkdtemp(prefix="pt-score.")
    found = {t: set() for t in tools}
    expected, other = set(), {t: [] for t in tools}
    skipped_csa = skipped_cpp = 0
    all_cases = cases(os.path.abspath(a.cases))
    for i, (name, cdir, srcs, files) in enumerate(all_cases):
        key = lambda x: (name,) + x   # findings are per case: two cases may share a file name
        expected |= {key(x) for x in expectations(cdir, files)}
        pt, cargs = run_pooltrack(a.analyzer, cdir, srcs, work)
        if "pooltrack" in tools:
            found["pooltrack"] |= {key(x) for x in pt}
        if "clang" in tools:
            f, o, errs = peers.run_clang(a.clang, cargs, cdir, srcs, work)
            found["clang"] |= {key(x) for x in f}
            other["clang"] += [key(x) for x in o]
            skipped_csa += 1 if errs else 0
        if "cppcheck" in tools:
            f, o = peers.run_cppcheck(cargs, cdir, srcs)
            found["cppcheck"] |= {key(x) for x in f}
            other["cppcheck"] += [key(x) for x in o]
            skipped_cpp += 1 if any(x[2] in peers.CPPCHECK_BAIL for x in o) else 0
        print("\r%d/%d" % (i + 1, len(all_cases)), end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    flat = {t: {(c, f, l, r) for c, f, l, r in v} for t, v in found.items()}
    exp4 = {(c, f, l, r) for c, f, l, r in expected}
    # score on (case, file, line) + rule: the rule is the last element
    res = score({t: {(c + "/" + f, l, r) for c, f, l, r in v} for t, v in flat.items()},
                {(c + "/" + f, l, r) for c, f, l, r in exp4})
    n_exp = {}
    for x in exp4:
        n_exp[x[3]] = n_exp.get(x[3], 0) + 1
    print("%d cases in %s, %d expected findings; recall = found/expected, precision = right/reported"
          % (len(all_cases), a.cases, len(exp4)))
    print(table(res, n_exp))
    if "clang" in tools:
        print("clang --analyze skipped %d of %d cases (a parse error in a file of the case)" % (skipped_csa, len(all_cases)))
    if "cppcheck" in tools:
        print("cppcheck gave up on %d of %d cases (%s in a file of the case)"
              % (skipped_cpp, len(all_cases), "/".join(sorted(peers.CPPCHECK_BAIL))))
    for t in tools:
        if t != "pooltrack":
            print("%s: %d diagnostics that map to none of our rules (not scored)" % (t, len(other[t])))
    if a.v:
        for t in tools:
            for x in sorted(flat[t] - exp4):
                print("%s extra: %s %s:%d %s" % (t, x[0], x[1], x[2], x[3]))
            for x in sorted(exp4 - flat[t]):
                if x[3] in peers.COVERS[t]:
                    print("%s missed: %s %s:%d %s" % (t, x[0], x[1], x[2], x[3]))
    if a.json:
        json.dump({"scores": res, "expected": sorted(exp4), "found": {t: sorted(v) for t, v in flat.items()},
                   "other": other}, open(a.json, "w"), indent=1)
    os.system("rm -rf '%s'" % work)


if __name__ == "__main__":
    main()
