/* The per-run pipeline: every TU through frontend and engine into results. */
#ifndef PT_RUN_H
#define PT_RUN_H
#include <stdio.h>
#include "compdb.h"
#include "finding.h"

struct pt_stats {
    unsigned tus, tus_failed, parse_errors, functions;
    unsigned calls_token_only;   /* pool calls seen only in tokens (the AST lost them) */
    unsigned functions_skipped;  /* functions with parse errors: no path findings */
    char **api_names;       /* pool API name -> count, sorted at the end */
    unsigned *api_counts;
    size_t napis, cap_apis;
};

struct pt_run_opts {
    int dump_ir;            /* print the IR to stderr */
    unsigned max_visits;
    int progress;           /* a progress line on stderr (a terminal, a run over a second) */
};

/* Analyse all TUs; input problems become error notifications. Returns the
 * number of TUs that could not be analysed at all. */
unsigned pt_run(struct pt_compdb *db, const struct pt_run_opts *o, struct pt_results *r,
                struct pt_stats *st);
void pt_stats_print(FILE *out, const struct pt_stats *st, const struct pt_results *r);
int pt_stats_write_json(const char *path, const struct pt_stats *st, const struct pt_results *r,
                        char *err, size_t errlen);
void pt_stats_free(struct pt_stats *st);

#endif
