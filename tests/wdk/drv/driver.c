/* A driver for the fake WDK of tests/wdk: headers named in another case than
 * on disk, one type only the newer kit declares, one leak. */
#include <NTDDK.h>
#include <Wdf.h>
#include <stddef.h>
#include "DrvHdr.h"

#ifndef FAKE_KM_CRT
#error km/crt is not searched before clang's own headers
#endif
#ifndef FAKE_WARNING_H_SEEN
#error the WDK's warning.h was not force-included
#endif

NTSTATUS Leaky(void)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, DRV_TAG);
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    return STATUS_SUCCESS;   /* p is lost: PT005 */
}

NTSTATUS Clean(void)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, DRV_TAG);
    if (!p) return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, DRV_TAG);
    return STATUS_SUCCESS;
}

ULONG Newer(void)
{
    FAKE_NEWER_COUNT n = 1;   /* 10.0.22000.0 only */
    return n;
}
