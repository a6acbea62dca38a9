/* Kernel backend of the shim core: one spin lock, nonpaged pool for the
 * shim's bookkeeping, the real IRQL, reports through DbgPrintEx (they show
 * in WinDbg / DebugView with the IHVDRIVER filter at ERROR level). */
#include <ntddk.h>
#include "pt_shim_km_compat.h"
#include "pt_shim_backend.h"

#define PT_TAG_SHIM 0x6b547450u   /* 'PtTk' in memory order */
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

void *pt_backend_raw_alloc(size_t size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, size, PT_TAG_SHIM);
}

void pt_backend_raw_free(void *p)
{
    ExFreePoolWithTag(p, PT_TAG_SHIM);
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
