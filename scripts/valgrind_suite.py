#!/usr/bin/env python3
"""Runs the CTest suite of a build whose programs are memcheck wrappers (made by
scripts/valgrind-suite.sh) and judges every process by its valgrind log.

A test fails when the test itself fails (its exit code, WILL_FAIL and
PASS_REGULAR_EXPRESSION as ctest reads them) or when any process it started
from the build had a memory error or a definite, indirect or possible leak.
A log that ends without a summary is a forked child that exec'd another
program (valgrind stops following it there; if that program is ours, its
wrapper starts a new log) or a process killed by SIGKILL (a worker past
--tu-timeout): counted as "no summary", not checked and not a failure.
Tests run one by one (so each gets PT_VG_TEST, naming its log folder), N at a
time, with ctest's TIMEOUT times --timeout-scale (default 10; 600 s when a test
has none). Every result is appended to memcheck/results.jsonl as it is known,
so a run stopped half way still says what it checked."""
import argparse
import concurrent.futures as cf
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

SKIP_LABELS = {"valgrind", "no-memcheck", "fuzz"}


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("-R", help="only tests whose name matches (Python regex)")
    ap.add_argument("-E", help="leave out tests whose name matches")
    ap.add_argument("--timeout-scale", type=float, default=10.0)
    return ap.parse_args()


def props(test):
    return {p["name"]: p["value"] for p in test.get("properties", [])}


def select(tests, a):
    out, skipped = [], []
    for t in tests:
        p = props(t)
        labels = set(p.get("LABELS", []))
        if not t.get("command"):
            continue
        if a.R and not re.search(a.R, t["name"]):
            continue
        if a.E and re.search(a.E, t["name"]):
            continue
        if labels & SKIP_LABELS:
            skipped.append((t["name"], sorted(labels & SKIP_LABELS)))
            continue
        out.append(t)
    return out, skipped


def safe(name):
    return re.sub(r"[^A-Za-z0-9_.+-]", "__", name)


def read_log(path):
    """One process's log: program, errors, leaked bytes per kind, complete?"""
    text = open(path, errors="replace").read()
    r = {"log": path, "program": os.path.basename(path).rsplit(".", 2)[0],
         "errors": None, "leaks": {}, "signal": None}
    m = re.search(r"ERROR SUMMARY: ([\d,]+) errors", text)
    if m:
        r["errors"] = int(m.group(1).replace(",", ""))
    for kind in ("definitely", "indirectly", "possibly"):
        m = re.search(kind + r" lost: ([\d,]+) bytes in ([\d,]+) blocks", text)
        if m and m.group(1) != "0":
            r["leaks"][kind] = int(m.group(1).replace(",", ""))
    m = re.search(r"Process terminating with default action of signal (\d+) \((\w+)\)", text)
    if m:
        r["signal"] = m.group(2)
    return r


