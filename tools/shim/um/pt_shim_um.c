/* User-mode backend of the shim core: a pthread mutex, malloc for the
 * shim's bookkeeping, the simulated IRQL, and reports to stderr or to the
 * file named by PT_SHIM_LOG (appended, one JSON object per line). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* dladdr */
#endif
#include <dlfcn.h>
#include <execinfo.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ntddk.h"
#include "pt_um_harness.h"
#include "../pt_shim_backend.h"
#include "../pt_shim_wrappers_int.h"

static int busy;   /* a spin lock, as the kernel backend's (cheaper than a mutex) */

/* Like the kernel backend's spin lock, holding the lock raises the
 * (simulated) IRQL to DISPATCH_LEVEL, so the core sees what it would see. */
uintptr_t pt_backend_lock(void)
{
    KIRQL old = KeGetCurrentIrql(), ignored;
    if (old < DISPATCH_LEVEL)
        KeRaiseIrql(DISPATCH_LEVEL, &ignored);
    while (__atomic_exchange_n(&busy, 1, __ATOMIC_ACQUIRE) != 0)
        sched_yield();   /* user mode: the holder may be preempted */
    return old;
}

void pt_backend_unlock(uintptr_t state)
{
    __atomic_store_n(&busy, 0, __ATOMIC_RELEASE);
    KeLowerIrql((KIRQL)state);
}

static pthread_mutex_t report_mu = PTHREAD_MUTEX_INITIALIZER;
void pt_backend_report_lock(void) { pthread_mutex_lock(&report_mu); }
void pt_backend_report_unlock(void) { pthread_mutex_unlock(&report_mu); }

/* User mode has them at link time. */
PVOID pt_real_ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag)
{
    return ExAllocatePool2(f, n, tag);
}

PVOID pt_real_ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext,
                              ULONG count)
{
    return ExAllocatePool3(f, n, tag, ext, count);
}
int pt_backend_irql(void) { return KeGetCurrentIrql(); }
int pt_backend_in_dpc(void) { return pt_um_in_dpc(); }
const char *pt_backend_getenv(const char *name) { return getenv(name); }

void pt_backend_default_sink(void *ctx, const char *line)
{
    const char *path = getenv("PT_SHIM_LOG");
    FILE *f = path && *path ? fopen(path, "a") : NULL;
    (void)ctx;
    if (path && *path && f == NULL)
        fprintf(stderr, "pt_shim: cannot open PT_SHIM_LOG file %s\n", path);
    fprintf(f ? f : stderr, "%s\n", line);
    if (f)
        fclose(f);
}

#define PT_STACK_MORE 3   /* frames before the driver's: backend, core, wrapper */

#ifdef PT_UM_FRAME_POINTERS
/* The calling thread's stack, found once: the frame walk never reads outside it. */
static __thread uintptr_t stack_lo, stack_hi;

static void stack_bounds(void)
{
    pthread_attr_t a;
    void *addr;
    size_t size;
    stack_hi = 1;   /* tried: a thread whose bounds are unknown does not walk */
    if (pthread_getattr_np(pthread_self(), &a) != 0)
        return;
    if (pthread_attr_getstack(&a, &addr, &size) == 0) {
        stack_lo = (uintptr_t)addr;
        stack_hi = stack_lo + size;
    }
    pthread_attr_destroy(&a);
}

/* The frame-pointer chain (the shim and, through pt_shim_um's public
 * compile options, the test drivers keep frame pointers): about a hundred
 * times cheaper than the unwinder. Returns -1 if `after` is not on it. */
static int walk_frames(void **out, unsigned max, const void *after)
{
    void **fp = __builtin_frame_address(0);
    unsigned k = 0, steps;
    int found = 0;
    if (stack_hi == 0)
        stack_bounds();
    for (steps = 0; steps < max + PT_STACK_MORE + 8; steps++) {
        void **next;
        if ((uintptr_t)fp < stack_lo || (uintptr_t)fp + 2 * sizeof(void *) > stack_hi ||
            ((uintptr_t)fp & (sizeof(void *) - 1)) != 0)
            break;
        if (found) {
            out[k++] = fp[1];
            if (k == max)
                break;
        } else if (fp[1] == after) {
            found = 1;
        }
        next = fp[0];
        if (next <= fp)   /* the chain only goes up the stack */
            break;
        fp = next;
    }
    return found ? (int)k : -1;
}
#endif

