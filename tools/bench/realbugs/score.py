#!/usr/bin/env python3
"""Score pooltrack-analyze on the materialised real bugs (recall) and their fixed versions.

    score.py --out DIR [--analyzer build/pooltrack-analyze] [--manifest F] [--only ID,..]
             [--whole-db] [--json F] [-v]

For every DIR/<id>/entry.json written by materialise.py, the analyzer runs on the
buggy and on the fixed version of the bug's file:

    pooltrack-analyze --format json --no-cache -p <version>/compile_commands.json <file>

(--whole-db: without the file argument, so every file of the bug's folder is
analysed and linked; findings are then taken from the bug's file only.)

Matching, per entry (rule = the entry's expected rule):
  found              a finding of the rule within +-3 lines of the manifest line
  found-in-function  (leak rules PT005/PT006 only) no such finding, but one of the
                     rule in the named function: the engine saw a leak there, at
                     another allocation or reported at another line
  coverage-miss      not found, and the function was not path-analysed (the analyzer's
                     note "<function>: not analysed ...", or the file not analysed)
  engine-miss        not found although the function was path-analysed
The manifest line is carried into the fixed version through a line diff of the
two files. fixed-quieter: the buggy finding (line match) has no counterpart within
+-3 lines of the carried line in the fixed version. control-silent: the fixed
version has no finding of the rule at the carried line nor in the named function.
Recall = found / entries (strict); lenient recall counts found-in-function too.
Precision on controls = silent controls / controls (fixed versions analysed). A
manifest entry with "not_a_control" (its fixed version still holds other true
findings of the rule in the function, fixed later upstream) is no control.
"""
import argparse
import collections
import difflib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEAK_RULES = ("PT005", "PT006")
WINDOW = 3


def default_analyzer():
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    return os.path.join(root, "build", "pooltrack-analyze")


def run_analyzer(analyzer, root, rel, whole_db, timeout):
    """The JSON report, with "_functions": the names of the functions the analyzer
    saw in the bug's file (from --summaries)."""
    db = os.path.join(root, "compile_commands.json")
    summ = os.path.join(root, ".realbugs-summaries.json")
    cmd = [analyzer, "--format", "json", "--no-cache", "--quiet", "-j", "1", "-p", db, "--summaries", summ]
    if not whole_db:
        cmd.append(os.path.join(root, rel))
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=root)
    except subprocess.TimeoutExpired:
        return None, "timeout after %d s" % timeout
    try:
        rep = json.loads(r.stdout)
    except ValueError:
        return None, "exit %d, no JSON: %s" % (r.returncode, r.stderr.strip()[:200])
    try:
        fns = json.load(open(summ)).get("functions", [])
        rep["_functions"] = sorted({f.get("name") for f in fns if same_file(f.get("file", ""), root, rel)})
    except (OSError, ValueError):
        rep["_functions"] = None
    return rep, None


def same_file(path, root, rel):
    p = path if os.path.isabs(path) else os.path.join(root, path)
    return os.path.normpath(os.path.realpath(p)) == os.path.normpath(os.path.realpath(os.path.join(root, rel)))


def findings_of(report, root, rel):
    return [f for f in report.get("findings", []) if same_file(f.get("file", ""), root, rel)]


def function_analysed(report, root, rel, function):
    """False when the analyzer never saw the function (not among its summaries of
    the file: a parse that lost it), or says it (or the whole file) was not
    path-analysed; True otherwise."""
    if report.get("_functions") is not None and function not in report["_functions"]:
        return False
    for n in report.get("notifications", []):
        msg = n.get("message", "")
        if not same_file(n.get("file", ""), root, rel):
            continue
        if msg.startswith("%s: not analysed" % function):
            return False
        if "not analysed" in msg and n.get("line", 0) == 0 and "function(s) not path-analysed" not in msg:
            return False
    cov = report.get("coverage", {})
    if cov.get("files_not_analysed", 0) and cov.get("files", 0) == cov.get("files_not_analysed"):
        return False
    return True


