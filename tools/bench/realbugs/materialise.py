#!/usr/bin/env python3
"""Write the buggy and the fixed version of every manifest entry, with a compile database each.

    materialise.py --mirrors DIR --out OUT [--manifest F] [--only ID,ID] [--force]

For each entry, OUT/<id>/buggy/ and OUT/<id>/fixed/ receive `git archive` of the
entry's source tree at the fix commit's parent and at the fix commit (from the bare
mirror DIR/<owner>+<name>, or the entry's `mirror`), plus the repository's common
header folders, stub headers the manifest spells out, and a compile_commands.json
listing every C/C++ file of the bug's folder (the bug's file first) with the
include folders and defines of the manifest. OUT/<id>/entry.json is the entry with
the paths filled in. Nothing is fetched; a missing mirror or commit is reported and
the entry skipped. Python 3 standard library only.
"""
import argparse
import io
import json
import os
import posixpath
import shutil
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_EXT = (".c", ".cpp", ".cc", ".cxx")


def git(gitdir, *args, binary=False):
    r = subprocess.run(["git", "--git-dir", gitdir] + list(args), capture_output=True)
    if r.returncode != 0:
        raise RuntimeError("git %s: %s" % (" ".join(args[:2]), r.stderr.decode(errors="replace").strip()[:300]))
    return r.stdout if binary else r.stdout.decode(errors="replace")


def mirror_dir(mirrors, entry):
    name = entry.get("mirror") or entry["repository"].replace("/", "+")
    for cand in (os.path.join(mirrors, name, "repo"), os.path.join(mirrors, name)):
        if os.path.isdir(cand) and (os.path.exists(os.path.join(cand, "HEAD")) or os.path.isdir(os.path.join(cand, ".git"))):
            return cand if os.path.exists(os.path.join(cand, "HEAD")) else os.path.join(cand, ".git")
    return None


def tree_paths(entry, repo_cfg):
    """The folders to extract: the entry's `tree`, else the bug's folder (or its
    parent when the repository says `tree_up` levels), plus the common folders."""
    d = posixpath.dirname(entry["file"])
    if "tree" in entry:
        paths = list(entry["tree"])
    else:
        up = repo_cfg.get("tree_up", 0)
        depth_min = repo_cfg.get("tree_up_min_depth", 0)
        t = d
        for _ in range(up):
            if len(t.split("/")) > depth_min:
                t = posixpath.dirname(t)
        paths = [t]
    return paths + list(repo_cfg.get("common_tree", []))


