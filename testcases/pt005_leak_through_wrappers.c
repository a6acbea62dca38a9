/*
 * Whole-function summaries inside one file: an allocation wrapper, a freeing
 * helper and a helper that only fills fields. Leaks, tag mismatches and double
 * frees are found through them; the clean variants stay clean.
 */
#include <ntddk.h>

#define WRAP_TAG  'parW'
#define OTHER_TAG 'rhtO'

typedef struct _WRAP_ITEM {
    ULONG Id;
    ULONG Size;
    PVOID Data;
} WRAP_ITEM, *PWRAP_ITEM;

static PVOID
WrapAlloc(_In_ SIZE_T Size)
{
    return ExAllocatePoolZero(NonPagedPoolNx, Size, WRAP_TAG);
}

static PVOID
WrapAllocTagged(_In_ SIZE_T Size, _In_ ULONG Tag)
{
    PVOID p = ExAllocatePoolZero(NonPagedPoolNx, Size, Tag);
    return p;
}

static VOID
WrapFree(_In_opt_ PVOID P)
{
    if (P != NULL) {
        ExFreePoolWithTag(P, WRAP_TAG);
    }
}

static VOID
FillItem(_Inout_ PWRAP_ITEM Item, _In_ ULONG Id)
{
    Item->Id = Id;
    Item->Size = sizeof(*Item);
}

NTSTATUS
LeakAfterFill(_In_ ULONG Id, _In_ BOOLEAN Fail)
{
    PWRAP_ITEM item = WrapAlloc(sizeof(*item));      // expect: PT005

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    FillItem(item, Id);                 /* only fills fields: still ours */
    if (Fail) {
        return STATUS_UNSUCCESSFUL;     /* leaks the item */
    }
    WrapFree(item);
    return STATUS_SUCCESS;
}

NTSTATUS
CleanFillAndFree(_In_ ULONG Id)
{
    PWRAP_ITEM item = WrapAlloc(sizeof(*item));

    if (item == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    FillItem(item, Id);
    WrapFree(item);
    return STATUS_SUCCESS;
}

VOID
WrongTagThroughWrapper(VOID)
{
    PVOID p = WrapAllocTagged(64, OTHER_TAG);
    if (p != NULL) {
        WrapFree(p);                    // expect: PT004
    }
}

VOID
RightTagThroughWrapper(VOID)
{
    PVOID p = WrapAllocTagged(64, WRAP_TAG);
    if (p != NULL) {
        WrapFree(p);
    }
}

VOID
DoubleFreeThroughHelper(VOID)
{
    PVOID p = WrapAlloc(32);
    if (p == NULL) {
        return;
    }
    WrapFree(p);
    ExFreePoolWithTag(p, WRAP_TAG);     // expect: PT008
}

static PVOID
PassThrough(_In_ PVOID P)
{
    return P;                           /* hands its parameter back */
}

VOID
CleanFreeThroughReturnedParameter(VOID)
{
    PVOID p = WrapAlloc(16);
    PVOID same;

    if (p == NULL) {
        return;
    }
    same = PassThrough(p);
    ExFreePoolWithTag(same, WRAP_TAG);
}

static PVOID g_cached;

static PVOID
GetBufferMaybeCached(_In_ SIZE_T Size)
{
    if (g_cached != NULL) {
        return g_cached;                /* not fresh: callers must not own it */
    }
    return ExAllocatePoolZero(NonPagedPoolNx, Size, WRAP_TAG);
}

VOID
CleanUseCachedBuffer(VOID)
{
    PUCHAR b = GetBufferMaybeCached(8);
    if (b != NULL) {
        b[0] = 1;                       /* ownership unknown here: no finding */
    }
}