def run_test(t, a, logs):
    p = props(t)
    name = t["name"]
    d = os.path.join(logs, safe(name))
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    os.chmod(d, 0o1777)   # tests that run the analyzer as nobody (setpriv)
    # hang guards inside test scripts (`timeout 120`) stretch by the same factor,
    # and so does the wait before progress lines (the tests read stderr)
    env = dict(os.environ, PT_VG_TEST=safe(name), PT_TIMEOUT_SCALE=str(int(a.timeout_scale)),
               PT_PROGRESS_DELAY_MS=str(10000 * int(a.timeout_scale)))
    for kv in p.get("ENVIRONMENT", []):
        k, _, v = kv.partition("=")
        env[k] = v
    limit = (p.get("TIMEOUT") or 600.0) * a.timeout_scale
    start = time.time()
    proc = subprocess.Popen(t["command"], cwd=p.get("WORKING_DIRECTORY"), env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    timed_out = False
    try:
        out, _ = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
    secs = time.time() - start
    out = out.decode(errors="replace")
    with open(d + ".out", "w") as f:
        f.write(out)
    rc = proc.returncode
    if "PASS_REGULAR_EXPRESSION" in p:
        passed = any(re.search(rx, out) for rx in p["PASS_REGULAR_EXPRESSION"])
    else:
        passed = rc == 0
    if p.get("WILL_FAIL"):
        passed = not passed
    if timed_out:
        passed = False
    procs = [read_log(os.path.join(d, f)) for f in sorted(os.listdir(d)) if f.endswith(".log")]
    bad = [x for x in procs if x["errors"]]
    return {"test": name, "seconds": round(secs, 1), "rc": rc, "timed_out": timed_out,
            "test_passed": passed, "processes": len(procs) - sum(1 for x in procs if x["errors"] is None),
            "incomplete": [x["log"] for x in procs if x["errors"] is None],
            "memcheck_failed": [x for x in bad],
            "leaks": sum(1 for x in bad if x["leaks"]),
            "ok": passed and not bad}


def excerpt(log, lines=40):
    """The first error reports of a log, without valgrind's banner."""
    body = [re.sub(r"^==\d+== ?", "", l) for l in open(log, errors="replace")]
    first = next((i for i, l in enumerate(body)
                  if re.match(r"(Invalid|Conditional|Use of|Syscall|Mismatched|Source and|"
                              r"Argument|[\d,]+ .*bytes in .* lost)", l)), len(body))
    return "".join("      " + l for l in body[first:] if l.strip())[:6000].split("\n", lines)[:lines]


def main():
    a = parse_args()
    build = os.path.abspath(a.build)
    mc = os.path.join(build, "memcheck")
    logs = os.path.join(mc, "logs")
    os.makedirs(logs, exist_ok=True)
    os.chmod(logs, 0o1777)
    listing = subprocess.run(["ctest", "--show-only=json-v1"], cwd=build, check=True,
                             stdout=subprocess.PIPE).stdout
    tests, skipped = select(json.loads(listing)["tests"], a)
    for n, why in skipped:
        print(f"skip  {n} (label {', '.join(why)})")
    print(f"valgrind_suite: {len(tests)} tests, {a.j} at a time, logs in {logs}", flush=True)
    results, t0 = [], time.time()
    with open(os.path.join(mc, "results.jsonl"), "a") as rj, \
            cf.ThreadPoolExecutor(max_workers=a.j) as ex:
        futs = [ex.submit(run_test, t, a, logs) for t in tests]
        for f in cf.as_completed(futs):
            r = f.result()
            results.append(r)
            rj.write(json.dumps(r) + "\n")
            rj.flush()
            what = "PASS" if r["ok"] else "FAIL"
            why = []
            if not r["test_passed"]:
                why.append("timed out" if r["timed_out"] else f"test failed (exit {r['rc']})")
            for x in r["memcheck_failed"]:
                why.append(f"{x['program']}: {x['errors']} errors" +
                           (f", leaked {x['leaks']}" if x["leaks"] else ""))
            if r["incomplete"]:
                why.append(f"{len(r['incomplete'])} without summary")
            print(f"{what}  {r['test']}  {r['seconds']:.0f} s, {r['processes']} processes"
                  + (": " + "; ".join(why) if why else ""), flush=True)
            if not r["test_passed"]:
                tail = open(os.path.join(logs, safe(r["test"])) + ".out", errors="replace").read()
                print("    | " + "\n    | ".join(tail.strip().splitlines()[-15:]))
            for x in r["memcheck_failed"][:3]:
                print("    " + x["log"] + "\n" + "\n".join(excerpt(x["log"])))
    wall = time.time() - t0
    failed = [r for r in results if not r["ok"]]
    procs = sum(r["processes"] for r in results)
    bad = sum(len(r["memcheck_failed"]) for r in results)
    leaky = sum(r["leaks"] for r in results)
    inc = sum(len(r["incomplete"]) for r in results)
    summary = (f"valgrind_suite: {len(results)} tests in {wall / 60:.1f} min wall "
               f"({sum(r['seconds'] for r in results) / 60:.1f} min of test time), "
               f"{procs} processes checked: {bad} with memory errors or leaks "
               f"({leaky} with leaks), {inc} logs without summary (exec or SIGKILL); "
               f"{len(results) - len(failed)} tests passed, {len(failed)} failed"
               + (": " + ", ".join(r["test"] for r in failed) if failed else ""))
    print(summary)
    with open(os.path.join(mc, "summary.txt"), "w") as f:
        f.write(summary + "\n")
        for r in sorted(results, key=lambda r: r["test"]):
            f.write(f"{'PASS' if r['ok'] else 'FAIL'} {r['test']} {r['seconds']} s "
                    f"{r['processes']} processes\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