/* The frame-pointer walk where the build keeps frame pointers, else glibc's
 * backtrace() (the unwinder: no frame pointers needed, ~3 us a call). */
unsigned pt_backend_capture_stack(void **out, unsigned max, const void *after)
{
    void *all[PT_STACK_MORE + 32];
#ifdef PT_UM_FRAME_POINTERS
    int walked = walk_frames(out, max, after);
    if (walked >= 0)
        return (unsigned)walked;
#endif
    int n = backtrace(all, (int)(max + PT_STACK_MORE)), i;
    unsigned k = 0;
    for (i = 0; i < n && all[i] != after; i++)
        ;
    for (i++; i < n && k < max; i++)
        out[k++] = all[i];
    return k;
}

/* As WinDbg prints frames: module (the file's base name without extension)
 * "!" exported symbol "+0x" offset; an executable exports its functions
 * only when linked with -rdynamic, else "module+0x" offset in the image. */
static int frame_name_uncached(const void *pc, char *buf, size_t cap)
{
    Dl_info di;
    const char *mod, *slash;
    size_t mlen;
    if (dladdr(pc, &di) == 0 || di.dli_fname == NULL)
        return 0;
    slash = strrchr(di.dli_fname, '/');
    mod = slash ? slash + 1 : di.dli_fname;
    mlen = strcspn(mod, ".");
    if (di.dli_sname != NULL && di.dli_saddr != NULL)
        snprintf(buf, cap, "%.*s!%s+0x%lx", (int)mlen, mod, di.dli_sname,
                 (unsigned long)((const char *)pc - (const char *)di.dli_saddr));
    else
        snprintf(buf, cap, "%.*s+0x%lx", (int)mlen, mod,
                 (unsigned long)((const char *)pc - (const char *)di.dli_fbase));
    return 1;
}

/* A report names the same call sites for thousands of blocks, and dladdr
 * searches the loaded images and their symbols each time (16,000 blocks:
 * 8 ms unnamed, 200 ms named): names are kept per frame address in a
 * direct-mapped cache, indexed by a multiplicative hash (return addresses
 * are close together; their low bits alone would collide). 4,096 slots of
 * 136 bytes: a driver with more distinct frame addresses than that among
 * its outstanding blocks names some twice. */
#define PT_FRAME_CACHE_BITS 12
#define PT_FRAME_NAME_MAX 128
static struct { const void *pc; char name[PT_FRAME_NAME_MAX]; } frame_cache[1u << PT_FRAME_CACHE_BITS];
static pthread_mutex_t frame_cache_lock = PTHREAD_MUTEX_INITIALIZER;

/* dladdr names frames: no module snapshot to take. */
void pt_backend_modules_refresh(void)
{
}

static size_t frame_slot(const void *pc)
{
    return (size_t)(((uint64_t)(uintptr_t)pc * 0x9E3779B97F4A7C15ull) >> (64 - PT_FRAME_CACHE_BITS));
}

int pt_backend_frame_name(const void *pc, char *buf, size_t cap)
{
    size_t slot = frame_slot(pc), n = 0;
    int ok = 1;
    if (pc == NULL)   /* an empty slot's key */
        return 0;
    pthread_mutex_lock(&frame_cache_lock);
    if (frame_cache[slot].pc != pc) {
        ok = frame_name_uncached(pc, frame_cache[slot].name, sizeof frame_cache[slot].name);
        frame_cache[slot].pc = ok ? pc : NULL;
    }
    if (ok && cap > 0) {
        const char *name = frame_cache[slot].name;
        for (; n + 1 < cap && name[n] != '\0'; n++)
            buf[n] = name[n];
        buf[n] = '\0';
    }
    pthread_mutex_unlock(&frame_cache_lock);
    return ok;
}
