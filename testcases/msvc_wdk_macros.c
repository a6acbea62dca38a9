/*
 * MSVC dialect: WDK macros MinGW-w64 spells differently or lacks.
 * UNREFERENCED_PARAMETER is `(P)` in the WDK and `{(P) = (P);}` in MinGW, an
 * error on a const parameter; EXTERN_C_START/EXTERN_C_END and
 * DECLSPEC_RESTRICT are not in MinGW. A parse error in these functions hid
 * the leaks below. The clean twin is clean_msvc_wdk_macros.c.
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
FillRecordLeaks(_In_ const ULONG Flags, _In_ const PVOID Unused, _Out_ PVOID *Out)
{
    UNREFERENCED_PARAMETER(Unused);
    PVOID rec = AllocRecord(32);   // expect: PT005
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Flags & 1) {
        return STATUS_NOT_SUPPORTED;    /* rec leaks */
    }
    *Out = rec;
    return STATUS_SUCCESS;
}
