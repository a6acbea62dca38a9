"""realbugs: materialise.py and score.py on a synthetic git history (no network,
no third-party code): one driver file, a buggy commit and its fix, a one-entry
manifest; the analyzer must find the leak in the buggy version and not in the fix."""
import json
import os
import subprocess
import sys
import tempfile

tools, analyzer = sys.argv[1], sys.argv[2]
fails = 0


def check(what, cond):
    global fails
    if not cond:
        print("FAIL " + what)
        fails += 1


BUGGY = """#include <ntddk.h>
#include "drv.h"

NTSTATUS ReadThing(PDEVICE_OBJECT Dev, ULONG Size)
{
    PVOID Buffer;
    NTSTATUS Status;

    Buffer = ExAllocatePoolWithTag(NonPagedPool, Size, DRV_TAG);
    if (Buffer == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    Status = Dev ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
    if (!NT_SUCCESS(Status))
        return Status;
    RtlZeroMemory(Buffer, Size);
    ExFreePoolWithTag(Buffer, DRV_TAG);
    return STATUS_SUCCESS;
}
"""
FIXED = BUGGY.replace("    if (!NT_SUCCESS(Status))\n        return Status;\n",
                      "    if (!NT_SUCCESS(Status))\n    {\n        ExFreePoolWithTag(Buffer, DRV_TAG);\n"
                      "        return Status;\n    }\n")
assert FIXED != BUGGY

t = tempfile.mkdtemp()
src = os.path.join(t, "src")
os.makedirs(os.path.join(src, "drivers", "demo", "inc"))
env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t", GIT_COMMITTER_NAME="t",
           GIT_COMMITTER_EMAIL="t@t", GIT_CONFIG_NOSYSTEM="1", HOME=t)


def git(*a, cwd=src):
    return subprocess.run(["git"] + list(a), cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


git("init", "-q")
with open(os.path.join(src, "drivers", "demo", "inc", "drv.h"), "w") as f:
    f.write("#define DRV_TAG 'omeD'\n")
with open(os.path.join(src, "drivers", "demo", "read.c"), "w") as f:
    f.write(BUGGY)
git("add", "-A")
git("commit", "-qm", "demo driver")
parent = git("rev-parse", "HEAD")
with open(os.path.join(src, "drivers", "demo", "read.c"), "w") as f:
    f.write(FIXED)
git("commit", "-qam", "demo: free Buffer when the status check fails")
fix = git("rev-parse", "HEAD")
mirrors = os.path.join(t, "mirrors")
os.makedirs(mirrors)
git("clone", "-q", "--bare", src, os.path.join(mirrors, "example+demo"), cwd=t)

manifest = os.path.join(t, "manifest.json")
json.dump({"format": 1, "repositories": {"example/demo": {"include": []}},
           "entries": [{"id": "demo-read", "repository": "example/demo", "fix_commit": fix,
                        "file": "drivers/demo/read.c", "function": "ReadThing", "line": 9,
                        "kind": "leak-error-path", "rule": "PT005",
                        "description": "Buffer is not freed when the status check fails."}]},
          open(manifest, "w"))
out = os.path.join(t, "out")
r = subprocess.run([sys.executable, os.path.join(tools, "realbugs", "materialise.py"), "--mirrors", mirrors,
                    "--out", out, "--manifest", manifest], capture_output=True, text=True)
check("materialise exits 0: " + r.stderr, r.returncode == 0)
entry = json.load(open(os.path.join(out, "demo-read", "entry.json")))
check("parent filled in", entry["parent_commit"] == parent)
for v, text in (("buggy", BUGGY), ("fixed", FIXED)):
    check(v + " file written", open(os.path.join(out, "demo-read", v, "drivers", "demo", "read.c")).read() == text)
    db = json.load(open(os.path.join(out, "demo-read", v, "compile_commands.json")))
    check(v + " database: the bug's file first", db and db[0]["file"].endswith("drivers/demo/read.c"))
    check(v + " database: the inc folder", any(a.endswith(os.path.join("drivers", "demo", "inc"))
                                                for a in db[0]["arguments"]))

fj = os.path.join(t, "score.json")
r = subprocess.run([sys.executable, os.path.join(tools, "realbugs", "score.py"), "--out", out, "--manifest", manifest,
                    "--analyzer", analyzer, "--json", fj], capture_output=True, text=True)
check("score exits 0: " + r.stderr, r.returncode == 0)
s = json.load(open(fj))
res = s["results"][0]
check("found in the buggy version: %s" % res, res["result"] == "found")
check("function path-analysed", res["analysed"] is True)
check("line carried into the fixed version", res["fixed_line"] == 9)
check("fixed version quieter", res["fixed_quieter"] is True)
check("control silent", res["control_silent"] is True)
sm = s["summary"]
check("figures: %s" % sm, sm["entries"] == 1 and sm["found"] == 1 and sm["recall"] == 100.0 and
      sm["precision_on_controls"] == 100.0 and sm["coverage_miss"] == 0 and sm["engine_miss"] == 0 and
      sm["by_kind"]["leak-error-path"]["recall"] == 100.0)
check("per-entry line printed", "demo-read" in r.stdout and "found" in r.stdout)

# a manifest line off by more than 3 is not a line match, but the same function is
json.dump({"format": 1, "repositories": {},
           "entries": [dict(json.load(open(manifest))["entries"][0], line=17)]}, open(manifest, "w"))
e = json.load(open(os.path.join(out, "demo-read", "entry.json")))
e["line"] = 17
json.dump(e, open(os.path.join(out, "demo-read", "entry.json"), "w"))
r = subprocess.run([sys.executable, os.path.join(tools, "realbugs", "score.py"), "--out", out, "--manifest", manifest,
                    "--analyzer", analyzer, "--json", fj], capture_output=True, text=True)
s = json.load(open(fj))
check("far line: found-in-function, strict recall 0", s["results"][0]["result"] == "found-in-function" and
      s["summary"]["recall"] == 0.0 and s["summary"]["recall_lenient"] == 100.0)

# an entry marked not_a_control (its fixed version keeps other true findings) is no control
json.dump({"format": 1, "repositories": {},
           "entries": [dict(json.load(open(manifest))["entries"][0], not_a_control="fixed later upstream")]},
          open(manifest, "w"))
r = subprocess.run([sys.executable, os.path.join(tools, "realbugs", "score.py"), "--out", out, "--manifest", manifest,
                    "--analyzer", analyzer, "--json", fj], capture_output=True, text=True)
s = json.load(open(fj))
check("not_a_control: no control counted: %s" % s["summary"],
      "control_silent" not in s["results"][0] and s["summary"]["controls"] == 0 and "not counted" in r.stdout)

print("realbugs: %d failure(s)" % fails)
sys.exit(1 if fails else 0)
