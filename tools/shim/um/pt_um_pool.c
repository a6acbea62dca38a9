/* User-mode pool, lookaside lists, contiguous memory and Rtl strings over
 * malloc. The shim's wrappers call these as "the real routines". */
#include <stdlib.h>
#include "ntddk.h"
#include "pt_um_harness.h"

static PVOID pool_alloc(SIZE_T n, int zero)
{
    return pt_um_mem_alloc(n, zero);
}

PVOID ExAllocatePool(POOL_TYPE t, SIZE_T n) { (void)t; return pool_alloc(n, 0); }
PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag) { (void)t; (void)tag; return pool_alloc(n, 0); }
PVOID ExAllocatePoolWithTagPriority(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p)
{
    (void)p;
    return ExAllocatePoolWithTag(t, n, tag);
}
PVOID ExAllocatePoolWithQuota(POOL_TYPE t, SIZE_T n) { (void)t; return pool_alloc(n, 0); }
PVOID ExAllocatePoolWithQuotaTag(POOL_TYPE t, SIZE_T n, ULONG tag) { (void)t; (void)tag; return pool_alloc(n, 0); }
/* ExAllocatePool2/3 zero the block unless POOL_FLAG_UNINITIALIZED. */
PVOID ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag)
{
    (void)tag;
    return pool_alloc(n, !(f & POOL_FLAG_UNINITIALIZED));
}
PVOID ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER e, ULONG c)
{
    (void)e;
    (void)c;
    return ExAllocatePool2(f, n, tag);
}
PVOID ExAllocatePoolZero(POOL_TYPE t, SIZE_T n, ULONG tag) { (void)t; (void)tag; return pool_alloc(n, 1); }
PVOID ExAllocatePoolUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag) { (void)t; (void)tag; return pool_alloc(n, 0); }
PVOID ExAllocatePoolQuotaZero(POOL_TYPE t, SIZE_T n, ULONG tag) { (void)t; (void)tag; return pool_alloc(n, 1); }
PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag)
{
    (void)t;
    (void)tag;
    return pool_alloc(n, 0);
}
PVOID ExAllocatePoolPriorityZero(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p)
{
    (void)t; (void)tag; (void)p;
    return pool_alloc(n, 1);
}
PVOID ExAllocatePoolPriorityUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p)
{
    (void)t; (void)tag; (void)p;
    return pool_alloc(n, 0);
}
VOID ExFreePool(PVOID p) { pt_um_mem_free(p, "ExFreePool"); }
VOID ExFreePoolWithTag(PVOID p, ULONG tag) { (void)tag; pt_um_mem_free(p, "ExFreePoolWithTag"); }
VOID ExFreePool2(PVOID p, ULONG tag, PCPOOL_EXTENDED_PARAMETER e, ULONG c)
{
    (void)tag; (void)e; (void)c;
    pt_um_mem_free(p, "ExFreePool2");
}

/* Lookaside lists here keep no free list: each allocate is a pool block. */
static void lookaside_init(PT_GENERAL_LOOKASIDE *l, PVOID alloc, PVOID fr, SIZE_T size,
                           ULONG tag, POOL_TYPE type)
{
    if (alloc != NULL || fr != NULL)
        pt_um_bugcheck(0xC4, "custom lookaside Allocate/Free routines are not supported");
    l->Type = type;
    l->Tag = tag;
    l->Size = (ULONG)size;
}

VOID ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID alloc, PVOID fr,
                                     ULONG flags, SIZE_T size, ULONG tag, USHORT depth)
{
    (void)flags; (void)depth;
    lookaside_init(&l->L, alloc, fr, size, tag, NonPagedPoolNx);
}
VOID ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l) { (void)l; }
PVOID ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l) { return pool_alloc(l->L.Size, 0); }
VOID ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID p)
{
    (void)l;
    pt_um_mem_free(p, "ExFreeToNPagedLookasideList");
}
VOID ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID alloc, PVOID fr,
                                    ULONG flags, SIZE_T size, ULONG tag, USHORT depth)
{
    (void)flags; (void)depth;
    lookaside_init(&l->L, alloc, fr, size, tag, PagedPool);
}
VOID ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST l) { (void)l; }
PVOID ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST l) { return pool_alloc(l->L.Size, 0); }
VOID ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID p)
{
    (void)l;
    pt_um_mem_free(p, "ExFreeToPagedLookasideList");
}

