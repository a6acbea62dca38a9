"""The bench learns clang's arguments from the analyzer's own libclang log:
every TU of a run must be found, and pooltrack's shared precompiled header
must not reach the peers' command lines (they would then parse nothing)."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, sys.argv[1])
import ptbench as pb   # noqa: E402

t = tempfile.mkdtemp()
fails = 0
subprocess.run([os.path.join(sys.argv[1], "gen-corpus"), t, "3"], check=True, stdout=subprocess.DEVNULL)
# one worker: workers share stderr, and log lines written at once interleave
r = pb.run([sys.argv[2], "-p", t, "--cache-dir", t + "/cache", "-j", "1", "--quiet", "--format", "json",
            "-o", os.devnull], env=dict(os.environ, **pb.LOG_ENV))
args = pb.logged_args(r.err)
units = sorted(os.path.join(t, "src", s) for s in os.listdir(os.path.join(t, "src")))
if sorted(a for a in args if a in units) != units:
    print("FAIL arguments found for %s of %s" % (sorted(args), units))
    fails += 1
if "-include-pch" not in r.err:
    print("FAIL the run loaded no shared precompiled header (the check below would be void)")
    fails += 1
if any("-include-pch" in a for a in args.values()):
    print("FAIL -include-pch reached the peers' arguments")
    fails += 1
shutil.rmtree(t)
print("capture: %d failed" % fails)
sys.exit(1 if fails else 0)
