/*
 * PT005 leak in a file-system minifilter pre-create callback: a scratch
 * path buffer is allocated, FltGetFileNameInformation fails, and the
 * callback returns FLT_PREOP_SUCCESS_NO_CALLBACK without freeing it.
 */
#include <fltKernel.h>

#define MF_TAG 'tlFM'

FLT_PREOP_CALLBACK_STATUS
MfPreCreateBad(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
               _Flt_CompletionContext_Outptr_ PVOID *CompletionContext)
{
    NTSTATUS status;
    PFLT_FILE_NAME_INFORMATION nameInfo = NULL;
    PWCHAR scratch;

    UNREFERENCED_PARAMETER(FltObjects);
    *CompletionContext = NULL;

    scratch = ExAllocatePoolWithTag(PagedPool, 512 * sizeof(WCHAR), MF_TAG);   // expect: PT005
    if (scratch == NULL) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    status = FltGetFileNameInformation(Data, FLT_FILE_NAME_NORMALIZED |
                                             FLT_FILE_NAME_QUERY_DEFAULT, &nameInfo);
    if (!NT_SUCCESS(status)) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;          /* scratch leaks */
    }
    if (nameInfo->Name.Length < 512 * sizeof(WCHAR)) {
        RtlCopyMemory(scratch, nameInfo->Name.Buffer, nameInfo->Name.Length);
    }
    FltReleaseFileNameInformation(nameInfo);
    ExFreePoolWithTag(scratch, MF_TAG);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}

FLT_PREOP_CALLBACK_STATUS
MfPreCreateGood(_Inout_ PFLT_CALLBACK_DATA Data, _In_ PCFLT_RELATED_OBJECTS FltObjects,
                _Flt_CompletionContext_Outptr_ PVOID *CompletionContext)
{
    NTSTATUS status;
    PFLT_FILE_NAME_INFORMATION nameInfo = NULL;
    PWCHAR scratch;

    UNREFERENCED_PARAMETER(FltObjects);
    *CompletionContext = NULL;

    scratch = ExAllocatePoolWithTag(PagedPool, 512 * sizeof(WCHAR), MF_TAG);
    if (scratch == NULL) {
        return FLT_PREOP_SUCCESS_NO_CALLBACK;
    }
    status = FltGetFileNameInformation(Data, FLT_FILE_NAME_NORMALIZED |
                                             FLT_FILE_NAME_QUERY_DEFAULT, &nameInfo);
    if (NT_SUCCESS(status)) {
        if (nameInfo->Name.Length < 512 * sizeof(WCHAR)) {
            RtlCopyMemory(scratch, nameInfo->Name.Buffer, nameInfo->Name.Length);
        }
        FltReleaseFileNameInformation(nameInfo);
    }
    ExFreePoolWithTag(scratch, MF_TAG);
    return FLT_PREOP_SUCCESS_NO_CALLBACK;
}
