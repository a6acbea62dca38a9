/* A power engine plug-in (pepfx.h) in the shape of the WDK's ACPI PEP sample:
 * PEP_ACPI_EVALUATE_CONTROL_METHOD, PEP_WORK_INFORMATION and the work types,
 * PEPHANDLE. MinGW-w64 has no pepfx.h: every function here had parse errors. */
#include <ntddk.h>
#include <pepfx.h>

#define PEP_TAG 'xpeP'

typedef struct _MY_PEP_WORK {
    PEP_WORK_INFORMATION Info;
    PVOID Result;
} MY_PEP_WORK, *PMY_PEP_WORK;

NTSTATUS EvaluateMethod(PPEP_ACPI_EVALUATE_CONTROL_METHOD Ecm, PMY_PEP_WORK Work)
{
    PVOID output = ExAllocatePool2(POOL_FLAG_NON_PAGED, Ecm->OutputArgumentSize, PEP_TAG);   // expect: PT005
    if (output == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    Work->Info.WorkType = PepWorkAcpiEvaluateControlMethodComplete;
    Work->Info.ControlMethodComplete.DeviceHandle = Ecm->DeviceHandle;
    if (Ecm->MethodName != 'DSD_')
        return STATUS_NOT_SUPPORTED;   /* output leaks */
    Work->Result = output;
    return STATUS_SUCCESS;
}
