/*
 * Clean: a handler table whose list leaves out the braces of its first
 * member (brace elision: 1 and 0 fill Id). Counting positions naively would
 * put IdleWork, which charges quota, into OnEvent, the field the DPC calls
 * through; the list's shape is not sure, so none of its stores is assumed.
 */
#include <ntddk.h>

struct _EVDEV;
typedef VOID EV_HANDLER(_In_ struct _EVDEV *Dev);

typedef struct _EV_ID {
    ULONG Code;
    ULONG Flags;
} EV_ID;

typedef struct _EV_OPS {
    EV_ID Id;
    EV_HANDLER *OnIdle;
    EV_HANDLER *OnEvent;
} EV_OPS;

typedef struct _EVDEV {
    KDPC Dpc;
    PVOID LastEvent;
} EVDEV, *PEVDEV;

static EV_HANDLER IdleWork;

static const EV_OPS g_Ops = { 1, 0, IdleWork, NULL };

static VOID
IdleWork(_In_ struct _EVDEV *Dev)
{
    PVOID scratch = ExAllocatePoolWithQuotaTag(PagedPool, 32, 'eldI');
    UNREFERENCED_PARAMETER(Dev);
    if (scratch != NULL) {
        ExFreePoolWithTag(scratch, 'eldI');
    }
}

static KDEFERRED_ROUTINE EvDpc;

static VOID
EvDpc(_In_ PKDPC Dpc, _In_opt_ PVOID Context, _In_opt_ PVOID Arg1, _In_opt_ PVOID Arg2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    if (g_Ops.OnEvent != NULL) {
        g_Ops.OnEvent((PEVDEV)Context);
    }
}

VOID
EvStart(_Inout_ PEVDEV Dev)
{
    Dev->LastEvent = NULL;
    KeInitializeDpc(&Dev->Dpc, EvDpc, Dev);
}

VOID
EvPassiveWork(_Inout_ PEVDEV Dev)
{
    g_Ops.OnIdle(Dev);
}
