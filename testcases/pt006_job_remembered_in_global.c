/*
 * PT006: the twin of clean_pt006_work_item_points_to_itself.c. The job
 * points to itself through its work item, which keeps it nowhere, but it is
 * also remembered in g_LastJob; the worker keeps it there (the last job, for
 * a later request) and nothing frees it, not even the unload routine.
 */
#include <ntddk.h>

#define JOB_TAG 'boJW'

static PVOID g_LastJob;

typedef struct _JOB {
    WORK_QUEUE_ITEM Item;
    PIRP Irp;
} JOB, *PJOB;

static VOID
DoJob(_In_ PVOID Context)
{
    PJOB job = (PJOB)Context;

    job->Irp->IoStatus.Status = STATUS_SUCCESS;
    IoCompleteRequest(job->Irp, IO_NO_INCREMENT);
    job->Irp = NULL;
}

BOOLEAN
QueueJob(_In_ PIRP Irp)
{
    PJOB job = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(JOB), JOB_TAG);   // expect: PT006

    if (job == NULL) {
        return FALSE;
    }
    job->Irp = Irp;
    g_LastJob = job;
    ExInitializeWorkItem(&job->Item, DoJob, job);
    ExQueueWorkItem(&job->Item, DelayedWorkQueue);
    return TRUE;
}

static VOID
JobUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS
DriverEntry(_In_ PDRIVER_OBJECT DriverObject, _In_ PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = JobUnload;
    return STATUS_SUCCESS;
}
