/*
 * PT007 across files: DPC routines registered here (KeInitializeDpc) or
 * declared with the KDEFERRED_ROUTINE role type reach quota allocations one,
 * two and three calls away in helpers.c. RecordPassive charges quota too, but
 * only the passive-level dispatch path calls it: clean.
 */
#include "dpc.h"

static VOID
SampleDpc(_In_ PKDPC Dpc, _In_opt_ PVOID Context, _In_opt_ PVOID A1, _In_opt_ PVOID A2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(A1);
    UNREFERENCED_PARAMETER(A2);
    RecordSample((PQDEV)Context);
}

VOID
RoleDeclaredDpc(_In_ PKDPC Dpc, _In_opt_ PVOID Context, _In_opt_ PVOID A1, _In_opt_ PVOID A2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(A1);
    UNREFERENCED_PARAMETER(A2);
    RecordViaHelper((PQDEV)Context);
}

NTSTATUS
QdevStart(_In_ PQDEV Dev)
{
    KeInitializeDpc(&Dev->Dpc, SampleDpc, Dev);
    KeInitializeDpc(&Dev->OtherDpc, RoleDeclaredDpc, Dev);
    KeInitializeTimer(&Dev->Timer);
    return STATUS_SUCCESS;
}

NTSTATUS
QdevDispatchIoctl(_In_ PQDEV Dev)      /* PASSIVE_LEVEL */
{
    RecordPassive(Dev);
    return STATUS_SUCCESS;
}
