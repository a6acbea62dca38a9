/* Prints what the runtime shim costs in user mode (issue 14): an alloc/free
 * pair through the shim against the same pair without it, with no and with
 * 16,000 blocks outstanding, and the unload report and !verifier 3 table
 * over 16,000 outstanding blocks. Figures only: no pass/fail.
 * usage: shim_bench [pairs]   (built by CMake: target shim_bench)
 *        shim_bench --only raw|shim|shim_nostack|shim_full PAIRS: runs just that loop, for
 *        shim_instr.sh to count its instructions under callgrind. */
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

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    static PVOID held[OUTSTANDING];
    double m, raw, shim, shim_nostack, shim_full, t;
    int i;
    pt_shim_reset();
    pt_shim_set_sink(count_sink, NULL);
    if (argc == 4 && strcmp(argv[1], "--only") == 0) {   /* no timing: callgrind counts */
        /* volatile: the loop stays a function of its own for --toggle-collect */
        double (*volatile loop)(long) = strcmp(argv[2], "raw") == 0 ? pairs_raw : pairs_shim;
        if (strcmp(argv[2], "shim_nostack") == 0)
            pt_shim_set_stack_depth(0);
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
    lines = 0;
    t = now_ns();
    pt_shim_unload_check();
    t = now_ns() - t;
    printf("unload report over %d outstanding blocks: %.1f ms (%lu lines)\n", OUTSTANDING,
           t / 1e6, lines);
    lines = 0;
    t = now_ns();
    pt_shim_report_table(count_sink, NULL);
    t = now_ns() - t;
    printf("!verifier 3 table over %d outstanding blocks: %.1f ms (%lu lines)\n", OUTSTANDING,
           t / 1e6, lines);
    for (i = 0; i < OUTSTANDING; i++)
        pt_ExFreePoolWithTag(held[i], TAG, __FILE__, __LINE__, __func__);
    return 0;
}