def carry_line(buggy_lines, fixed_lines, line):
    sm = difflib.SequenceMatcher(None, buggy_lines, fixed_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if i1 <= line - 1 < i2:
            if tag == "equal":
                return j1 + (line - 1 - i1) + 1
            return j1 + min(line - 1 - i1, max(j2 - j1 - 1, 0)) + 1
    return line


def near(fs, rule, line):
    return [f for f in fs if f.get("rule") == rule and abs(f.get("line", 0) - line) <= WINDOW]


def in_function(fs, rule, function):
    return [f for f in fs if f.get("rule") == rule and f.get("function") == function]


def score_entry(e, analyzer, whole_db, timeout):
    rel, rule, fn, line = e["file"], e["rule"], e["function"], e["line"]
    res = {"id": e["id"], "repository": e["repository"], "kind": e["kind"], "rule": rule,
           "file": rel, "function": fn, "line": line}
    out = {}
    for v in ("buggy", "fixed"):
        root = e[v + "_root"]
        rep, err = run_analyzer(analyzer, root, rel, whole_db, timeout)
        if rep is None:
            res["error_" + v] = err
        out[v] = rep
    if out["buggy"] is None:
        res["result"] = "coverage-miss"
        res["why"] = "no report for the buggy version: " + res.get("error_buggy", "")
        res["analysed"] = False
        return res
    b = out["buggy"]
    bf = findings_of(b, e["buggy_root"], rel)
    res["analysed"] = function_analysed(b, e["buggy_root"], rel, fn)
    hit = near(bf, rule, line)
    infn = in_function(bf, rule, fn) if rule in LEAK_RULES else []
    res["buggy_findings"] = [(f["rule"], f["line"], f.get("function")) for f in bf if f.get("rule") == rule]
    if hit:
        res["result"] = "found"
    elif infn:
        res["result"] = "found-in-function"
    elif not res["analysed"]:
        res["result"] = "coverage-miss"
    else:
        res["result"] = "engine-miss"
    notes = [n["message"] for n in b.get("notifications", [])
             if n.get("message", "").startswith(fn + ":") or n.get("line", 0) == 0]
    res["notes"] = notes[:3]
    if out["fixed"] is not None:
        fx = out["fixed"]
        ff = findings_of(fx, e["fixed_root"], rel)
        try:
            bl = open(os.path.join(e["buggy_root"], rel), errors="replace").read().splitlines()
            fl = open(os.path.join(e["fixed_root"], rel), errors="replace").read().splitlines()
            fline = carry_line(bl, fl, line)
        except OSError:
            fline = line
        res["fixed_line"] = fline
        res["fixed_analysed"] = function_analysed(fx, e["fixed_root"], rel, fn)
        still = near(ff, rule, fline)
        res["fixed_quieter"] = bool(hit) and not still
        res["control_silent"] = not still and not in_function(ff, rule, fn)
        res["fixed_findings"] = [(f["rule"], f["line"], f.get("function")) for f in ff if f.get("rule") == rule]
    return res


def pct(a, b):
    return round(100.0 * a / b, 1) if b else None


def summarise(results):
    n = len(results)
    c = collections.Counter(r["result"] for r in results)
    by_kind = collections.OrderedDict()
    for r in sorted(results, key=lambda r: r["kind"]):
        k = by_kind.setdefault(r["kind"], collections.Counter())
        k["entries"] += 1
        k[r["result"]] += 1
    by_repo = collections.Counter(r["repository"] for r in results)
    controls = [r for r in results if "control_silent" in r]
    silent = sum(1 for r in controls if r["control_silent"])
    found = [r for r in results if r["result"] == "found"]
    quieter = sum(1 for r in found if r.get("fixed_quieter"))
    return {
        "entries": n,
        "found": c["found"], "found_in_function": c["found-in-function"],
        "coverage_miss": c["coverage-miss"], "engine_miss": c["engine-miss"],
        "recall": pct(c["found"], n),
        "recall_lenient": pct(c["found"] + c["found-in-function"], n),
        "recall_path_analysed": pct(c["found"], n - c["coverage-miss"]),
        "bug_function_path_analysed": sum(1 for r in results if r.get("analysed")),
        "fixed_quieter": quieter, "fixed_quieter_of_found": len(found),
        "controls": len(controls), "controls_silent": silent,
        "precision_on_controls": pct(silent, len(controls)),
        "by_kind": {k: dict(v, recall=pct(v["found"], v["entries"]),
                            recall_lenient=pct(v["found"] + v["found-in-function"], v["entries"]))
                    for k, v in by_kind.items()},
        "by_repository": dict(by_repo),
    }


def analyzer_version(analyzer):
    root = os.path.dirname(os.path.dirname(os.path.abspath(analyzer)))
    r = subprocess.run(["git", "-C", root, "rev-parse", "HEAD"], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="the folder materialise.py wrote")
    ap.add_argument("--analyzer", default=default_analyzer())
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"),
                    help="entries are taken in manifest order; those not materialised are listed as skipped")
    ap.add_argument("--only", help="comma-separated entry ids")
    ap.add_argument("--whole-db", action="store_true", help="analyse every file of the bug's folder and link them")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per analyzer run; a run that takes longer "
                    "counts as a coverage miss")
    ap.add_argument("--json", help="write the figures and the per-entry results here")
    ap.add_argument("-v", "--verbose", action="store_true", help="per entry: the rule's findings and the analyzer's notes")
    a = ap.parse_args()
    a.analyzer = os.path.abspath(a.analyzer)
    if not os.access(a.analyzer, os.X_OK):
        print("no analyzer at %s" % a.analyzer, file=sys.stderr)
        return 2
    manifest = json.load(open(a.manifest))["entries"] if os.path.exists(a.manifest) else []
    ids = [e["id"] for e in manifest]
    # an entry whose fixed version still holds other true findings of the rule in the
    # function (fixed later upstream) says so: it is not counted as a control
    not_controls = {e["id"] for e in manifest if e.get("not_a_control")}
    ids += sorted(d for d in os.listdir(a.out) if d not in ids and os.path.exists(os.path.join(a.out, d, "entry.json")))
    only = set(a.only.split(",")) if a.only else None
    results, skipped = [], []
    for i in ids:
        if only and i not in only:
            continue
        p = os.path.join(a.out, i, "entry.json")
        if not os.path.exists(p):
            skipped.append(i)
            continue
        r = score_entry(json.load(open(p)), a.analyzer, a.whole_db, a.timeout)
        if i in not_controls:
            r.pop("control_silent", None)
        results.append(r)
        extra = ""
        if "fixed_quieter" in r:
            extra = "  fixed %s, control %s" % ("quieter" if r["fixed_quieter"] else "-",
                                               "not counted" if "control_silent" not in r
                                               else "silent" if r["control_silent"] else "NOISY")
        print("%-34s %-18s %-6s %-17s%s" % (i, r["kind"], r["rule"], r["result"], extra))
        if a.verbose:
            print("    %s:%d %s  buggy %s  fixed %s" % (r["file"], r["line"], r["function"],
                                                      r.get("buggy_findings"), r.get("fixed_findings")))
            for n in r.get("notes", []):
                print("    note: " + n[:200])
        sys.stdout.flush()
    s = summarise(results)
    print()
    print("entries %d (not materialised: %d)" % (s["entries"], len(skipped)))
    for k, v in s["by_kind"].items():
        print("  %-18s %3d  found %3d  in-function %3d  coverage-miss %3d  engine-miss %3d  recall %s%%" % (
            k, v["entries"], v.get("found", 0), v.get("found-in-function", 0), v.get("coverage-miss", 0),
            v.get("engine-miss", 0), v["recall"]))
    print("recall %s%% (%d/%d); lenient %s%%; on path-analysed functions %s%%" % (
        s["recall"], s["found"], s["entries"], s["recall_lenient"], s["recall_path_analysed"]))
    print("misses: %d coverage (function not path-analysed), %d engine" % (s["coverage_miss"], s["engine_miss"]))
    print("bug functions path-analysed: %d of %d" % (s["bug_function_path_analysed"], s["entries"]))
    print("fixed version quieter: %d of %d found" % (s["fixed_quieter"], s["fixed_quieter_of_found"]))
    print("controls silent: %d of %d (precision on controls %s%%)" % (
        s["controls_silent"], s["controls"], s["precision_on_controls"]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"summary": s, "analyzer": a.analyzer, "analyzer_commit": analyzer_version(a.analyzer),
                       "whole_db": a.whole_db, "skipped": skipped, "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
