/* The per-run pipeline: the per-TU step (parse and lower, in worker processes,
 * skipped for TUs the cache holds) leaves one unit per TU; the link step
 * analyses all units' functions together and the rules report. */
#ifndef PT_RUN_H
#define PT_RUN_H
#include <stdio.h>
#include "compdb.h"
#include "config.h"
#include "finding.h"
#include "ir.h"
#include "pch.h"
#include "strmap.h"

struct pt_stats {
    unsigned tus, tus_failed, parse_errors, functions;
    unsigned tus_cached;         /* units reused from the cache: not parsed */
    unsigned calls_token_only;   /* pool calls seen only in tokens (the AST lost them) */
    unsigned functions_skipped;  /* functions with parse errors: no path findings */
    unsigned tus_pch;            /* TUs parsed with a shared precompiled header */
    unsigned pch_jobs, pch_failed;  /* precompiled headers built (or tried), failed */
    double pch_cpu_s;            /* CPU seconds of building them */
    struct pt_tu_time { char *file; double cpu_s, wall_s; } *times;   /* per TU parsed */
    size_t ntimes, cap_times;
    char **api_names;       /* pool API name -> count, sorted at the end */
    unsigned *api_counts;
    size_t napis, cap_apis;
    /* Functions of project headers: each file including the header has a
     * copy; a TU's stats keep them apart (hdr), the merge counts each once. */
    struct pt_hdr_count {
        char *key;                  /* "file:line" */
        unsigned skipped, token_only;
        struct pt_stats *calls;     /* its pool call sites (api_names/api_counts) */
    } *hdr;
    size_t nhdr, cap_hdr;
    struct pt_strmap header_funcs;  /* keys merged so far */
};

enum { PT_PROGRESS_TTY = 1, PT_PROGRESS_LOG = 2 };

struct pt_run_opts {
    int dump_ir;            /* print the IR to stderr */
    unsigned max_visits;
    int progress;           /* PT_PROGRESS_TTY: after a second, one line redrawn on stderr;
                               PT_PROGRESS_LOG: after ten, a line per tenth of the files; 0 none */
    unsigned jobs;          /* worker processes, >= 1 */
    const char *cache_dir;  /* NULL: no cache */
    double tu_timeout;      /* seconds per TU, 0 = none */
    size_t tu_memory_mb;    /* per worker, 0 = none */
    const char *units_out;  /* --summaries-only: write units here, no link */
    unsigned shard_k, shard_n;  /* --shard K/N (1-based); n = 0: all */
    int no_pch;             /* --no-pch: no shared precompiled headers */
    const char *pch_dir;    /* --pch-dir: where they are kept; NULL: CACHE/pch or the run's own */
    const struct pt_pch_groups *pch_groups;  /* who shares a PCH, from the whole database
                                                before a selection; NULL: from db */
    const struct pt_config *config;  /* the run's .pooltrack.json (routine names for the link) */
};

/* Analyse all TUs; input problems become error notifications. Returns the
 * number of TUs that could not be analysed at all. */
unsigned pt_run(struct pt_compdb *db, const struct pt_run_opts *o, struct pt_results *r,
                struct pt_stats *st);
/* --link: the link step and the rules over the units in dirs (made by
 * --summaries-only runs). Returns the number of TUs not analysed, or -1 with
 * a one-line reason in err when a folder cannot be read or holds no unit. */
long pt_run_link(char **dirs, size_t ndirs, const struct pt_run_opts *o, struct pt_results *r,
                 struct pt_stats *st, char *err, size_t errlen);

/* extras: the configuration's additions, counted as pool calls too (NULL none). */
void pt_stats_add_tu(struct pt_stats *st, const struct pt_tu_ir *ir, const struct pt_api_extras *extras);
/* A parsed TU's worker: CPU (user + system) and wall seconds. */
void pt_stats_add_time(struct pt_stats *st, const char *file, double cpu_s, double wall_s);
void pt_stats_print(FILE *out, const struct pt_stats *st, const struct pt_results *r);
struct pt_coverage;
void pt_stats_coverage(const struct pt_stats *st, struct pt_coverage *c);
int pt_stats_write_json(const char *path, const struct pt_stats *st, const struct pt_results *r,
                        char *err, size_t errlen);
void pt_stats_free(struct pt_stats *st);
/* Adds from's counts to st (a unit's counts, taken when it was read). */
void pt_stats_merge(struct pt_stats *st, const struct pt_stats *from);

#endif
