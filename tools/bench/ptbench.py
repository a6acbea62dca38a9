"""Shared by the bench scripts: run a command and measure it, read a compile
database, and learn the exact clang arguments pooltrack-analyze parses with."""
import json
import os
import re
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MINGW = os.environ.get("PT_MINGW_ROOT", "/usr/x86_64-w64-mingw32") + "/include"


class Run:
    """One measured process: wall and CPU seconds, peak RSS (MB) of the
    largest process of its tree (wait4 reports descendants it waited for)."""
    def __init__(self, rc, wall, cpu, rss_mb, out, err):
        self.rc, self.wall, self.cpu, self.rss_mb = rc, wall, cpu, rss_mb
        self.out, self.err = out, err


def run(argv, cwd=None, env=None, stdin=subprocess.DEVNULL):
    # a copy of the analyzer (--build DIR) has no share/pooltrack/wdk beside
    # it: it reads this checkout's supplement
    env = dict(os.environ if env is None else env)
    env.setdefault("PT_WDK_DIR", os.path.join(REPO, "analyzer", "wdk"))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err, stdin=stdin)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(p.returncode, wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0,
                   out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def load_db(path):
    if os.path.isdir(path):
        path = os.path.join(path, "compile_commands.json")
    with open(path) as f:
        db = json.load(f)
    for e in db:
        if not os.path.isabs(e["file"]):
            e["file"] = os.path.normpath(os.path.join(e["directory"], e["file"]))
    return path, db


# libclang logs every clang_parseTranslationUnit with its full argument list
# when LIBCLANG_LOGGING is set: the analyzer needs no debug flag for this.
_LOG = re.compile(r"^\[libclang:clang_parseTranslationUnit2FullArgv: [0-9.]+\] (.+?): clang (.*)$")


# workers send their stderr to a log of their own unless asked not to
LOG_ENV = dict(LIBCLANG_LOGGING="1", PT_SHOW_PARSE_ERRORS="1")


def logged_args(stderr_text):
    """{file: [clang args]} from a run with LOG_ENV. The shared precompiled
    header is pooltrack's own speed-up: the peers parse the headers
    themselves, so -include-pch is left out."""
    args = {}
    for line in stderr_text.splitlines():
        m = _LOG.match(line)
        if m:
            a = m.group(2).split()   # paths with spaces: unsupported
            while "-include-pch" in a:
                i = a.index("-include-pch")
                del a[i:i + 2]
            args[m.group(1)] = a
    return args


def capture_args(analyzer, db_path, cache_dir, jobs=1):
    """{file: [clang args]} exactly as the analyzer passed them to libclang
    (the -ivfsoverlay file is per process and gone: callers replace it).
    One worker by default: workers share stderr, and two log lines written
    at once interleave.
    The run also fills cache_dir, so it doubles as the warm-up."""
    r = run([analyzer, "-p", db_path, "--cache-dir", cache_dir, "-j", str(jobs), "--quiet",
             "--format", "json", "-o", os.devnull], env=dict(os.environ, **LOG_ENV))
    return logged_args(r.err)


def _headers(d):
    try:
        names = os.listdir(d)
    except OSError:
        return []
    ext = (".h", ".hpp", ".hxx", ".inl", ".tmh", ".inc")
    return sorted(n for n in names if n.lower().endswith(ext))


def write_overlay(path, source, args, wdk_include):
    """The case-insensitive overlay analyzer/vfs_overlay.c writes for a TU
    (same roots, same entries), so clang pays the same VFS lookups."""
    src_dir = os.path.dirname(source)
    dirs = [src_dir]
    for i, a in enumerate(args[:-1]):
        if a in ("-I", "-isystem", "-iquote") and args[i + 1] != src_dir:
            dirs.append(args[i + 1])
    dirs += [wdk_include, MINGW + "/ddk", MINGW]
    empty = os.path.join(os.path.dirname(path), "empty.h")
    open(empty, "w").close()
    roots = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        files = [{"type": "file", "name": n, "external-contents": os.path.join(d, n)}
                 for n in _headers(d)]
        if d == src_dir:
            files += [{"type": "file", "name": t, "external-contents": empty}
                      for t in _missing_tmh(source, d)]
        roots.append({"type": "directory", "name": d, "contents": files})
    with open(path, "w") as f:
        json.dump({"version": 0, "case-sensitive": "false", "overlay-relative": False,
                   "fallthrough": True, "roots": roots}, f)


def _missing_tmh(source, d):
    try:
        text = open(source, errors="replace").read()
    except OSError:
        return []
    names = re.findall(r'#include\s*"([^"/]+\.tmh)"', text, re.I)
    return [n for n in names if not os.path.exists(os.path.join(d, n))]


def clang_args(captured, source, overlay):
    """The captured libclang arguments with our own overlay file."""
    out = list(captured)
    for i, a in enumerate(out[:-1]):
        if a == "-ivfsoverlay":
            out[i + 1] = overlay
    return out


def wdk_include(args):
    """The analyzer's supplement folder, read from its -include prelude."""
    for i, a in enumerate(args[:-1]):
        if a == "-include" and args[i + 1].endswith("pt_prelude.h"):
            return os.path.dirname(args[i + 1])
    return os.path.join(REPO, "analyzer", "wdk", "include")


def user_flags(args):
    """-I/-D/-U/-include of the project (after the analyzer's own -x c|c++),
    spelled for cppcheck, which must not see the analyzer's header setup."""
    try:
        start = args.index("-x") + 2
    except ValueError:
        start = 0
    out, i = [], start
    while i < len(args):
        a = args[i]
        if a in ("-I", "-D", "-U", "-include") and i + 1 < len(args):
            out.append("--include=" + args[i + 1] if a == "-include" else a + args[i + 1])
            i += 2
            continue
        if a[:2] in ("-I", "-D", "-U"):
            out.append(a)
        elif a == "-ivfsoverlay":
            i += 1
        i += 1
    return out


# clang --analyze with the pool API as malloc-family ownership: Optimistic
# makes MallocChecker honour ownership_returns/ownership_takes.
CSA_MODEL = os.path.join(HERE, "csa_pool_model.h")
CSA_FLAGS = ["-include", CSA_MODEL, "--analyze", "-Xclang", "-analyzer-config", "-Xclang",
             "unix.DynamicMemoryModeling:Optimistic=true", "-Xclang", "-analyzer-output=text"]


def cppcheck_argv(args, source):
    """cppcheck on the project's own flags only (it models the WDK through
    --library=windows, not through headers), one configuration; the
    language follows each file's extension."""
    return (["cppcheck", "--library=windows", "--platform=win64", "--quiet",
             "--template={file}:{line}:{id}:{message}", "-D_WIN64", "-D_AMD64_"]
            + user_flags(args) + [source])
