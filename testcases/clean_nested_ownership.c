/*
 * Clean: an inner allocation stored in a field of an outer allocation the
 * function owns. Teardown frees inner before outer on every path, and
 * success hands the outer (and with it the inner) to the caller.
 */
#include <ntddk.h>

#define OUTER_TAG 'rtuO'
#define INNER_TAG 'nnnI'

typedef struct _SG_LIST {
    ULONG Count;
    PVOID Elements;
    PVOID Scratch;
} SG_LIST, *PSG_LIST;

NTSTATUS
SgListCreate(_In_ ULONG Count, _Outptr_ PSG_LIST *Out)
{
    PSG_LIST sg;

    sg = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sg), OUTER_TAG);
    if (sg == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(sg, sizeof(*sg));
    sg->Elements = ExAllocatePoolWithTag(NonPagedPoolNx, Count * 16, INNER_TAG);
    if (sg->Elements == NULL) {
        goto Fail;
    }
    sg->Scratch = ExAllocatePoolWithTag(NonPagedPoolNx, 64, INNER_TAG);
    if (sg->Scratch == NULL) {
        goto Fail;
    }
    sg->Count = Count;
    *Out = sg;
    return STATUS_SUCCESS;

Fail:
    if (sg->Scratch != NULL) {
        ExFreePoolWithTag(sg->Scratch, INNER_TAG);
    }
    if (sg->Elements != NULL) {
        ExFreePoolWithTag(sg->Elements, INNER_TAG);
    }
    ExFreePoolWithTag(sg, OUTER_TAG);
    return STATUS_INSUFFICIENT_RESOURCES;
}

ULONG
SgListProbe(_In_ ULONG Count)
{
    PSG_LIST sg;
    ULONG n = 0;

    sg = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*sg), OUTER_TAG);
    if (sg == NULL) {
        return 0;
    }
    sg->Elements = ExAllocatePoolWithTag(NonPagedPoolNx, Count * 16, INNER_TAG);
    if (sg->Elements != NULL) {
        RtlZeroMemory(sg->Elements, Count * 16);
        n = Count;
        ExFreePoolWithTag(sg->Elements, INNER_TAG);
    }
    ExFreePoolWithTag(sg, OUTER_TAG);
    return n;
}
