#include "workers.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#define PT_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PT_UNDER_ASAN 1
#endif
#endif

struct running { pid_t pid; size_t job; int fd; double start; };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void limit_memory(size_t mb)
{
#ifndef PT_UNDER_ASAN   /* ASan reserves terabytes of address space */
    if (mb) {
        struct rlimit rl = {(rlim_t)mb << 20, (rlim_t)mb << 20};
        setrlimit(RLIMIT_AS, &rl);
    }
#else
    (void)mb;
#endif
}

/* The child's end of the pipe closes when it exits: that wakes the parent's poll. */
static int spawn(struct running *r, size_t job, const struct pt_workers_opts *o, pt_job_fn fn, void *ctx)
{
    int p[2];
    if (pipe(p) != 0) return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) { close(p[0]); close(p[1]); return -1; }
    if (pid == 0) {
        close(p[0]);
        limit_memory(o->memory_mb);
        int rc = fn(job, ctx);
        fflush(NULL);
        exit(rc);
    }
    close(p[1]);
    r->pid = pid;
    r->job = job;
    r->fd = p[0];
    r->start = now();
    return 0;
}

static void reap(struct running *r, int killed, struct pt_job_result *out)
{
    int st = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    if (killed) kill(r->pid, SIGKILL);
    while (wait4(r->pid, &st, 0, &ru) < 0 && errno == EINTR) {}
    close(r->fd);
    out->seconds = now() - r->start;
    out->cpu_seconds = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
                       (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    if (killed) out->status = PT_JOB_TIMEOUT;
    else if (WIFSIGNALED(st)) { out->status = PT_JOB_CRASHED; out->code = WTERMSIG(st); }
    else if (WIFEXITED(st) && WEXITSTATUS(st) != 0) { out->status = PT_JOB_FAILED; out->code = WEXITSTATUS(st); }
    else out->status = PT_JOB_OK;
}

void pt_workers_run(size_t njobs, const struct pt_workers_opts *o, pt_job_fn fn,
                    pt_job_done_fn done, void *ctx, struct pt_job_result *res)
{
    unsigned max = o->jobs ? o->jobs : 1;
    struct running *run = pt_xcalloc(max, sizeof *run);
    struct pollfd *pfd = pt_xcalloc(max, sizeof *pfd);
    size_t next = 0, nrun = 0;
    while (next < njobs || nrun) {
        while (nrun < max && next < njobs) {
            size_t job = next++;
            if (spawn(&run[nrun], job, o, fn, ctx) != 0) {
                res[job].status = PT_JOB_NOSTART;
                res[job].code = errno;
                if (done) done(job, &res[job], ctx);
                continue;
            }
            nrun++;
        }
        if (!nrun) continue;
        double t = now(), wait_s = -1;
        for (size_t i = 0; i < nrun; i++) {
            pfd[i].fd = run[i].fd;
            pfd[i].events = POLLIN;
            pfd[i].revents = 0;
            if (o->timeout_s > 0) {
                double left = run[i].start + o->timeout_s - t;
                if (wait_s < 0 || left < wait_s) wait_s = left > 0 ? left : 0;
            }
        }
        int ms = wait_s < 0 ? -1 : (int)(wait_s * 1000) + 1;
        if (poll(pfd, nrun, ms) < 0 && errno != EINTR) break;
        t = now();
        for (size_t i = 0; i < nrun;) {
            int over = o->timeout_s > 0 && t - run[i].start >= o->timeout_s;
            if (!(pfd[i].revents & (POLLIN | POLLHUP | POLLERR)) && !over) { i++; continue; }
            size_t job = run[i].job;
            reap(&run[i], over && !(pfd[i].revents & (POLLHUP | POLLERR)), &res[job]);
            if (done) done(job, &res[job], ctx);
            run[i] = run[--nrun];
            pfd[i] = pfd[nrun];
        }
    }
    free(run);
    free(pfd);
}
