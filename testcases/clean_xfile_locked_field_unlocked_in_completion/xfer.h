#include <ntddk.h>

typedef struct _XFER_CONTEXT {
    PMDL Mdl;
    ULONG Length;
} XFER_CONTEXT, *PXFER_CONTEXT;

NTSTATUS XferPrepare(_Inout_ PXFER_CONTEXT Ctx, _In_ PVOID UserVa, _In_ ULONG Length);
IO_COMPLETION_ROUTINE XferComplete;
VOID XferCleanup(_Inout_ PXFER_CONTEXT Ctx);
