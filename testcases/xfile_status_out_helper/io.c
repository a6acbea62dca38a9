/* Callers of the constructor in ctx.c: the context exists only when the
 * status says success, so the failure branch owns nothing, but a later error
 * path that forgets SessionClose leaks it. */
#include "ctx.h"

NTSTATUS
OpenSessionLeaky(_In_ ULONG Id)
{
    PSESSION_CTX ctx;
    NTSTATUS status = SessionCreate(Id, &ctx);     // expect: PT005

    if (!NT_SUCCESS(status)) {
        return status;                /* nothing to free: the constructor failed */
    }
    status = SessionStart(ctx);
    if (!NT_SUCCESS(status)) {
        return status;                /* ctx leaks */
    }
    SessionClose(ctx);
    return STATUS_SUCCESS;
}

NTSTATUS
OpenSessionClean(_In_ ULONG Id)
{
    PSESSION_CTX ctx;
    NTSTATUS status = SessionCreate(Id, &ctx);

    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = SessionStart(ctx);
    SessionClose(ctx);
    return status;
}

VOID
OpenSessionWrongTag(_In_ ULONG Id)
{
    PSESSION_CTX ctx;

    if (NT_SUCCESS(SessionCreate(Id, &ctx))) {
        ExFreePoolWithTag(ctx, 'gnrW');            // expect: PT004
    }
}
