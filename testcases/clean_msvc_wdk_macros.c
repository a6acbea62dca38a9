/*
 * MSVC dialect, clean twin of msvc_wdk_macros.c: UNREFERENCED_PARAMETER on
 * const parameters, EXTERN_C_START/EXTERN_C_END, DECLSPEC_RESTRICT, and the
 * record freed.
 */
#include <ntddk.h>

#define WM_TAG 'mWsM'

EXTERN_C_START
DECLSPEC_RESTRICT PVOID AllocRecord(_In_ SIZE_T Size);
EXTERN_C_END

DECLSPEC_RESTRICT PVOID
AllocRecord(_In_ SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, WM_TAG);
}

NTSTATUS
FillRecordFrees(_In_ const ULONG Flags, _In_ const PVOID Unused, _Out_ PVOID *Out)
{
    UNREFERENCED_PARAMETER(Unused);
    UNREFERENCED_PARAMETER(Flags), UNREFERENCED_PARAMETER(Out);
    PVOID rec = AllocRecord(32);
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Flags & 1) {
        ExFreePoolWithTag(rec, WM_TAG);
        return STATUS_NOT_SUPPORTED;
    }
    *Out = rec;
    return STATUS_SUCCESS;
}
