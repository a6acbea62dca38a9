/* The twin of msvc_enum_forward_field: the same message layout (a field of an
 * enum type defined later, inside a nested union), and every path frees or
 * hands the buffer over. */
#include <ntddk.h>

typedef struct _CMSG_FAILURE {
    enum _CMSG_ID FailedId;
    NTSTATUS Status;
} CMSG_FAILURE;

typedef struct _CMSG {
    ULONG Id;
    union {
        union {
            struct { ULONG Length; PVOID Buffer; } Read;
            CMSG_FAILURE Failure;
        } Kernel;
    };
} CMSG, *PCMSG;

typedef enum _CMSG_ID { CmsgRead = 1, CmsgClose } CMSG_ID;

NTSTATUS CleanHandleRead(PCMSG msg)
{
    PVOID buf = ExAllocatePoolWithTag(PagedPool, msg->Kernel.Read.Length, 'gsMC');
    if (buf == NULL) return STATUS_INSUFFICIENT_RESOURCES;
    if (msg->Id != CmsgRead || msg->Kernel.Failure.FailedId == CmsgClose) {
        ExFreePoolWithTag(buf, 'gsMC');
        return STATUS_INVALID_PARAMETER;
    }
    msg->Kernel.Read.Buffer = buf;
    return STATUS_SUCCESS;
}
