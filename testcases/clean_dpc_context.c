/*
 * Clean: a block passed as the DeferredContext of KeInitializeDpc is owned
 * by the DPC routine, which frees it; a timer DPC set up the same way.
 */
#include <ntddk.h>

#define DPC_TAG 'cpDT'

typedef struct _DEFERRED_WORK {
    KDPC Dpc;
    KTIMER Timer;
    ULONG Code;
} DEFERRED_WORK, *PDEFERRED_WORK;

KDEFERRED_ROUTINE DeferredWorkDpc;

VOID
DeferredWorkDpc(_In_ PKDPC Dpc, _In_opt_ PVOID DeferredContext,
                _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2)
{
    PDEFERRED_WORK work = (PDEFERRED_WORK)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    if (work == NULL) {
        return;
    }
    DbgPrint("deferred code %u\n", work->Code);
    ExFreePoolWithTag(work, DPC_TAG);
}

NTSTATUS
QueueDeferredWork(_In_ ULONG Code)
{
    PDEFERRED_WORK work = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*work), DPC_TAG);

    if (work == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    work->Code = Code;
    KeInitializeDpc(&work->Dpc, DeferredWorkDpc, work);
    KeInsertQueueDpc(&work->Dpc, NULL, NULL);
    return STATUS_SUCCESS;
}

NTSTATUS
ScheduleDeferredWork(_In_ ULONG Code, _In_ LONGLONG DelayMs)
{
    LARGE_INTEGER due;
    PDEFERRED_WORK work = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*work), DPC_TAG);

    if (work == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    work->Code = Code;
    KeInitializeDpc(&work->Dpc, DeferredWorkDpc, work);
    KeInitializeTimer(&work->Timer);
    due.QuadPart = -DelayMs * 10000;
    KeSetTimer(&work->Timer, due, &work->Dpc);
    return STATUS_SUCCESS;
}
