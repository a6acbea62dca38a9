/*
 * MSVC dialect, clean twin of msvc_function_literal.c: the same logging
 * macros ("[" __FUNCTION__ "] ", __FUNCSIG__, __func__), every block freed.
 */
#include <ntddk.h>

#define LOG_TAG 'gLsM'
#define LOG_HEADER "[" __FUNCTION__ "] "
#define LogInfo(Format, ...) DbgPrint(LOG_HEADER Format "\n", __VA_ARGS__)
#define LogSig(Msg) DbgPrint(__FUNCSIG__ ": " Msg "\n")

NTSTATUS
CopyNameFrees(_In_ PCUNICODE_STRING Name, _Out_ PWCHAR *Copy)
{
    PWCHAR buffer = ExAllocatePoolWithTag(NonPagedPoolNx, Name->Length, LOG_TAG);
    if (buffer == NULL) {
        LogInfo("no memory for %wZ", Name);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    if (Name->Length == 0) {
        LogInfo("empty name %d", 0);
        ExFreePoolWithTag(buffer, LOG_TAG);
        return STATUS_INVALID_PARAMETER;
    }
    RtlCopyMemory(buffer, Name->Buffer, Name->Length);
    *Copy = buffer;
    return STATUS_SUCCESS;
}

VOID
ProbeFrees(_In_ ULONG Size)
{
    PVOID p = ExAllocatePoolWithTag(PagedPool, Size, LOG_TAG);
    if (p == NULL) {
        LogSig("no memory");
        return;
    }
    DbgPrint("%s: " __func__ " got %p\n", __FUNCTION__, p);
    ExFreePoolWithTag(p, LOG_TAG);
}
