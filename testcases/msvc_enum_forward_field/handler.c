#include "message.h"

NTSTATUS Probe(ULONG n);

NTSTATUS HandleRead(PMESSAGE msg)
{
    PVOID buf = ExAllocatePoolWithTag(PagedPool, msg->Kernel.Read.Length, 'gsMK');   // expect: PT005
    if (buf == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (msg->Id != MessageRead) return STATUS_INVALID_PARAMETER;   /* leaks buf */
    msg->Kernel.Read.Buffer = buf;
    return STATUS_SUCCESS;
}

struct LOCAL_EVENT {
    enum _LOCAL_KIND Kind;
    PVOID Data;
};
enum _LOCAL_KIND { LocalOne, LocalTwo };

NTSTATUS HandleLocal(struct LOCAL_EVENT *ev)
{
    PVOID buf = ExAllocatePoolWithTag(PagedPool, 16, 'coLK');   // expect: PT005
    if (buf == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (ev->Kind == LocalTwo && !NT_SUCCESS(Probe(16))) return STATUS_UNSUCCESSFUL;   /* leaks buf */
    ev->Data = buf;
    return STATUS_SUCCESS;
}
