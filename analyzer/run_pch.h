/* The run's shared precompiled headers (pch.h): which TUs share one, the jobs
 * that build the missing ones, and which PCH each TU to parse loads. */
#ifndef PT_RUN_PCH_H
#define PT_RUN_PCH_H
#include <stddef.h>
#include "compdb.h"
#include "pch.h"
#include "workers.h"

/* A PCH the run wants: its key, its include lines, the TU whose arguments
 * build it, and the TU parsed first without it (the probe: a group whose
 * headers have errors cannot share them, and its probe says so at no cost). */
struct pt_pch_want {
    char *key, *prefix;
    const struct pt_tu *tu;
    enum pt_pch_state state;
    size_t probe;
};

struct pt_pch_run {
    char *dir;            /* the PCH folder: --pch-dir, CACHE/pch, or a temporary one */
    int temporary;        /* dir is removed at the end */
    size_t n;             /* TUs to parse */
    char **keys;          /* per TU to parse: the PCH it loads, or NULL */
    long *which;          /* per TU to parse: its want, or -1 */
    struct pt_pch_want *w;
    size_t nw;
    unsigned jobs, failed, tus;   /* PCH jobs run, of them failed; TUs given a PCH */
    double cpu_s;         /* CPU of the PCH jobs */
};

/* The run in three steps. pt_pch_plan: parse are the n TUs to parse, groups
 * says who shares which PCH; the PCH folder is pch_dir (--pch-dir: a TU alone
 * in its group gets one too), else CACHE/pch, else a temporary folder. Then
 * the TUs with pt_pch_first() are parsed (keys[i] set: with a ready PCH);
 * a probe whose headers had errors is reported with pt_pch_probe_failed();
 * pt_pch_build builds the PCHs still missing (in worker processes, as wo says)
 * and sets the keys of the other TUs, which are parsed last. */
void pt_pch_plan(struct pt_pch_run *pr, const struct pt_pch_groups *groups, const struct pt_tu *const *parse,
                 size_t n, const char *pch_dir, const char *cache_dir);
int pt_pch_first(const struct pt_pch_run *pr, size_t i);
/* The want TU i is the probe of, or -1. */
long pt_pch_probe_of(const struct pt_pch_run *pr, size_t i);
/* TU i, a probe, read its headers with errors (why), or did not finish (why
 * NULL: nothing is recorded); deps: the files it read. */
void pt_pch_probe_failed(struct pt_pch_run *pr, size_t i, const char *why, char **deps, size_t ndeps);
void pt_pch_build(struct pt_pch_run *pr, const struct pt_workers_opts *wo);
/* Frees pr; removes a temporary folder and what is in it. */
void pt_pch_finish(struct pt_pch_run *pr);

#endif
