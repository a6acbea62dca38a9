#!/usr/bin/env python3
"""Real-code benchmark: public driver projects, built into compile databases
the way a user would (pooltrack-compdb on the project's own .vcxproj or .sln),
analysed, and measured per project: TUs, functions, share with parse errors,
pool call sites seen against a grep count, findings per rule, CPU.

It fetches nothing. Give it a folder holding extracted checkouts, one folder
per repository named as below (the repository's name without its owner):

    python3 tools/bench/realcode.py --repos /work/real [--only dokany,npcap]
        [--build build] [--out /tmp/realcode] [--wds-every 5]
        [-- extra pooltrack-analyze arguments, e.g. --wdk DIR]

Projects missing from --repos are listed as skipped. The table goes to stdout;
each project's database, findings and stats stay in --out."""
import argparse
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ptbench  # noqa: E402

# name, repository folder, projects (relative to the repository; .sln or .vcxproj)
PROJECTS = [
    ("npcap", "npcap", ["packetWin7/npf/npf/npf.vcxproj"]),
    ("wireguard-nt", "wireguard-nt", ["driver/driver.vcxproj"]),
    ("dokany", "dokany", ["sys/sys.vcxproj"]),
    ("NetKVM", "kvm-guest-drivers-windows", ["NetKVM/NetKVM-VS2015.vcxproj"]),
    ("viostor", "kvm-guest-drivers-windows", ["viostor/viostor.vcxproj"]),
    ("balloon", "kvm-guest-drivers-windows", ["Balloon/sys/balloon.vcxproj"]),
    ("viofs", "kvm-guest-drivers-windows", ["viofs/pci/viofs.vcxproj"]),
    ("vioser", "kvm-guest-drivers-windows", ["vioserial/sys/vioser.vcxproj"]),
    ("xeniface", "win-xeniface", ["vs2022/xeniface/xeniface.vcxproj"]),
    ("KSystemInformer", "systeminformer", ["KSystemInformer/KSystemInformer.vcxproj"]),
    ("WDS", "Windows-driver-samples", None),   # every .sln, kernel-mode TUs, every N-th
    # CMake projects: the sources of one list of its CMakeLists.txt, with flags
    ("btrfs", "btrfs", {"cmake_list": "SRC_FILES", "args": ["-D_AMD64_", "-D_KERNEL_MODE", "-Isrc"]}),
]

HEADER_EXT = (".h", ".hpp", ".hxx", ".inl")


