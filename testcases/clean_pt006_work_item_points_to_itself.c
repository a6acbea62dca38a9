/*
 * Clean: a job block holds its own work item, and ExInitializeWorkItem
 * stores the job into that item's Parameter, `(&job->Item)->Parameter =
 * job`: the block points to itself, which keeps it nowhere. The worker
 * routine frees it.
 */
#include <ntddk.h>

#define JOB_TAG 'boJW'

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
    ExFreePoolWithTag(job, JOB_TAG);
}

BOOLEAN
QueueJob(_In_ PIRP Irp)
{
    PJOB job = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(JOB), JOB_TAG);

    if (job == NULL) {
        return FALSE;
    }
    job->Irp = Irp;
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
