/*
 * PT005: FcbFind hands only the pointer held in Fcb->ObjectName to a routine
 * the run has no body of; that routine cannot reach the FCB itself, so
 * FcbFind only fills the FCB it is given, and FcbOpen still owns it when
 * the lookup fails.
 */
#include <ntddk.h>

#define FCB_TAG 'bcFV'

typedef struct _FCB {
    WCHAR PathName[64];
    PWSTR ObjectName;
    ULONG RefCount;
} FCB, *PFCB;

VOID NameCopy(_Out_writes_(Count) PWSTR Destination, _In_ PWSTR Source, _In_ ULONG Count);

NTSTATUS
FcbFind(_Inout_ PFCB Fcb, _In_ PWSTR Name)
{
    if (Name[0] == L'\0') {
        return STATUS_OBJECT_NAME_NOT_FOUND;
    }
    NameCopy(Fcb->ObjectName, Name, 64);
    Fcb->RefCount = 1;
    return STATUS_SUCCESS;
}

NTSTATUS
FcbOpen(_In_ PWSTR Name, _Out_ PFCB *Result)
{
    PFCB fcb;
    NTSTATUS status;

    fcb = ExAllocatePoolZero(NonPagedPoolNx, sizeof(FCB), FCB_TAG);   // expect: PT005
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
