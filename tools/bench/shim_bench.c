/* Prints what the runtime shim costs in user mode (issue 14): an alloc/free
 * pair through the shim against the same pair without it, with no and with
 * 16,000 blocks outstanding, and the unload report and !verifier 3 table
 * over 16,000 outstanding blocks, allocated at one call site or at 1,024
 * (so that frame names are not all the same few: each report names
 * 8 frames a block). Figures only: no pass/fail.
 * usage: shim_bench [pairs]   (built by CMake: target shim_bench)
 *        shim_bench --only raw|shim|shim_nostack|shim_full PAIRS: runs just that loop, for
 *        shim_instr.sh to count its instructions under callgrind;
 *        shim_bench --only report|report_sites 0: one unload report over 16,000 blocks
 *        (function unload_report), likewise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "pt_um_harness.h"

#define OUTSTANDING 16000
#define TAG 0x68636e42u   /* 'Bnch' */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static unsigned long lines;
static void count_sink(void *ctx, const char *line)
{
    (void)ctx;
    (void)line;
    lines++;
}

static volatile uintptr_t sink_addr;   /* keeps the pairs from being optimised away */

static double pairs_malloc(long n)
{
    double t = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        void *p = malloc(64);
        sink_addr = (uintptr_t)p;
        free(p);
    }
    return (now_ns() - t) / (double)n;
}

static double pairs_raw(long n)
{
    double t = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 64, TAG);
        sink_addr = (uintptr_t)p;
        ExFreePoolWithTag(p, TAG);
    }
    return (now_ns() - t) / (double)n;
}

static double pairs_shim(long n)
{
    double t = now_ns();
    long i;
    for (i = 0; i < n; i++) {
        PVOID p = pt_ExAllocatePoolWithTag(NonPagedPoolNx, 64, TAG, __FILE__, __LINE__, __func__);
        sink_addr = (uintptr_t)p;
        pt_ExFreePoolWithTag(p, TAG, __FILE__, __LINE__, __func__);
    }
    return (now_ns() - t) / (double)n;
}

/* Best of three runs: the machine may be shared. */
static double best(double (*fn)(long), long n)
{
    double b = fn(n), x;
    int i;
    for (i = 0; i < 2; i++)
        if ((x = fn(n)) < b)
            b = x;
    return b;
}

/* 1,024 allocating functions, each its own call site (a distinct return
 * address: frame 0 of its blocks), told apart by the function name they
 * pass so that the compiler does not fold them into one. */
