/* ExAllocatePool2/3 exist from Windows 10 version 2004 on. Importing them
 * would keep a driver built with the shim from loading on older systems,
 * so they are looked up at run time (MmGetSystemRoutineAddress, which needs
 * PASSIVE_LEVEL); where missing, or before the lookup could run, the
 * request goes to ExAllocatePoolWithTag, zeroed as ExAllocatePool2 does. */
#include <ntddk.h>
#include "pt_shim_decls.h"
#include "pt_shim_wrappers_int.h"

typedef PVOID (NTAPI *pool2_fn)(POOL_FLAGS, SIZE_T, ULONG);
typedef PVOID (NTAPI *pool3_fn)(POOL_FLAGS, SIZE_T, ULONG, PCPOOL_EXTENDED_PARAMETER, ULONG);

static pool2_fn pt_pool2;
static pool3_fn pt_pool3;
static volatile LONG pt_resolved;

static void resolve(void)
{
    UNICODE_STRING n2, n3;
    if (pt_resolved || KeGetCurrentIrql() != PASSIVE_LEVEL)
        return;
    RtlInitUnicodeString(&n2, L"ExAllocatePool2");
    RtlInitUnicodeString(&n3, L"ExAllocatePool3");
    pt_pool2 = (pool2_fn)MmGetSystemRoutineAddress(&n2);
    pt_pool3 = (pool3_fn)MmGetSystemRoutineAddress(&n3);
    InterlockedExchange(&pt_resolved, 1);
}

static PVOID down_level(POOL_FLAGS f, SIZE_T n, ULONG tag)
{
    POOL_TYPE type = NonPagedPoolNx;
    PVOID p;
    if (f & POOL_FLAG_PAGED)
        type = PagedPool;
    else if (f & POOL_FLAG_NON_PAGED_EXECUTE)
        type = NonPagedPool;
    if (f & POOL_FLAG_USE_QUOTA)
        p = ExAllocatePoolWithQuotaTag((POOL_TYPE)(type | POOL_QUOTA_FAIL_INSTEAD_OF_RAISE), n, tag);
    else
        p = ExAllocatePoolWithTag(type, n, tag);
    if (p != NULL && !(f & POOL_FLAG_UNINITIALIZED))
        RtlZeroMemory(p, n);
    return p;
}

PVOID pt_real_ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag)
{
    resolve();
    return pt_pool2 != NULL ? pt_pool2(f, n, tag) : down_level(f, n, tag);
}

PVOID pt_real_ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER ext,
                              ULONG count)
{
    resolve();
    if (pt_pool3 != NULL)
        return pt_pool3(f, n, tag, ext, count);
    return down_level(f, n, tag);   /* the extended parameters need 2004 anyway */
}
