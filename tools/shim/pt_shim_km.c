/* Kernel backend of the shim core: one spin lock, the real IRQL, reports
 * through DbgPrintEx (they show in WinDbg / DebugView with the IHVDRIVER
 * filter at ERROR level). The shim allocates nothing: its bookkeeping is
 * preallocated in the image (pt_shim_table.c). */
#include <ntddk.h>
#include "pt_shim_km_compat.h"
#include "pt_shim_backend.h"
#include "pt_shim_modules.h"

#define PT_STACK_MORE 4            /* frames before the driver's: core, wrapper, slack */
#define PT_DBG_CHUNK 400          /* DbgPrintEx truncates long strings */

static KSPIN_LOCK pt_lock;        /* zero is an initialized spin lock */

uintptr_t pt_backend_lock(void)
{
    KIRQL old;
    KeAcquireSpinLock(&pt_lock, &old);
    return old;
}

void pt_backend_unlock(uintptr_t state)
{
    KeReleaseSpinLock(&pt_lock, (KIRQL)state);
}

static volatile LONG pt_report_busy;

/* Reports run at PASSIVE_LEVEL and may wait: a flag needs no initialization
 * (a fast mutex would, before the first report). */
void pt_backend_report_lock(void)
{
    while (InterlockedCompareExchange(&pt_report_busy, 1, 0) != 0) {
        LARGE_INTEGER ms;
        ms.QuadPart = -10000;   /* 1 ms, relative */
        KeDelayExecutionThread(KernelMode, FALSE, &ms);
    }
}

void pt_backend_report_unlock(void)
{
    InterlockedExchange(&pt_report_busy, 0);
}

int pt_backend_irql(void)
{
    return (int)KeGetCurrentIrql();
}

int pt_backend_in_dpc(void)
{
    return KeIsExecutingDpc() != FALSE;
}

const char *pt_backend_getenv(const char *name)
{
    (void)name;    /* configure injection with pt_shim_fail_* from DriverEntry */
    return NULL;
}

void pt_backend_default_sink(void *ctx, const char *line)
{
    size_t len = strlen(line), off = 0;
    (void)ctx;
    do {
        int n = (int)(len - off > PT_DBG_CHUNK ? PT_DBG_CHUNK : len - off);
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "%.*s%s", n, line + off,
                   off + (size_t)n == len ? "\n" : "");
        off += (size_t)n;
    } while (off < len);
}

/* RtlCaptureStackBackTrace walks with the image's unwind data (x64), at any
 * IRQL. The frames up to the wrapper's return point are the shim's own. */
unsigned pt_backend_capture_stack(void **out, unsigned max, const void *after)
{
    PVOID all[PT_STACK_MORE + 32];
    USHORT n = RtlCaptureStackBackTrace(1, (ULONG)(max + PT_STACK_MORE), all, NULL), i;
    unsigned k = 0;
    for (i = 0; i < n && all[i] != after; i++)
        ;
    for (i++; i < n && k < max; i++)
        out[k++] = all[i];
    return k;
}

/* "module+0x1c40" from the module snapshot of the last report
 * (pt_shim_km_modules.c); before the first report, the bare address. */
int pt_backend_frame_name(const void *pc, char *buf, size_t cap)
{
    return pt_modules_name(pc, buf, cap);
}
