/* The run's shared precompiled headers (pch.h): which TUs share one, the jobs
 * that build the missing ones, and which PCH each TU to parse loads. */
#ifndef PT_RUN_PCH_H
#define PT_RUN_PCH_H
#include <stddef.h>
#include "compdb.h"
#include "pch.h"
#include "workers.h"

struct pt_pch_run {
    char *dir;            /* the PCH folder: CACHE/pch, or a temporary one */
    int temporary;        /* dir is removed at the end */
    char **keys;          /* per TU to parse: the PCH it loads, or NULL */
    unsigned jobs, failed, tus;   /* PCH jobs run, of them failed; TUs given a PCH */
    double cpu_s;         /* CPU of the PCH jobs */
};

/* parse: the n TUs to parse; groups: who shares which PCH. A PCH is built
 * (in worker processes, as wo says) when a TU to parse wants it and it is
 * missing or stale. The PCH folder: pch_dir (--pch-dir: a TU alone in its
 * group gets one too), else CACHE/pch, else a temporary folder. */
void pt_pch_prepare(struct pt_pch_run *pr, const struct pt_pch_groups *groups, const struct pt_tu *const *parse,
                    size_t n, const char *pch_dir, const char *cache_dir, const struct pt_workers_opts *wo);
/* Frees pr; removes a temporary folder and what is in it. */
void pt_pch_finish(struct pt_pch_run *pr, size_t n);

#endif
