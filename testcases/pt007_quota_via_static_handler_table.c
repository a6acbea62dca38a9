/*
 * PT007 through a handler table written as a file-scope initializer: the DPC
 * calls the OnEvent handler of g_Ops, and that table's list names
 * RecordEvent (by position) for it, which charges the allocation to the
 * current process's quota. g_IdleOps names IdleWork by designator; only a
 * passive-level routine calls through its field.
 */
#include <ntddk.h>

struct _EVDEV;
typedef VOID EV_HANDLER(_In_ struct _EVDEV *Dev);

typedef struct _EV_OPS {
    ULONG Version;
    EV_HANDLER *OnEvent;
} EV_OPS;

typedef struct _IDLE_OPS {
    ULONG Version;
    EV_HANDLER *OnIdle;
} IDLE_OPS;

typedef struct _EVDEV {
    KDPC Dpc;
    PVOID LastEvent;
} EVDEV, *PEVDEV;

static EV_HANDLER RecordEvent;
static EV_HANDLER IdleWork;

static const EV_OPS g_Ops = { 1, RecordEvent };
static const IDLE_OPS g_IdleOps = { .Version = 1, .OnIdle = &IdleWork };

static VOID
RecordEvent(_In_ struct _EVDEV *Dev)
{
    PVOID ev = ExAllocatePoolWithQuotaTag(NonPagedPoolNx, 64, 'tvEQ');   // expect: PT007
    if (ev != NULL) {
        if (Dev->LastEvent != NULL) {
            ExFreePoolWithTag(Dev->LastEvent, 'tvEQ');
        }
        Dev->LastEvent = ev;
    }
}

static VOID
IdleWork(_In_ struct _EVDEV *Dev)
{
    PVOID scratch = ExAllocatePoolWithQuotaTag(PagedPool, 32, 'eldI');  /* passive: fine */
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
    g_Ops.OnEvent((PEVDEV)Context);
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
    g_IdleOps.OnIdle(Dev);      /* PASSIVE_LEVEL: not reached from the DPC */
}