def extract(gitdir, commit, paths, dest):
    """git archive of the paths that exist at commit; a blob the snapshot lacks is
    skipped (and counted), not fatal."""
    have = []
    for p in paths:
        if git(gitdir, "ls-tree", commit, "--", p).strip():
            have.append(p)
    missing = 0
    if not have:
        return 0, missing
    r = subprocess.run(["git", "--git-dir", gitdir, "archive", "--format=tar", commit, "--"] + have,
                       capture_output=True)
    if r.returncode == 0:
        with tarfile.open(fileobj=io.BytesIO(r.stdout)) as tf:
            members = [m for m in tf.getmembers() if m.isfile() or m.isdir()]
            tf.extractall(dest, members=members)
            return len([m for m in members if m.isfile()]), missing
    # a partial snapshot: copy file by file
    n = 0
    for line in git(gitdir, "ls-tree", "-r", commit, "--", *have).splitlines():
        meta, path = line.split("\t", 1)
        mode, typ, sha = meta.split()
        if typ != "blob" or mode == "120000":
            continue
        try:
            data = git(gitdir, "cat-file", "blob", sha, binary=True)
        except RuntimeError:
            missing += 1
            continue
        out = os.path.join(dest, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(data)
        n += 1
    return n, missing


def include_dirs(root, entry, repo_cfg):
    """The bug's folder, every folder named include/inc under the extracted driver
    tree, the repository's listed include folders, the stub folder."""
    d = posixpath.dirname(entry["file"])
    dirs = [os.path.join(root, d)]
    for t in tree_paths(entry, repo_cfg)[:1] if "tree" not in entry else entry["tree"]:
        base = os.path.join(root, t)
        if os.path.isdir(base):
            dirs.append(base)
        for cur, subdirs, _ in os.walk(base):
            for s in sorted(subdirs):
                if s.lower() in ("include", "inc"):
                    dirs.append(os.path.join(cur, s))
    for inc in list(repo_cfg.get("include", [])) + list(entry.get("include", [])):
        p = os.path.join(root, inc)
        if os.path.isdir(p):
            dirs.append(p)
    dirs.append(os.path.join(root, "_stub"))
    for sub in repo_cfg.get("overlay_include", []):
        if os.path.isdir(os.path.join(root, "_stub", sub)):
            dirs.append(os.path.join(root, "_stub", sub))
    seen, out = set(), []
    for x in dirs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def write_version(gitdir, commit, entry, repo_cfg, dest):
    os.makedirs(dest, exist_ok=True)
    nfiles, missing = extract(gitdir, commit, tree_paths(entry, repo_cfg), dest)
    stub = os.path.join(dest, "_stub")
    os.makedirs(stub, exist_ok=True)
    for name, text in repo_cfg.get("stub_headers", {}).items():
        with open(os.path.join(stub, name), "w") as f:
            f.write(text + "\n")
    # headers of the project's own SDK the analyzer's WDK lacks, placed under
    # _stub/<name> so that only they (not the whole SDK) shadow nothing else
    for name, src in repo_cfg.get("overlay", {}).items():
        tmp = os.path.join(dest, "_overlay_tmp")
        n, _ = extract(gitdir, commit, [src], tmp)
        if n:
            target_path = os.path.join(stub, name)
            os.makedirs(os.path.dirname(target_path), exist_ok=True)
            if os.path.exists(target_path):
                shutil.rmtree(target_path) if os.path.isdir(target_path) else os.remove(target_path)
            shutil.move(os.path.join(tmp, src), target_path)
        shutil.rmtree(tmp, ignore_errors=True)
    target = os.path.join(dest, entry["file"])
    if not os.path.isfile(target):
        raise RuntimeError("%s not in %s at %s" % (entry["file"], entry["repository"], commit[:12]))
    folder = os.path.dirname(target)
    incs = include_dirs(dest, entry, repo_cfg)
    defines = list(repo_cfg.get("defines", [])) + list(entry.get("defines", []))
    files = [target] + sorted(os.path.join(folder, f) for f in os.listdir(folder)
                              if f.endswith(SOURCE_EXT) and os.path.join(folder, f) != target)
    db = []
    for f in files:
        args = ["cl.exe", "/c"] + ["/I" + i for i in incs] + ["/D" + d for d in defines] + [os.path.basename(f)]
        db.append({"directory": folder, "file": f, "arguments": args})
    with open(os.path.join(dest, "compile_commands.json"), "w") as fo:
        json.dump(db, fo, indent=1)
    return nfiles, missing


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirrors", required=True, help="folder of bare mirrors named owner+name (or owner+name/repo)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"))
    ap.add_argument("--only", help="comma-separated entry ids")
    ap.add_argument("--force", action="store_true", help="rewrite entries already written")
    a = ap.parse_args()
    man = json.load(open(a.manifest))
    only = set(a.only.split(",")) if a.only else None
    os.makedirs(a.out, exist_ok=True)
    done = skipped = 0
    for e in man["entries"]:
        if only and e["id"] not in only:
            continue
        outdir = os.path.join(a.out, e["id"])
        if os.path.exists(os.path.join(outdir, "entry.json")) and not a.force:
            done += 1
            continue
        gd = mirror_dir(a.mirrors, e)
        if not gd:
            print("skip %s: no mirror of %s under %s" % (e["id"], e["repository"], a.mirrors), file=sys.stderr)
            skipped += 1
            continue
        cfg = man.get("repositories", {}).get(e["repository"], {})
        try:
            parent = e.get("parent_commit") or git(gd, "rev-parse", e["fix_commit"] + "^").strip()
            if os.path.exists(outdir):
                shutil.rmtree(outdir)
            nb, mb = write_version(gd, parent, e, cfg, os.path.join(outdir, "buggy"))
            nf, mf = write_version(gd, e["fix_commit"], e, cfg, os.path.join(outdir, "fixed"))
        except (RuntimeError, OSError, tarfile.TarError) as ex:
            print("skip %s: %s" % (e["id"], ex), file=sys.stderr)
            skipped += 1
            continue
        info = dict(e)
        info["parent_commit"] = parent
        info["buggy_root"] = os.path.join(outdir, "buggy")
        info["fixed_root"] = os.path.join(outdir, "fixed")
        info["files_extracted"] = [nb, nf]
        info["blobs_missing"] = [mb, mf]
        with open(os.path.join(outdir, "entry.json"), "w") as f:
            json.dump(info, f, indent=1)
        done += 1
        print("%-40s %5d + %5d files%s" % (e["id"], nb, nf, "  (%d blobs missing)" % (mb + mf) if mb + mf else ""))
    print("materialised %d, skipped %d" % (done, skipped))
    return 1 if skipped and not done else 0


if __name__ == "__main__":
    sys.exit(main())
