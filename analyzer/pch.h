/* Shared precompiled headers. Driver sources begin with the same system
 * includes (<ntddk.h>, <wdf.h>, <ndis.h>...), and parsing those headers is most
 * of a TU's cost. TUs whose main file begins with the same #include lines
 * (<ntddk.h>, or the project's "precomp.h", as MSVC's /Yu would precompile)
 * and that have the same arguments share one precompiled header: a job
 * of its own builds it (pt_fe_build_pch), the TUs load it (-include-pch).
 *
 * In a PCH folder, per key: KEY.h (the include lines), KEY.pch, and KEY.deps,
 * the files the PCH read with their sizes and times. A PCH is used only when
 * every header it read is unchanged and each included header is guarded
 * (`#pragma once` or an include guard), so that the main file's own #include
 * of it reads nothing again; clang checks the files once more when it loads
 * the PCH, and a TU whose PCH does not load is parsed without it. */
#ifndef PT_PCH_H
#define PT_PCH_H
#include <stddef.h>
#include "compdb.h"

/* The leading #include lines of tu's main file (comments, blank lines and
 * `#pragma warning` between them allowed), normalised to one line each:
 * "#include <a.h>", or "#include "/abs/precomp.h"" with the file a quoted name
 * leads to. NULL when the file begins with anything else. */
char *pt_pch_prefix(const struct pt_tu *tu);
/* 32 hex digits (XXH3-128): the prefix, the arguments and the libclang version. */
char *pt_pch_key(const struct pt_tu *tu, const char *prefix);

/* Which TUs share a PCH: those with the same arguments and the same first
 * include line; the PCH holds the include lines all of them begin with. A
 * run over some files of a database groups the whole database, so that the
 * PCH a cache keeps is the one the next run wants. */
struct pt_pch_groups;
struct pt_pch_groups *pt_pch_groups_new(const struct pt_tu *tus, size_t n);
/* The include lines tu's PCH holds, or NULL when fewer than min_share TUs
 * of its group (tu included) have them (owned by groups). */
const char *pt_pch_groups_prefix(const struct pt_pch_groups *g, const struct pt_tu *tu, size_t min_share);
void pt_pch_groups_free(struct pt_pch_groups *g);

enum pt_pch_state { PT_PCH_MISSING, PT_PCH_READY, PT_PCH_UNUSABLE };
/* What DIR/KEY.* holds now: READY when the PCH exists and every file in its
 * deps is unchanged; UNUSABLE when a build found it cannot be shared (the
 * reason is in the deps file) and its files are unchanged; else MISSING. */
enum pt_pch_state pt_pch_state(const char *dir, const char *key);

/* DIR/KEY.deps: "ok" or "unusable: why" on the first line, then one
 * "SIZE MTIME_NS PATH" line per file. Returns 0 or -1. */
int pt_pch_write_deps(const char *dir, const char *key, const char *unusable, char **paths, size_t n);
/* The paths of DIR/KEY.deps (the caller frees each and the array); 0 if none. */
size_t pt_pch_read_deps(const char *dir, const char *key, char ***paths);
/* DIR/KEY.SUFFIX; the caller frees it. */
char *pt_pch_file(const char *dir, const char *key, const char *suffix);

#endif
