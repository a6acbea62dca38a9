/*
 * MSVC dialect, clean twin of msvc_msc_ver.c: code gated on _MSC_VER and
 * _M_X64, the copy freed on the exception path.
 */
#include <ntddk.h>

#if !defined(_MSC_VER) || _MSC_VER < 1900 || !defined(_MSC_FULL_VER)
#error "build with Visual Studio 2015 or later"
#endif
#if !defined(_M_X64) || !defined(_M_AMD64)
#error "x64 only"
#endif

#ifdef _MSC_VER
#define PROBE_TRY __try
#define PROBE_EXCEPT __except (EXCEPTION_EXECUTE_HANDLER)
#else
#define PROBE_TRY if (1)
#define PROBE_EXCEPT else
#endif

#define MV_TAG 'vMsM'

NTSTATUS
CaptureFrees(_In_ PVOID UserBuffer, _In_ ULONG Length, _Out_ PVOID *Out)
{
    PVOID copy = ExAllocatePoolWithTag(PagedPool, Length, MV_TAG);
    if (copy == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    PROBE_TRY {
        ProbeForRead(UserBuffer, Length, 1);
        RtlCopyMemory(copy, UserBuffer, Length);
    } PROBE_EXCEPT {
        ExFreePoolWithTag(copy, MV_TAG);
        return GetExceptionCode();
    }
    *Out = copy;
    return STATUS_SUCCESS;
}
