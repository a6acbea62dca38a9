/*
 * Clean: the start context of PsCreateSystemThread belongs to the thread
 * once the call succeeded; the creator frees it only when thread creation
 * failed.
 */
#include <ntddk.h>

#define THR_TAG 'rhTW'

typedef struct _WORKER_START {
    KEVENT Stop;
    ULONG IntervalMs;
} WORKER_START, *PWORKER_START;

KSTART_ROUTINE WorkerThread;

VOID
WorkerThread(_In_ PVOID StartContext)
{
    PWORKER_START start = (PWORKER_START)StartContext;
    LARGE_INTEGER interval;

    interval.QuadPart = -(LONGLONG)start->IntervalMs * 10000;
    while (KeWaitForSingleObject(&start->Stop, Executive, KernelMode, FALSE, &interval)
           == STATUS_TIMEOUT) {
        DbgPrint("tick\n");
    }
    ExFreePoolWithTag(start, THR_TAG);
    PsTerminateSystemThread(STATUS_SUCCESS);
}

NTSTATUS
StartWorker(_In_ ULONG IntervalMs, _Out_ PHANDLE Thread)
{
    NTSTATUS status;
    PWORKER_START start;

    start = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*start), THR_TAG);
    if (start == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    KeInitializeEvent(&start->Stop, NotificationEvent, FALSE);
    start->IntervalMs = IntervalMs;
    status = PsCreateSystemThread(Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL,
                                  WorkerThread, start);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(start, THR_TAG);
    }
    return status;
}
