#include "xfer.h"

VOID
XferCleanup(_Inout_ PXFER_CONTEXT Ctx)
{
    if (Ctx->Mdl != NULL) {
        IoFreeMdl(Ctx->Mdl);   // expect: PT010
        Ctx->Mdl = NULL;
    }
    Ctx->Length = 0;
}
