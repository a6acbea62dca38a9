/*
 * PT004 tag-mismatch where the tags come from an enum and a const ULONG:
 * the comparison is by value, so the Good functions, which spell the same
 * tag differently, are clean, and the Bad ones differ by one character.
 */
#include <wdm.h>

enum DRIVER_TAGS {
    TagIrpContext = 'CprI',
    TagWorkItem   = 'IkrW',
    TagTimer      = 'rmiT'
};

static const ULONG IrpContextTag = 'CprI';
static const ULONG IrpContextTagOld = 'cprI';

typedef struct _IRP_CONTEXT {
    PIRP Irp;
    PDEVICE_OBJECT Device;
    ULONG RetryCount;
} IRP_CONTEXT, *PIRP_CONTEXT;

VOID
IrpContextRoundTripEnumVsConstGood(_In_ PIRP Irp)
{
    PIRP_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), TagIrpContext);

    if (ctx == NULL) {
        return;
    }
    ctx->Irp = Irp;
    ctx->RetryCount = 3;
    ExFreePoolWithTag(ctx, IrpContextTag);
}

VOID
IrpContextRoundTripConstBad(_In_ PIRP Irp)
{
    PIRP_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), IrpContextTag);

    if (ctx == NULL) {
        return;
    }
    ctx->Irp = Irp;
    ExFreePoolWithTag(ctx, IrpContextTagOld);      // expect: PT004
}

VOID
IrpContextRoundTripEnumBad(_In_ PIRP Irp)
{
    PIRP_CONTEXT ctx = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(*ctx), TagIrpContext);

    if (ctx == NULL) {
        return;
    }
    ctx->Irp = Irp;
    ExFreePoolWithTag(ctx, TagWorkItem);           // expect: PT004
}
