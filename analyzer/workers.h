/* Worker processes: each job (one TU's parse and lowering) runs in a child
 * process, at most `jobs` at a time. A child that crashes, runs past its time
 * budget or its memory budget loses only its own job; the parent is told how. */
#ifndef PT_WORKERS_H
#define PT_WORKERS_H
#include <stddef.h>

enum pt_job_status { PT_JOB_OK, PT_JOB_FAILED, PT_JOB_CRASHED, PT_JOB_TIMEOUT, PT_JOB_NOSTART };

struct pt_job_result {
    enum pt_job_status status;
    int code;          /* FAILED: exit code; CRASHED: signal */
    double seconds;    /* wall */
    double cpu_seconds;   /* user + system of the child */
};

struct pt_workers_opts {
    unsigned jobs;        /* concurrent children, >= 1 */
    double timeout_s;     /* per job; 0 = none */
    size_t memory_mb;     /* address-space limit per child; 0 = none */
};

typedef int (*pt_job_fn)(size_t job, void *ctx);   /* in the child: its exit code */
typedef void (*pt_job_done_fn)(size_t job, const struct pt_job_result *r, void *ctx);  /* in the parent */

void pt_workers_run(size_t njobs, const struct pt_workers_opts *o, pt_job_fn fn,
                    pt_job_done_fn done, void *ctx, struct pt_job_result *res);

#endif
