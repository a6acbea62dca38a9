/* The DPC only calls through the device's function pointer; what it reaches
 * is decided in setup.c. */
#include "dev.h"

static KDEFERRED_ROUTINE EvDpc;

static VOID
EvDpc(_In_ PKDPC Dpc, _In_opt_ PVOID Context, _In_opt_ PVOID Arg1, _In_opt_ PVOID Arg2)
{
    PEVDEV dev = (PEVDEV)Context;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    dev->OnEvent(dev);
}

VOID
EvStart(_Inout_ PEVDEV Dev)
{
    EvSetup(Dev);
    KeInitializeDpc(&Dev->Dpc, EvDpc, Dev);
}

VOID
EvPassiveWork(_Inout_ PEVDEV Dev)
{
    Dev->OnIdle(Dev);           /* runs at PASSIVE_LEVEL: not reached from the DPC */
}
