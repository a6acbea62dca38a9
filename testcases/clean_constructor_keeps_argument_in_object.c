/*
 * Clean: the status-returning constructor keeps the caller's buffer inside
 * the object it hands out through *Out, so on success the buffer belongs to
 * the object (kept in a global); the caller frees it only on failure.
 * (Twin: pt005_constructor_copies_argument.c.)
 */
#include <ntddk.h>

typedef struct _OBJ {
    PVOID Buf;
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
    o->Buf = Buf;
    o->Len = Len;
    *Out = o;
    return STATUS_SUCCESS;
}

NTSTATUS
MakeObj(_In_ ULONG Len)
{
    PVOID b = ExAllocatePoolWithTag(NonPagedPoolNx, Len, 'fuBC');
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
