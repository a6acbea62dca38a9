/* Worker processes: one child per job, at most `jobs` at a time, with time and memory limits
 * (the interface: workers.h). */
#include "workers.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
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

struct running { pid_t pid; size_t job; int fd; double start; char *scratch; };

/* Signals that end the run: the parent first ends its workers and removes
 * their folders, then ends as the signal says. */
static const int stop_signals[] = {SIGTERM, SIGINT, SIGHUP};
#define NSTOP (sizeof stop_signals / sizeof stop_signals[0])
static volatile sig_atomic_t stop_signal;

static void on_stop(int sig)
{
    stop_signal = sig;
}

struct saved_signals { sigset_t mask; struct sigaction old[NSTOP]; };

/* The stop signals are blocked except inside ppoll(): one arriving anywhere
 * else waits for the loop to see it (no lost wake-up). */
static void catch_stop_signals(struct saved_signals *s)
{
    sigset_t block;
    sigemptyset(&block);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NSTOP; i++) {
        sigaction(stop_signals[i], &sa, &s->old[i]);
        if (s->old[i].sa_handler == SIG_IGN) sigaction(stop_signals[i], &s->old[i], NULL);   /* nohup */
        else sigaddset(&block, stop_signals[i]);
    }
    stop_signal = 0;
    sigprocmask(SIG_BLOCK, &block, &s->mask);
}

static void restore_signals(const struct saved_signals *s)
{
    for (size_t i = 0; i < NSTOP; i++) sigaction(stop_signals[i], &s->old[i], NULL);
    sigprocmask(SIG_SETMASK, &s->mask, NULL);
}

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

/* The parent ends a job at its budget; the worker also ends itself a little
 * later, so that it cannot outlive a parent that is stopped or too busy to
 * look: SIGALRM on wall time (also ends an open() blocked on a FIFO), and
 * RLIMIT_CPU (SIGXCPU, then SIGKILL) should SIGALRM be blocked. */
static double own_limit(double timeout_s)
{
    double margin = timeout_s / 10;
    return timeout_s + (margin < 5 ? 5 : margin);
}

static void limit_time(double timeout_s)
{
    if (timeout_s <= 0) return;
    double s = own_limit(timeout_s);
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = (time_t)s;
    it.it_value.tv_usec = (suseconds_t)((s - (double)(time_t)s) * 1e6);
    signal(SIGALRM, SIG_DFL);
    setitimer(ITIMER_REAL, &it, NULL);
    struct rlimit rl = {(rlim_t)s + 1, (rlim_t)s + 6};
    setrlimit(RLIMIT_CPU, &rl);
}

/* In the child, first thing: die with the parent (SIGKILL when it exits, by
 * any means); if it is already gone, the child was adopted: end now. */
static void tie_to_parent(pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
}

/* The child's end of the pipe closes when it exits: that wakes the parent's poll. */
static int spawn(struct running *r, size_t job, const struct pt_workers_opts *o, pt_job_fn fn, void *ctx,
                 const struct saved_signals *sigs)
{
    int p[2];
    /* the worker's temp files go in a folder the parent removes after it
     * ends, whether it finished, crashed or was killed */
    char *scratch = pt_make_tmpdir("worker");
    if (!scratch) return -1;
    if (pipe(p) != 0) { int e = errno; pt_remove_tree(scratch); free(scratch); errno = e; return -1; }
    fflush(NULL);
    pid_t parent = getpid(), pid = fork();
    if (pid < 0) {
        int e = errno;
        close(p[0]); close(p[1]); pt_remove_tree(scratch); free(scratch);
        errno = e;
        return -1;
    }
    if (pid == 0) {
        tie_to_parent(parent);
        restore_signals(sigs);   /* the caller's, not the parent's stop handling */
        close(p[0]);
        limit_time(o->timeout_s);
        limit_memory(o->memory_mb);
        pt_set_scratch_dir(scratch);
        int rc = fn(job, ctx);
        fflush(NULL);
        exit(rc);
    }
    close(p[1]);
    r->pid = pid;
    r->job = job;
    r->fd = p[0];
    r->start = now();
    r->scratch = scratch;
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
    pt_remove_tree(r->scratch);
    free(r->scratch);
    r->scratch = NULL;
    out->seconds = now() - r->start;
    out->cpu_seconds = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
                       (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    int sig = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
    /* SIGALRM, SIGXCPU: the worker's own time limit (limit_time) */
    if (killed || sig == SIGALRM || sig == SIGXCPU) out->status = PT_JOB_TIMEOUT;
    else if (sig) { out->status = PT_JOB_CRASHED; out->code = sig; }
    else if (WIFEXITED(st) && WEXITSTATUS(st) != 0) { out->status = PT_JOB_FAILED; out->code = WEXITSTATUS(st); }
    else out->status = PT_JOB_OK;
}

/* A stop signal came: end every worker, remove their folders, and end as
 * the signal says (its old handler, or its default action). */
static void stop_all(struct running *run, size_t nrun, const struct saved_signals *sigs)
{
    struct pt_job_result ignored;
    for (size_t i = 0; i < nrun; i++) reap(&run[i], 1, &ignored);
    int sig = stop_signal;
    pt_remove_tmpdirs();   /* the run's units and PCH folders too */
    restore_signals(sigs);
    raise(sig);
    _exit(128 + sig);   /* a handler of the caller's returned: the jobs are gone all the same */
}

void pt_workers_run(size_t njobs, const struct pt_workers_opts *o, pt_job_fn fn,
                    pt_job_done_fn done, void *ctx, struct pt_job_result *res)
{
    unsigned max = o->jobs ? o->jobs : 1;
    struct running *run = pt_xcalloc(max, sizeof *run);
    struct pollfd *pfd = pt_xcalloc(max, sizeof *pfd);
    size_t next = 0, nrun = 0;
    struct saved_signals sigs;
    catch_stop_signals(&sigs);
    while ((next < njobs || nrun) && !stop_signal) {
        while (nrun < max && next < njobs) {
            size_t job = next++;
            if (spawn(&run[nrun], job, o, fn, ctx, &sigs) != 0) {
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
        struct timespec ts = {(time_t)wait_s, (long)((wait_s - (double)(time_t)wait_s) * 1e9) + 1000000};
        if (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
        int got = ppoll(pfd, nrun, wait_s < 0 ? NULL : &ts, &sigs.mask);
        if (stop_signal) break;
        if (got < 0 && errno != EINTR) break;
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
    if (stop_signal) stop_all(run, nrun, &sigs);
    restore_signals(&sigs);
    free(run);
    free(pfd);
}
