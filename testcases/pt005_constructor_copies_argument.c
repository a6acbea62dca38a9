/*
 * PT005: the status-returning constructor copies the caller's buffer into
 * the object it hands out and keeps no pointer to it; the caller frees the
 * buffer only on failure, so on success it leaks.
 * (Twin: clean_constructor_keeps_argument_in_object.c.)
 */
#include <ntddk.h>

typedef struct _OBJ {
    UCHAR Data[16];
    ULONG Len;
} OBJ, *POBJ;

POBJ g_Obj;

NTSTATUS
CreateObj(_In_ PVOID Buf, _In_ ULONG Len, _Out_ POBJ *Out)
{
    POBJ o = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*o), 'jbOC');

    if (o == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(o->Data, Buf, Len < 16 ? Len : 16);
    o->Len = Len;
    *Out = o;
    return STATUS_SUCCESS;
}

NTSTATUS
MakeObj(_In_ ULONG Len)
{
    PVOID b = ExAllocatePoolWithTag(NonPagedPoolNx, Len, 'fuBC');   // expect: PT005
    POBJ o;
    NTSTATUS status;

    if (b == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = CreateObj(b, Len, &o);
    if (!NT_SUCCESS(status)) {
        ExFreePoolWithTag(b, 'fuBC');
        return status;
    }
    g_Obj = o;
    return STATUS_SUCCESS;
}
