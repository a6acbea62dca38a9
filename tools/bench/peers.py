"""The peers' diagnostics mapped to our rules. A diagnostic this maps to no
rule is kept as "other" (reported, not scored). A finding is (file, line, rule)
with file relative to the case folder."""
import re

import ptbench as pb

# What each tool can express at all with the model it is given; recall on the
# other rules is "n/a", not 0.
COVERS = {
    "pooltrack": {"PT001", "PT002", "PT003", "PT004", "PT005", "PT006", "PT007", "PT008", "PT009", "PT010"},
    # ownership attributes: one "malloc" family, no tags, no locked pages
    "clang": {"PT005", "PT008"},
    # windows.cfg: alloc/dealloc families (pool, MDL, IRP, contiguous, lookaside), no tags
    "cppcheck": {"PT005", "PT008", "PT009"},
}

CLANG_MAP = [
    (re.compile(r"^Potential (leak of memory|memory leak)"), "PT005"),
    (re.compile(r"^Attempt to free released memory"), "PT008"),
    (re.compile(r"^Argument to free\(\) is|should be deallocated by|^Attempt to free non-owned"), "PT009"),
]
CPPCHECK_MAP = {
    "memleak": "PT005", "memleakOnRealloc": "PT005", "leakReturnValNotUsed": "PT005",
    "leakNoVarFunctionCall": "PT005", "doubleFree": "PT008", "mismatchAllocDealloc": "PT009",
}
# cppcheck stops checking a file at these (SAL macros it does not know, ...)
CPPCHECK_BAIL = {"unknownMacro", "syntaxError", "preprocessorErrorDirective"}
_DIAG = re.compile(r"^(.+?):(\d+):\d+: (warning|error|note|fatal error): (.*)$")


def _rel(case_dir, path):
    import os
    p = os.path.normpath(os.path.join(case_dir, path))
    return os.path.relpath(p, case_dir) if p.startswith(case_dir.rstrip("/") + "/") else None


def parse_clang(text, case_dir):
    """-analyzer-output=text: a leak is placed at its 'Memory is allocated'
    note (our PT005 is reported at the allocation), the rest at the warning."""
    found, other, errors, cur = [], [], 0, None
    for line in text.splitlines():
        m = _DIAG.match(line)
        if not m:
            continue
        f, ln, kind, msg = _rel(case_dir, m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        if kind in ("error", "fatal error"):
            errors += 1
            continue
        if kind == "warning":
            cur = None
            rule = next((r for rx, r in CLANG_MAP if rx.search(msg)), None)
            if f is None:
                continue
            if rule is None:
                other.append((f, ln, msg))
                continue
            cur = [f, ln, rule]
            found.append(cur)
        elif kind == "note" and cur is not None and cur[2] == "PT005" and msg.startswith("Memory is allocated"):
            if f is not None:
                cur[0], cur[1] = f, ln
            cur = None
    return [tuple(x) for x in found], other, errors


def _alloc_line(case_dir, f, line, var):
    """cppcheck reports a leak where it happens (scope end, return, or the
    assignment that overwrites the pointer); our rule reports the allocation:
    the nearest assignment to the variable before that line, moved on to the
    allocator's name when the call starts on a later line."""
    import os
    try:
        lines = open(os.path.join(case_dir, f), errors="replace").read().split("\n")
    except OSError:
        return line
    rx = re.compile(r"(^|[^\w.>])" + re.escape(var) + r"\s*=[^=]")
    for i in range(min(line - 1, len(lines)) - 1, -1, -1):
        if rx.search(lines[i]):
            for j in range(i, min(i + 3, len(lines))):
                if "Allocate" in lines[j]:
                    return j + 1
            return i + 1
    return line


def parse_cppcheck(text, case_dir):
    found, other = [], []
    for line in text.splitlines():
        parts = line.split(":", 3)
        if len(parts) < 4 or not parts[1].isdigit():
            continue
        f, ln, cid, msg = _rel(case_dir, parts[0]), int(parts[1]), parts[2], parts[3]
        if f is None:
            continue
        rule = CPPCHECK_MAP.get(cid)
        if rule is None:
            other.append((f, ln, cid))
            continue
        if rule == "PT005":
            m = re.search(r"Memory leak: ([\w.>-]+)", msg)
            if m:
                ln = _alloc_line(case_dir, f, ln, m.group(1).split(".")[-1].split(">")[-1])
        found.append((f, ln, rule))
    return found, other


def run_clang(clang, cargs, case_dir, files, work):
    errors = 0
    found, other = [], []
    for src in files:
        if src not in cargs:
            errors += 1
            continue
        ov = work + "/overlay.yaml"
        pb.write_overlay(ov, src, cargs[src], pb.wdk_include(cargs[src]))
        r = pb.run([clang] + pb.clang_args(cargs[src], src, ov) + pb.CSA_FLAGS + ["-o", "/dev/null", src])
        fnd, oth, err = parse_clang(r.err, case_dir)
        found += fnd
        other += oth
        errors += 1 if err else 0
    return found, other, errors


def run_cppcheck(cargs, case_dir, files):
    first = next((cargs[f] for f in files if f in cargs), [])
    r = pb.run(pb.cppcheck_argv(first, files[0])[:-1] + files)
    return parse_cppcheck(r.err, case_dir)
