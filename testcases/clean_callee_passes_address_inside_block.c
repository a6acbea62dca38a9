/*
 * Clean: FcbFind hands Fcb->PathName, an array inside the FCB, to a routine
 * the run has no body of. That is an address inside the FCB's own block
 * (the routine may keep it and find the FCB with CONTAINING_RECORD), so the
 * FCB is handed over and FcbOpen's early return leaks nothing we can judge.
 * FcbFind hands it over on every path: one that handed it over only when it
 * succeeds would leave it to FcbOpen's error return, a leak
 * (pt005_callee_takes_only_on_success.c).
 * The twin of pt005_callee_passes_field_value_on.c.
 */
#include <ntddk.h>

#define FCB_TAG 'bcFV'

typedef struct _FCB {
    WCHAR PathName[64];
    PWSTR ObjectName;
    ULONG RefCount;
} FCB, *PFCB;

VOID NameRegister(_In_ PWSTR Name, _In_ PWSTR Source, _In_ ULONG Count);

NTSTATUS
FcbFind(_Inout_ PFCB Fcb, _In_ PWSTR Name)
{
    NameRegister(Fcb->PathName, Name, 64);
    if (Name[0] == L'\0') {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    Fcb->RefCount = 1;
    return STATUS_SUCCESS;
}

NTSTATUS
FcbOpen(_In_ PWSTR Name, _Out_ PFCB *Result)
{
    PFCB fcb;
    NTSTATUS status;

    fcb = ExAllocatePoolZero(NonPagedPoolNx, sizeof(FCB), FCB_TAG);
    if (fcb == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    fcb->ObjectName = fcb->PathName;
    status = FcbFind(fcb, Name);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    *Result = fcb;
    return STATUS_SUCCESS;
}
