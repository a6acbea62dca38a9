/*
 * PT008 double-free of a lookaside entry: returned to the list on the
 * timeout path and again by the common completion code.
 */
#include <ntddk.h>

typedef struct _CMD {
    ULONG Opcode;
    NTSTATUS Result;
} CMD, *PCMD;

typedef struct _CMD_EXT {
    NPAGED_LOOKASIDE_LIST CmdLookaside;
    KEVENT CmdDone;
} CMD_EXT, *PCMD_EXT;

NTSTATUS
RunCommandBad(_In_ PCMD_EXT Ext, _In_ ULONG Opcode)
{
    PCMD cmd;
    LARGE_INTEGER timeout;
    NTSTATUS status;

    cmd = ExAllocateFromNPagedLookasideList(&Ext->CmdLookaside);
    if (cmd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    cmd->Opcode = Opcode;
    cmd->Result = STATUS_PENDING;
    timeout.QuadPart = -10 * 1000 * 1000;       /* 1 s */
    status = KeWaitForSingleObject(&Ext->CmdDone, Executive, KernelMode, FALSE, &timeout);
    if (status == STATUS_TIMEOUT) {
        ExFreeToNPagedLookasideList(&Ext->CmdLookaside, cmd);
    } else {
        status = cmd->Result;
    }
    ExFreeToNPagedLookasideList(&Ext->CmdLookaside, cmd);       // expect: PT008
    return status;
}

NTSTATUS
RunCommandGood(_In_ PCMD_EXT Ext, _In_ ULONG Opcode)
{
    PCMD cmd;
    LARGE_INTEGER timeout;
    NTSTATUS status;

    cmd = ExAllocateFromNPagedLookasideList(&Ext->CmdLookaside);
    if (cmd == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    cmd->Opcode = Opcode;
    cmd->Result = STATUS_PENDING;
    timeout.QuadPart = -10 * 1000 * 1000;
    status = KeWaitForSingleObject(&Ext->CmdDone, Executive, KernelMode, FALSE, &timeout);
    if (status != STATUS_TIMEOUT) {
        status = cmd->Result;
    }
    ExFreeToNPagedLookasideList(&Ext->CmdLookaside, cmd);
    return status;
}
