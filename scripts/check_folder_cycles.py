#!/usr/bin/env python3
"""Fails when the components of the source tree include each other in a cycle.

Reads every #include "..." of the C files under ROOT (default: the repository)
and maps each file to its component: its folder relative to ROOT, except that
analyzer/ itself holds two (COMPONENTS below). An include from one component
into another is an edge; a cycle of edges is an error (exit 1), printed with
one include line per edge. docs/architecture.md shows the intended order.
A header named *_internal.h belongs to its folder: an include of one from
another folder is an error too.

    scripts/check_folder_cycles.py [ROOT]
"""
import os
import re
import sys

# Folders scanned, relative to ROOT; a tree without them (a test fixture) is
# scanned whole. analyzer/wdk holds stand-ins for Windows headers (input of
# the analyser, not its code).
SCANNED = ["analyzer", "rules", "tools"]
SKIPPED = {"analyzer/wdk", "tools/bench"}
# Folders searched for "x.h" after the including file's own folder, as the
# build's include path does (analyzer/CMakeLists.txt).
SEARCH = ["analyzer", "analyzer/model", "rules"]
# analyzer/ holds two components: the base every other one uses (the IR types
# and small utilities; pt_base in analyzer/CMakeLists.txt) and the frontend
# and driver above everything else.
BASE = {"arena", "content_hash", "finding", "hash", "ir", "json_write", "path_ci", "safe_io", "strmap", "util"}
COMPONENTS = {"analyzer": lambda name: "analyzer (base)" if name in BASE else "analyzer (frontend, driver)"}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def component(rel):
    folder, name = os.path.split(rel)
    stem = name.split(".")[0]
    split = COMPONENTS.get(folder)
    return split(stem) if split else folder or "."


def source_files(root):
    tops = [d for d in SCANNED if os.path.isdir(os.path.join(root, d))] or ["."]
    for top in tops:
        for d, subdirs, files in os.walk(os.path.join(root, top)):
            rel_dir = os.path.relpath(d, root)
            subdirs[:] = sorted(s for s in subdirs
                                if os.path.normpath(os.path.join(rel_dir, s)) not in SKIPPED)
            for f in sorted(files):
                if f.endswith((".c", ".h", ".def")):
                    yield os.path.normpath(os.path.join(rel_dir, f))


def resolve(root, rel, target, by_name):
    for d in [os.path.dirname(rel)] + SEARCH:
        cand = os.path.normpath(os.path.join(d, target))
        if os.path.isfile(os.path.join(root, cand)):
            return cand
    found = by_name.get(os.path.basename(target), [])
    return found[0] if len(found) == 1 else None   # a system or unknown header


def edges(root):
    files = list(source_files(root))
    by_name = {}
    for f in files:
        by_name.setdefault(os.path.basename(f), []).append(f)
    out = {}   # (from, to) -> first include seen
    leaks = []  # includes of another folder's *_internal.h
    for rel in files:
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as fh:
            for lineno, line in enumerate(fh, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                dep = resolve(root, rel, m.group(1), by_name)
                if not dep:
                    continue
                if dep.endswith("_internal.h") and os.path.dirname(dep) != os.path.dirname(rel):
                    leaks.append(f"{rel}:{lineno}: #include \"{m.group(1)}\" is internal to {os.path.dirname(dep)}/")
                a, b = component(rel), component(dep)
                if a != b:
                    out.setdefault((a, b), f"{rel}:{lineno}: #include \"{m.group(1)}\" ({dep})")
    return out, leaks


def cycles(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, result, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            scc = []
            while True:
                w = stack.pop()
                on.discard(w)
                scc.append(w)
                if w == v:
                    break
            if len(scc) > 1:
                result.append(sorted(scc))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    found, leaks = edges(root)
    graph = {}
    for a, b in found:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    bad = cycles(graph)
    for scc in bad:
        print("include cycle between components: " + ", ".join(scc))
        for (a, b), where in sorted(found.items()):
            if a in scc and b in scc:
                print(f"  {a} -> {b}: {where}")
    for leak in leaks:
        print(leak)
    if bad or leaks:
        return 1
    for a in sorted(graph):
        deps = sorted(graph[a])
        print(f"{a} -> {', '.join(deps) if deps else '(nothing)'}")
    print("no include cycle between components")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