#define SITE_FN(n)                                                                          \
    static __attribute__((noinline)) PVOID n(void)                                          \
    {                                                                                       \
        PVOID p = pt_ExAllocatePoolWithTag(PagedPool, 48, TAG, __FILE__, __LINE__, #n);     \
        sink_addr = (uintptr_t)p;   /* no tail call: the site keeps its frame */            \
        return p;                                                                           \
    }
#define SITE_PTR(n) n,
#define SITES4(m, p) m(p##0) m(p##1) m(p##2) m(p##3)
#define SITES16(m, p) SITES4(m, p##0) SITES4(m, p##1) SITES4(m, p##2) SITES4(m, p##3)
#define SITES64(m, p) SITES16(m, p##0) SITES16(m, p##1) SITES16(m, p##2) SITES16(m, p##3)
#define SITES256(m, p) SITES64(m, p##0) SITES64(m, p##1) SITES64(m, p##2) SITES64(m, p##3)
#define SITES1024(m, p) SITES256(m, p##0) SITES256(m, p##1) SITES256(m, p##2) SITES256(m, p##3)
SITES1024(SITE_FN, bench_site_)
static PVOID (*const sites[])(void) = { SITES1024(SITE_PTR, bench_site_) };
#define NSITES (sizeof sites / sizeof sites[0])

static void hold(PVOID *held, int spread)
{
    int i;
    for (i = 0; i < OUTSTANDING; i++)
        held[i] = spread ? sites[(unsigned)i % NSITES]()
                         : pt_ExAllocatePoolWithTag(PagedPool, 48, TAG, __FILE__, __LINE__, __func__);
}

static void release(PVOID *held)
{
    int i;
    for (i = 0; i < OUTSTANDING; i++)
        pt_ExFreePoolWithTag(held[i], TAG, __FILE__, __LINE__, __func__);
}

static __attribute__((noinline)) void unload_report(void)
{
    pt_shim_unload_check();
}

/* Best of three unload reports (and tables) over 16,000 blocks held; the
 * worst report too, since the bound is on every report. */
static void reports(PVOID *held, int spread, const char *how)
{
    double rep = 0, rep_worst = 0, tab = 0, t;
    unsigned long rep_lines = 0, tab_lines = 0;
    int k;
    for (k = 0; k < 3; k++) {
        hold(held, spread);
        lines = 0;
        t = now_ns();
        unload_report();
        t = now_ns() - t;
        rep = k == 0 || t < rep ? t : rep;
        rep_worst = t > rep_worst ? t : rep_worst;
        rep_lines = lines;
        release(held);   /* the unload check forgot them; freed as unknown frees */
        hold(held, spread);
        lines = 0;
        t = now_ns();
        pt_shim_report_table(count_sink, NULL);
        t = now_ns() - t;
        tab = k == 0 || t < tab ? t : tab;
        tab_lines = lines;
        release(held);
        pt_shim_reset();
    }
    printf("unload report over %d outstanding blocks, %s: %.1f ms (%lu lines), best of 3 (worst %.1f ms)\n",
           OUTSTANDING, how, rep / 1e6, rep_lines, rep_worst / 1e6);
    printf("!verifier 3 table over %d outstanding blocks, %s: %.1f ms (%lu lines), best of 3\n",
           OUTSTANDING, how, tab / 1e6, tab_lines);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    static PVOID held[OUTSTANDING];
    double m, raw, shim, shim_nostack, shim_full;
    int i;
    pt_shim_reset();
    pt_shim_set_sink(count_sink, NULL);
    if (argc == 4 && strcmp(argv[1], "--only") == 0) {   /* no timing: callgrind counts */
        /* volatile: the loop stays a function of its own for --toggle-collect */
        double (*volatile loop)(long) = strcmp(argv[2], "raw") == 0 ? pairs_raw : pairs_shim;
        if (strcmp(argv[2], "shim_nostack") == 0)
            pt_shim_set_stack_depth(0);
        if (strncmp(argv[2], "report", 6) == 0) {
            void (*volatile report)(void) = unload_report;
            hold(held, strcmp(argv[2], "report_sites") == 0);
            report();
            return 0;
        }
        for (i = 0; strcmp(argv[2], "shim_full") == 0 && i < OUTSTANDING; i++)
            held[i] = pt_ExAllocatePoolWithTag(PagedPool, 48, TAG, __FILE__, __LINE__, __func__);
        loop(atol(argv[3]));
        return 0;
    }
    m = best(pairs_malloc, n);
    raw = best(pairs_raw, n);
    shim = best(pairs_shim, n);
    pt_shim_set_stack_depth(0);   /* the cost of the tracking alone */
    shim_nostack = best(pairs_shim, n);
    pt_shim_set_stack_depth(PT_SHIM_STACK_DEPTH);
    for (i = 0; i < OUTSTANDING; i++)
        held[i] = pt_ExAllocatePoolWithTag(PagedPool, 48, TAG, __FILE__, __LINE__, __func__);
    shim_full = best(pairs_shim, n);
    printf("alloc/free pair, %ld pairs, best of 3:\n", n);
    printf("  malloc/free                        %7.1f ns\n", m);
    printf("  raw pool (user-mode backend)       %7.1f ns\n", raw);
    printf("  through the shim                   %7.1f ns  = %.1fx raw pool, %.1fx malloc\n",
           shim, shim / raw, shim / m);
    printf("  through the shim, no stack capture %7.1f ns  = %.1fx raw pool, %.1fx malloc\n",
           shim_nostack, shim_nostack / raw, shim_nostack / m);
    printf("  through the shim, %d outstanding %7.1f ns  = %.1fx raw pool, %.1fx malloc\n",
           OUTSTANDING, shim_full, shim_full / raw, shim_full / m);
    release(held);
    pt_shim_reset();
    reports(held, 0, "one call site");
    reports(held, 1, "1024 call sites");
    return 0;
}
