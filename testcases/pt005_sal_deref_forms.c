/* SAL 1.1 _Deref_ forms (ntstrsafe.h copies, older drivers): unknown to
 * MinGW's sal.h, each read as a type name and the declaration lost. */
#include <ntddk.h>

NTSTATUS CopyName(_Inout_ _Deref_post_notnull_ PCWSTR *Name, _Deref_out_range_(0, 64) PULONG Length,
                  _Deref_pre_z_ PCWSTR *Source)
{
    PWSTR copy = ExAllocatePoolWithTag(PagedPool, 64 * sizeof(WCHAR), 'maNC');   // expect: PT005
    if (copy == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (*Source == NULL) return STATUS_INVALID_PARAMETER;   /* leaks copy */
    *Length = 0;
    *Name = copy;
    return STATUS_SUCCESS;
}
