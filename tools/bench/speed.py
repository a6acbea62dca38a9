#!/usr/bin/env python3
"""Speed per translation unit: pooltrack-analyze cold and warm against its
parse limit (clang -fsyntax-only with the analyzer's own arguments) and the
peers (clang --analyze with the pool API as ownership attributes, cppcheck
--library=windows). CPU seconds (user+sys) are the measure: the machine is
shared, wall time is printed too. Prints MISSED: lines for targets missed.

  speed.py (-p DB | --sources DIR...) [--work DIR] [--limit N] [--json OUT]
"""
import argparse
import json
import os
import sys

import ptbench as pb

TOOLS = ("cold", "warm", "syntax", "analyze", "cppcheck")


def write_db(sources, path):
    """One cl.exe-style entry per .c/.cpp under the folders (not pending/)."""
    files = []
    for d in sources:
        for root, dirs, names in os.walk(os.path.abspath(d)):
            dirs[:] = sorted(x for x in dirs if x != "pending")
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith((".c", ".cpp"))]
    db = [{"directory": os.path.dirname(f), "file": f, "arguments": ["cl.exe", "/c", "/W4", f]}
          for f in files]
    with open(path, "w") as f:
        json.dump(db, f, indent=1)


def measure_tu(a, db_path, f, cargs, work):
    overlay = os.path.join(work, "overlay.yaml")
    pb.write_overlay(overlay, f, cargs, pb.wdk_include(cargs))
    base = pb.clang_args(cargs, f, overlay)
    pt = [a.analyzer, "-p", db_path, "-j", "1", "--quiet", "--format", "json", "-o", os.devnull]
    r = {
        "cold": pb.run(pt + ["--no-cache", f]),
        "warm": pb.run(pt + ["--cache-dir", os.path.join(work, "cache"), f]),
        "syntax": pb.run([a.clang] + base + ["-fsyntax-only", f]),
        "analyze": pb.run([a.clang] + base + pb.CSA_FLAGS + ["-o", os.devnull, f]),
        "cppcheck": pb.run(pb.cppcheck_argv(cargs, f)),
    }
    errors = sum(1 for l in r["syntax"].err.splitlines() if ": error:" in l or ": fatal error:" in l)
    return {"file": f, "errors": errors,
            **{k: {"cpu": v.cpu, "wall": v.wall, "rss": v.rss_mb, "rc": v.rc} for k, v in r.items()}}


def whole_run(a, db_path, work):
    """The realistic use: one run over the database, link included. The cold
    -j1 run's --stats-json gives each TU's worker CPU (parse_times) and the
    shared precompiled headers' cost, which the per-TU comparison uses."""
    cache = os.path.join(work, "cache-whole")
    stats = os.path.join(work, "whole-stats.json")
    pt = [a.analyzer, "-p", db_path, "--quiet", "--format", "json", "-o", os.devnull]
    out = {}
    for name, extra in (("cold-j1", ["-j", "1", "--cache-dir", cache, "--stats-json", stats]),
                        ("warm-j1", ["-j", "1", "--cache-dir", cache]),
                        ("cold-j2", ["-j", "2", "--no-cache"]),
                        ("cold-j1-no-pch", ["-j", "1", "--no-cache", "--no-pch"])):
        if name == "cold-j1" and os.path.isdir(cache):
            os.system("rm -rf '%s'" % cache)
        r = pb.run(pt + extra)
        out[name] = {"cpu": r.cpu, "wall": r.wall, "rss": r.rss_mb, "rc": r.rc}
    with open(stats) as f:
        st = json.load(f)
    out["cold-j1"]["parse_times"] = {t["file"]: t["cpu_seconds"] for t in st["parse_times"]}
    out["cold-j1"]["pch"] = st["precompiled_headers"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-p", dest="db")
    ap.add_argument("--sources", nargs="+")
    ap.add_argument("--analyzer", default=os.path.join(pb.REPO, "build", "pooltrack-analyze"))
    ap.add_argument("--clang", default="clang-14")
    ap.add_argument("--work", default="/tmp/pooltrack-bench")
    ap.add_argument("--limit", type=int, default=0, help="only the first N TUs")
    ap.add_argument("--json", help="write all figures here")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    if a.sources:
        a.db = os.path.join(a.work, "compile_commands.json")
        write_db(a.sources, a.db)
    if not a.db:
        ap.error("-p DB or --sources DIR... is required")
    db_path, db = pb.load_db(a.db)
    os.system("rm -rf '%s'" % os.path.join(a.work, "cache"))
    captured = pb.capture_args(a.analyzer, db_path, os.path.join(a.work, "cache"))
    files = sorted(e["file"] for e in db)
    if a.limit:
        files = files[:a.limit]
    rows = []
    for i, f in enumerate(files):
        if f not in captured:
            print("skipped (the analyzer parsed no such TU): %s" % f, file=sys.stderr)
            continue
        rows.append(measure_tu(a, db_path, f, captured[f], a.work))
        print("\r%d/%d" % (i + 1, len(files)), end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    whole = whole_run(a, db_path, a.work)
    import speed_report
    text, missed = speed_report.report(rows, whole, db_path)
    print(text)
    for m in missed:
        print("MISSED: " + m)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"rows": rows, "whole": whole}, f, indent=1)


if __name__ == "__main__":
    main()
