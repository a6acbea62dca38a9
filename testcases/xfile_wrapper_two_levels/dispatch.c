/* Two wrappers deep and two files away, the allocation still leaks here. */
#include <ntddk.h>

PVOID ObjCreate(_In_ SIZE_T Size);

NTSTATUS
CreateTwo(_Out_ PVOID *First, _Out_ PVOID *Second)
{
    PVOID a = ObjCreate(32);                  // expect: PT005
    PVOID b;

    if (a == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    b = ObjCreate(64);
    if (b == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES; /* a leaks */
    }
    *First = a;
    *Second = b;
    return STATUS_SUCCESS;
}
