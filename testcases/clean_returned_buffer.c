/*
 * Clean: allocation helpers that return the block (directly, through a
 * cast, after a conditional, or via a local copied from it). Returning is a
 * hand-over to the caller.
 */
#include <ntddk.h>

#define RET_TAG 'teRA'

typedef struct _MSG {
    ULONG Id;
    ULONG Length;
    UCHAR Body[1];
} MSG, *PMSG;

PVOID
AllocZeroed(_In_ SIZE_T Size)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, Size, RET_TAG);
    if (p != NULL) {
        RtlZeroMemory(p, Size);
    }
    return p;
}

PMSG
MsgCreate(_In_ ULONG Id, _In_ ULONG Length)
{
    PMSG msg = (PMSG)ExAllocatePoolWithTag(NonPagedPoolNx,
                                           FIELD_OFFSET(MSG, Body) + Length, RET_TAG);
    if (msg == NULL) {
        return NULL;
    }
    msg->Id = Id;
    msg->Length = Length;
    return msg;
}

PMSG
MsgCreateValidated(_In_ ULONG Id, _In_ ULONG Length)
{
    PMSG msg, result;

    if (Length > 0x10000) {
        return NULL;
    }
    msg = ExAllocatePoolWithTag(NonPagedPoolNx, FIELD_OFFSET(MSG, Body) + Length, RET_TAG);
    if (msg == NULL) {
        return NULL;
    }
    msg->Id = Id;
    msg->Length = Length;
    if (Id == 0) {
        ExFreePoolWithTag(msg, RET_TAG);
        return NULL;
    }
    result = msg;
    return result;
}

PWCHAR
DupString(_In_ PCWSTR Source, _In_ SIZE_T Chars)
{
    PWCHAR copy = ExAllocatePoolWithTag(PagedPool, (Chars + 1) * sizeof(WCHAR), RET_TAG);

    if (copy) {
        RtlCopyMemory(copy, Source, Chars * sizeof(WCHAR));
        copy[Chars] = UNICODE_NULL;
    }
    return copy;
}
