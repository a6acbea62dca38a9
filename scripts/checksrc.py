#!/usr/bin/env python3
"""checksrc: the few source rules the tree keeps, checked (CTest lint/checksrc).

  scripts/checksrc.py [FILE...]    (no FILE: the project's own C sources)

Rules: lines of at most 120 characters; no tab; no trailing whitespace; an
assignment in an if/while condition only inside its own parentheses
(`if ((v = f()))`, the -Wparentheses spelling: a bare `if (a = b)` is a typo
until shown otherwise); every .c file begins with a comment saying its job.
Prints FILE:LINE: rule for each violation; exit 1 when there is one.
The analysed inputs (testcases/, samples/, analyzer/wdk/, test fixtures) are
not the project's code and are not checked.
"""
import os
import re
import subprocess
import sys

MAX_LINE = 120
ROOTS = ("analyzer/", "rules/", "tools/", "tests/")
SKIP = ("analyzer/wdk/", "/fixtures/", "/cases/", "tests/expect/selftest/", "tests/arch/cycle/",
        "tests/arch/checksrc/")
# Files other work owns right now (the shim, SARIF output, the pool model):
# their long lines wait for that work; every other rule holds for them.
LONG_LINES_OK = set()
NO_HEADER_OK = set()

COND = re.compile(r"\b(if|while)\s*\(")


def condition(text, start):
    """The text inside the parentheses opening at start, or None if unclosed on the line."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    return None


def bare_assignment(cond):
    """1 when cond has a top-level '=' that is no comparison (strings and chars blanked)."""
    cond = re.sub(r'"(\\.|[^"\\])*"', '""', cond)
    cond = re.sub(r"'(\\.|[^'\\])*'", "''", cond)
    depth = 0
    for i, c in enumerate(cond):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "=" and depth == 0:
            before = cond[i - 1] if i else ""
            after = cond[i + 1] if i + 1 < len(cond) else ""
            if after == "=" or before in "=!<>":
                continue
            return True
    return False


def check(path, shown):
    problems = []
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    lines = text.split("\n")
    for n, line in enumerate(lines, 1):
        if len(line) > MAX_LINE and shown not in LONG_LINES_OK:
            problems.append(f"{shown}:{n}: line of {len(line)} characters (at most {MAX_LINE})")
        if "\t" in line:
            problems.append(f"{shown}:{n}: tab")
        if line != line.rstrip():
            problems.append(f"{shown}:{n}: trailing whitespace")
        stripped = line.lstrip()
        if stripped.startswith(("//", "/*", "*", "#")):
            continue
        for m in COND.finditer(line):
            cond = condition(line, m.end() - 1)
            if cond is not None and bare_assignment(cond):
                problems.append(f"{shown}:{n}: assignment in the {m.group(1)} condition "
                                "(wrap it in its own parentheses if meant)")
    if shown.endswith(".c") and shown not in NO_HEADER_OK and not text.lstrip().startswith(("/*", "//")):
        problems.append(f"{shown}:1: no leading comment saying what the file is for")
    return problems


def project_files(root):
    out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--", "*.c", "*.h"],
                         capture_output=True, check=True).stdout.decode()
    return [f for f in out.split("\0")
            if f.startswith(ROOTS) and not any(s in f for s in SKIP)]


def main(argv):
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if len(argv) > 1:
        files = [(a, a) for a in argv[1:]]
    else:
        files = [(os.path.join(root, f), f) for f in project_files(root)]
    problems = []
    for path, shown in files:
        problems += check(path, shown)
    for p in problems:
        print(p)
    if problems:
        print(f"checksrc: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