def pool_api_names():
    """The allocate/free routines of the model's table (not TAKES/STORE, which
    the analyzer's call_sites leave out too)."""
    names = []
    path = os.path.join(ptbench.REPO, "analyzer", "model", "data", "pool_api.def")
    for line in open(path):
        m = re.match(r"\s*PT_API\((\w+),\s*(\w+),", line)
        if m and m.group(2) not in ("TAKES", "STORE"):
            names.append(m.group(1))
    return names


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def grep_count(files, names):
    """Call sites of the pool routines in the project's own sources and the
    headers of their folders: `Name (` outside comments; #define lines count
    (a wrapper macro is one site here, one per use in the analyzer)."""
    pat = re.compile(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\s*\(")
    n = 0
    for f in sorted(files):
        try:
            text = open(f, encoding="utf-8", errors="replace").read()
        except OSError:
            continue
        n += len(pat.findall(strip_comments(text)))
    return n


def project_files(db):
    files, dirs = set(), set()
    for e in db:
        f = e["file"] if os.path.isabs(e["file"]) else os.path.join(e["directory"], e["file"])
        f = os.path.normpath(f)
        files.add(f)
        dirs.add(os.path.dirname(f))
    for d in dirs:
        try:
            for name in os.listdir(d):
                if name.lower().endswith(HEADER_EXT):
                    files.add(os.path.join(d, name))
        except OSError:
            pass
    return files


def wds_sample(db, every):
    kernel = [e for e in db if "/kernel" in e.get("arguments", [])
              or "-D_KERNEL_MODE=1" in e.get("arguments", [])]
    kernel.sort(key=lambda e: (e["directory"], e["file"]))
    seen, uniq = set(), []
    for e in kernel:
        k = (e["directory"], e["file"])
        if k not in seen:
            seen.add(k)
            uniq.append(e)
    return uniq[::every]


def cmake_database(repo, spec, db_path):
    """A compile database from `set(LIST a.c b.c ...)` of the project's
    CMakeLists.txt: the project's own source list, with the flags given (a
    CMake configure needs its submodules and a cross toolchain)."""
    text = open(os.path.join(repo, "CMakeLists.txt"), encoding="utf-8", errors="replace").read()
    m = re.search(r"set\(\s*" + re.escape(spec["cmake_list"]) + r"\s(.*?)\)", text, re.S)
    files = [f for f in (m.group(1).split() if m else []) if f.endswith((".c", ".cpp"))]
    db = [{"directory": repo, "file": f, "arguments": ["clang", "-c"] + spec["args"] + [f]} for f in files]
    json.dump(db, open(db_path, "w"), indent=1)


def measure(name, repo, projects, args, names):
    out = os.path.join(args.out, name)
    os.makedirs(out, exist_ok=True)
    compdb = os.path.join(args.build, "pooltrack-compdb")
    analyzer = os.path.join(args.build, "pooltrack-analyze")
    db_path = os.path.join(out, "compile_commands.json")
    if isinstance(projects, dict):
        cmake_database(repo, projects, db_path)
    elif projects is None:
        projects = sorted(os.path.relpath(os.path.join(d, f), repo)
                          for d, _, fs in os.walk(repo) for f in fs if f.endswith(".sln"))
    if not isinstance(projects, dict):
        r = ptbench.run([compdb, "-o", db_path] + [os.path.join(repo, p) for p in projects], cwd=repo)
        open(os.path.join(out, "compdb.err"), "w").write(r.err)
    if not os.path.exists(db_path):
        return {"name": name, "error": "pooltrack-compdb wrote no database: " + r.err.strip()[:200]}
    db = json.load(open(db_path))
    if name == "WDS":
        db = wds_sample(db, args.wds_every)
        json.dump(db, open(db_path, "w"), indent=1)
    stats = os.path.join(out, "stats.json")
    findings = os.path.join(out, "findings.json")
    r = ptbench.run([analyzer, "-p", out, "-j", str(args.jobs), "--no-cache", "--format", "json",
                     "-o", findings, "--stats-json", stats] + args.extra)
    open(os.path.join(out, "analyze.err"), "w").write(r.err)
    if not os.path.exists(stats):
        return {"name": name, "error": f"pooltrack-analyze exit {r.rc}: " + r.err.strip()[-200:]}
    s = json.load(open(stats))
    rules = {}
    for x in json.load(open(findings)).get("findings", []):
        rules[x["rule"]] = rules.get(x["rule"], 0) + 1
    seen = sum(v for k, v in s.get("call_sites", {}).items() if k in names)
    return {"name": name, "entries": len(db), "tus": s["translation_units"],
            "not_analysed": s["not_analysed"], "functions": s["functions"],
            "with_errors": s["functions_with_parse_errors"], "seen": seen,
            "budget": s.get("coverage", {}).get("functions_at_path_budget", 0),
            "grep": grep_count(project_files(db), names), "rules": rules,
            "cpu": r.cpu, "wall": r.wall, "rc": r.rc}


def pct(a, b):
    return f"{100.0 * a / b:.0f}%" if b else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repos", required=True, help="folder of extracted repositories")
    ap.add_argument("--build", default=os.path.join(ptbench.REPO, "build"))
    ap.add_argument("--out", default=None, help="where databases and results stay")
    ap.add_argument("--only", default="", help="comma-separated project names")
    ap.add_argument("--wds-every", type=int, default=5, help="WDS: every N-th kernel-mode TU")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--json", help="also write the rows as JSON here")
    ap.add_argument("extra", nargs="*", help="after --: more pooltrack-analyze arguments")
    args = ap.parse_args()
    args.build = os.path.abspath(args.build)
    args.out = os.path.abspath(args.out or tempfile.mkdtemp(prefix="realcode."))
    only = set(filter(None, args.only.split(",")))
    names = pool_api_names()
    rows = []
    for name, folder, projects in PROJECTS:
        if only and name not in only:
            continue
        repo = os.path.join(os.path.abspath(args.repos), folder)
        if not os.path.isdir(repo):
            print(f"{name}: skipped, no {repo}", file=sys.stderr)
            continue
        rows.append(measure(name, repo, projects, args, names))
        print(f"{name}: done", file=sys.stderr, flush=True)
    hdr = (f"{'project':16} {'TUs':>4} {'n/a':>4} {'funcs':>6} {'errors':>7} {'budget':>6} {'seen/grep':>10} "
           f"{'CPU s':>6}  findings")
    print(hdr)
    tot = {"tus": 0, "not_analysed": 0, "functions": 0, "with_errors": 0, "budget": 0, "seen": 0, "grep": 0,
           "cpu": 0.0}
    for x in rows:
        if "error" in x:
            print(f"{x['name']:16} {x['error']}")
            continue
        for k in tot:
            tot[k] += x[k]
        rules = " ".join(f"{k}={v}" for k, v in sorted(x["rules"].items())) or "none"
        print(f"{x['name']:16} {x['tus']:4} {x['not_analysed']:4} {x['functions']:6} "
              f"{pct(x['with_errors'], x['functions']):>7} {pct(x['budget'], x['functions']):>6} "
              f"{x['seen']:4}/{x['grep']:<5} {x['cpu']:6.1f}  {rules}")
    if len(rows) > 1:
        print(f"{'total':16} {tot['tus']:4} {tot['not_analysed']:4} {tot['functions']:6} "
              f"{pct(tot['with_errors'], tot['functions']):>7} {pct(tot['budget'], tot['functions']):>6} "
              f"{tot['seen']:4}/{tot['grep']:<5} {tot['cpu']:6.1f}")
    print(f"(errors: functions with parse errors, not path-analysed; budget: functions analysed only "
          f"partly, at the path budget; n/a: TUs not analysed; "
          f"seen/grep: pool call sites the analyzer saw / a grep count; results in {args.out})")
    if args.json:
        json.dump(rows, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
