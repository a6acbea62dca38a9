/* A unit: what the per-TU step (parse + lower) leaves for the link step, as one
 * JSON file: the TU's IR, its notifications, and the files it read (with size,
 * time and content hash, so a cache can tell when it is stale). Units are
 * written by worker processes, kept in the cache, or made on other machines
 * (--summaries-only) and linked later (--link). */
#ifndef PT_UNIT_H
#define PT_UNIT_H
#include <stdint.h>
#include "arena.h"
#include "content_hash.h"
#include "finding.h"
#include "ir.h"

/* 2: keys and content hashes are XXH3-128 (32 hex digits); units of format 1
 * are not read, so an old cache is all misses. */
#define PT_UNIT_FORMAT 2

struct pt_dep {
    char *path;
    int64_t size, mtime_ns;
    struct pt_digest hash;      /* of the content */
};

struct pt_unit {
    char *file, *directory;     /* the TU and its compile directory */
    char *driver;               /* the driver it builds (pt_tu_project), NULL: its directory's */
    char *key;                  /* cache key (hex): tool, file, arguments */
    char *error;                /* one line when the TU could not be analysed at all */
    int parsed_with_pch;        /* its headers came from a shared precompiled header */
    unsigned header_errors;     /* parse errors outside the main file */
    struct pt_dep *deps;
    size_t ndeps;
    struct pt_results notes;    /* notifications only */
    struct pt_arena arena;      /* expressions and strings of ir */
    struct pt_tu_ir ir;
    int has_ir;                 /* ir is in memory (pt_unit_drop_ir lets it go) */
    size_t bytes;               /* size of the unit file */
    struct pt_digest text_hash; /* of the unit file: a unit read again must be the same */
};

/* A unit file larger than this is not read (a planted sparse file). */
#define PT_UNIT_MAX_BYTES ((size_t)1 << 30)

/* Writes atomically (a new private file renamed over path, never through a
 * symlink), with the MAC of cache_auth.h. Returns 0 or -1 (the reason on stderr). */
int pt_unit_write(const char *path, const struct pt_unit *u);
/* Returns 0, or -1 with a one-line reason in err (unreadable, a symlink, not a
 * regular file, too large, not JSON, not a unit of this format, damaged IR).
 * Units given to --link: any unit, MAC or not. */
int pt_unit_read(const char *path, struct pt_unit *u, char *err, size_t errlen);
/* The same for a cache: only a unit whose MAC verifies under this user's key. */
int pt_unit_read_cached(const char *path, struct pt_unit *u, char *err, size_t errlen);
/* The deps' hashes, sizes and times from the file system now. */
void pt_unit_stat_deps(struct pt_unit *u, char **paths, size_t n);
/* 1 when every dep is still a regular file with its recorded size and content. */
int pt_unit_deps_current(const struct pt_unit *u);
/* 1 when file is among the deps: a unit of a TU that does not list the TU's
 * own source is not complete, and never current. */
int pt_unit_lists_dep(const struct pt_unit *u, const char *file);
void pt_unit_free(struct pt_unit *u);
/* A file name a --link folder offers as a unit: "*.unit.json". */
int pt_unit_file_name(const char *name);
/* Frees the IR and keeps the rest (file, key, deps, notes). */
void pt_unit_drop_ir(struct pt_unit *u);
/* Reads the IR again from path; -1 with a reason when the file cannot be read
 * or is no longer the unit first read (another key, other content). */
int pt_unit_reload_ir(const char *path, struct pt_unit *u, char *err, size_t errlen);

#endif
