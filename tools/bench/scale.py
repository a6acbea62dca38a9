#!/usr/bin/env python3
"""Scale: pooltrack-analyze over generated corpora of growing size (cold with
a fresh cache, warm, and the link alone), then the link over ~100k small
functions (--summaries-only DIR, then --link DIR). Prints cost per TU per size
so linear growth can be read off; MISSED: lines for targets missed.

  scale.py [--sizes 100 1000] [--link-funcs 100000] [-j 2] [--work DIR]
"""
import argparse
import os
import re
import shutil
import sys

import ptbench as pb

GEN = os.path.join(pb.HERE, "gen-corpus")
RSS_MB = 300
WARM_RATIO = 0.05


def functions(stats_err):
    m = re.search(r"(\d+) functions", stats_err)
    return int(m.group(1)) if m else 0


def one_size(a, n):
    d = os.path.join(a.work, "corpus-%d" % n)
    shutil.rmtree(d, ignore_errors=True)
    pb.run([GEN, d, str(n)])
    cache = os.path.join(d, "cache")
    pt = [a.analyzer, "-p", d, "-j", str(a.jobs), "--quiet", "--format", "json", "-o", os.devnull]
    cold = pb.run(pt + ["--cache-dir", cache, "--stats"])
    warm = pb.run(pt + ["--cache-dir", cache])
    link = pb.run([a.analyzer, "--link", cache, "--quiet", "--format", "json", "-o", os.devnull])
    shutil.rmtree(d, ignore_errors=True)
    return {"n": n, "funcs": functions(cold.err), "cold": cold, "warm": warm, "link": link}


def link_only(a):
    """Many small functions per TU: the parse is paid once, the link is timed."""
    per_tu = 500
    n = max(1, a.link_funcs // (per_tu + 9))   # gen-corpus writes 9 functions of its own per unit
    d = os.path.join(a.work, "corpus-link")
    shutil.rmtree(d, ignore_errors=True)
    pb.run([GEN, d, str(n), "--funcs", str(per_tu)])
    units = os.path.join(d, "units")
    summ = pb.run([a.analyzer, "-p", d, "-j", str(a.jobs), "--no-cache", "--summaries-only", units, "--quiet"])
    link = pb.run([a.analyzer, "--link", units, "--quiet", "--stats", "--format", "json", "-o", os.devnull])
    parts = link_parts(a, units)
    shutil.rmtree(d, ignore_errors=True)
    return {"n": n, "funcs": functions(link.err), "summ": summ, "link": link, "parts": parts}


def link_parts(a, units):
    """The link over 1/4, 1/2 and all of the units: does it grow linearly?"""
    names = sorted(os.listdir(units))
    out = []
    for frac in (4, 2, 1):
        sub = units + "-%d" % frac
        shutil.rmtree(sub, ignore_errors=True)
        os.makedirs(sub)
        for x in names[:max(1, len(names) // frac)]:
            os.symlink(os.path.join(units, x), os.path.join(sub, x))
        r = pb.run([a.analyzer, "--link", sub, "--quiet", "--stats", "--format", "json", "-o", os.devnull])
        out.append((functions(r.err), r))
        shutil.rmtree(sub, ignore_errors=True)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--link-funcs", type=int, default=100000, help="0: skip the link test")
    ap.add_argument("-j", dest="jobs", type=int, default=2)
    ap.add_argument("--analyzer", default=os.path.join(pb.REPO, "build", "pooltrack-analyze"))
    ap.add_argument("--work", default="/tmp/pooltrack-bench-scale")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    missed = []
    print("pooltrack-analyze -j %d over gen-corpus units (wall s; CPU s = user+sys of all processes)" % a.jobs)
    print("%6s %7s %8s %8s %9s %9s %8s %8s %8s %7s %6s" % (
        "TUs", "funcs", "cold", "cold CPU", "ms/TU", "CPU ms/TU", "warm", "warm%", "link", "RSS MB", "exit"))
    for n in a.sizes:
        r = one_size(a, n)
        c, w, l = r["cold"], r["warm"], r["link"]
        print("%6d %7d %8.1f %8.1f %9.1f %9.1f %8.2f %7.1f%% %8.2f %7.0f %6d" % (
            n, r["funcs"], c.wall, c.cpu, 1000 * c.wall / n, 1000 * c.cpu / n, w.wall, 100 * w.wall / c.wall, l.wall,
            max(c.rss_mb, w.rss_mb, l.rss_mb), c.rc), flush=True)
        if w.wall > WARM_RATIO * c.wall:
            missed.append("%d TUs: warm run %.1f%% of cold (target 5%%)" % (n, 100 * w.wall / c.wall))
        if max(c.rss_mb, l.rss_mb) > RSS_MB:
            missed.append("%d TUs: peak RSS %.0f MB (target %d MB)" % (n, max(c.rss_mb, l.rss_mb), RSS_MB))
        if c.rc not in (0, 1):
            missed.append("%d TUs: exit %d: %s" % (n, c.rc, c.err.strip()[-300:]))
    if a.link_funcs:
        r = link_only(a)
        s, l = r["summ"], r["link"]
        print()
        print("link over %d functions in %d units: per-TU step %.1f s wall (-j %d), link %.2f s wall, "
              "%.2f s CPU, %.1f us/function, peak RSS %.0f MB, exit %d" % (
                  r["funcs"], r["n"], s.wall, a.jobs, l.wall, l.cpu, 1e6 * l.wall / max(r["funcs"], 1),
                  l.rss_mb, l.rc))
        for nf, pr in r["parts"]:
            print("  link over %6d functions: %.2f s CPU, %.1f us/function, peak RSS %.0f MB"
                  % (nf, pr.cpu, 1e6 * pr.cpu / max(nf, 1), pr.rss_mb))
        if l.rss_mb > RSS_MB:
            missed.append("link over %d functions: peak RSS %.0f MB (target %d MB)" % (r["funcs"], l.rss_mb, RSS_MB))
        if l.rc not in (0, 1):
            missed.append("link: exit %d: %s" % (l.rc, l.err.strip()[-300:]))
    for m in missed:
        print("MISSED: " + m)
    sys.exit(0)


if __name__ == "__main__":
    main()
