/*
 * PT005 leak in a loop: entries are allocated one per iteration and linked
 * into a list; when the copy of one entry fails validation, `break` leaves
 * the loop with the current entry neither linked nor freed.
 */
#include <ntddk.h>

#define ROUTE_TAG 'tuoR'

typedef struct _ROUTE {
    LIST_ENTRY Link;
    ULONG Destination;
    ULONG Mask;
} ROUTE, *PROUTE;

typedef struct _ROUTE_INPUT {
    ULONG Count;
    struct { ULONG Destination; ULONG Mask; } Entries[1];
} ROUTE_INPUT, *PROUTE_INPUT;

NTSTATUS
RoutesLoadBad(_In_ PLIST_ENTRY Head, _In_ PROUTE_INPUT Input)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    for (i = 0; i < Input->Count; i++) {
        PROUTE r = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ROUTE), ROUTE_TAG); // expect: PT005
        if (r == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        r->Destination = Input->Entries[i].Destination;
        r->Mask = Input->Entries[i].Mask;
        if ((r->Destination & ~r->Mask) != 0) {
            status = STATUS_INVALID_PARAMETER;
            break;                 /* r leaks */
        }
        InsertTailList(Head, &r->Link);
    }
    return status;
}

NTSTATUS
RoutesLoadGood(_In_ PLIST_ENTRY Head, _In_ PROUTE_INPUT Input)
{
    NTSTATUS status = STATUS_SUCCESS;
    ULONG i;

    for (i = 0; i < Input->Count; i++) {
        PROUTE r = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(ROUTE), ROUTE_TAG);
        if (r == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
            break;
        }
        r->Destination = Input->Entries[i].Destination;
        r->Mask = Input->Entries[i].Mask;
        if ((r->Destination & ~r->Mask) != 0) {
            ExFreePoolWithTag(r, ROUTE_TAG);
            status = STATUS_INVALID_PARAMETER;
            break;
        }
        InsertTailList(Head, &r->Link);
    }
    return status;
}