PVOID MmAllocateContiguousMemory(SIZE_T n, PHYSICAL_ADDRESS high) { (void)high; return pool_alloc(n, 0); }
PVOID MmAllocateContiguousMemorySpecifyCache(SIZE_T n, PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high,
                                             PHYSICAL_ADDRESS boundary, MEMORY_CACHING_TYPE c)
{
    (void)low; (void)high; (void)boundary; (void)c;
    return pool_alloc(n, 0);
}
VOID MmFreeContiguousMemory(PVOID p) { pt_um_mem_free(p, "MmFreeContiguousMemory"); }
VOID MmFreeContiguousMemorySpecifyCache(PVOID p, SIZE_T n, MEMORY_CACHING_TYPE c)
{
    (void)n; (void)c;
    pt_um_mem_free(p, "MmFreeContiguousMemorySpecifyCache");
}

VOID RtlInitAnsiString(PANSI_STRING s, const char *src)
{
    size_t n = src ? strlen(src) : 0;
    s->Buffer = (PCHAR)src;
    s->Length = (USHORT)n;
    s->MaximumLength = (USHORT)(src ? n + 1 : 0);
}

VOID RtlInitUnicodeString(PUNICODE_STRING s, const WCHAR *src)
{
    size_t n = 0;
    while (src != NULL && src[n] != 0)
        n++;
    s->Buffer = (PWCH)src;
    s->Length = (USHORT)(n * sizeof(WCHAR));
    s->MaximumLength = (USHORT)(src ? (n + 1) * sizeof(WCHAR) : 0);
}

/* Latin-1 widening: enough for the ASCII names drivers convert. */
NTSTATUS RtlAnsiStringToUnicodeString(PUNICODE_STRING d, PCANSI_STRING s, BOOLEAN alloc)
{
    size_t bytes = (size_t)s->Length * sizeof(WCHAR);
    USHORT i;
    if (bytes + sizeof(WCHAR) > 0xffff)
        return STATUS_INVALID_PARAMETER;
    if (alloc) {
        d->Buffer = pt_um_mem_alloc(bytes + sizeof(WCHAR), 0);
        if (d->Buffer == NULL)
            return STATUS_NO_MEMORY;
        d->MaximumLength = (USHORT)(bytes + sizeof(WCHAR));
    } else if (d->MaximumLength < bytes) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (i = 0; i < s->Length; i++)
        d->Buffer[i] = (UCHAR)s->Buffer[i];
    if (d->MaximumLength >= bytes + sizeof(WCHAR))
        d->Buffer[s->Length] = 0;
    d->Length = (USHORT)bytes;
    return STATUS_SUCCESS;
}

/* ASCII only; with alloc the OS allocates the buffer (the shim never sees it). */
NTSTATUS RtlUpcaseUnicodeString(PUNICODE_STRING d, PCUNICODE_STRING s, BOOLEAN alloc)
{
    USHORT i, n = (USHORT)(s->Length / sizeof(WCHAR));
    if (alloc) {
        d->Buffer = pt_um_mem_alloc(s->Length ? s->Length : 1, 0);
        if (d->Buffer == NULL)
            return STATUS_NO_MEMORY;
        d->MaximumLength = s->Length;
    } else if (d->MaximumLength < s->Length) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    for (i = 0; i < n; i++)
        d->Buffer[i] = (WCHAR)(s->Buffer[i] >= 'a' && s->Buffer[i] <= 'z' ? s->Buffer[i] - 32
                                                                            : s->Buffer[i]);
    d->Length = s->Length;
    return STATUS_SUCCESS;
}

VOID RtlFreeUnicodeString(PUNICODE_STRING s)
{
    pt_um_mem_free(s->Buffer, "RtlFreeUnicodeString");
    s->Buffer = NULL;
    s->Length = s->MaximumLength = 0;
}
