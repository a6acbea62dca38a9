/* The handlers the device's function pointers point to. */
#include "dev.h"

static VOID
RecordEvent(_In_ PEVDEV Dev)
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
IdleWork(_In_ PEVDEV Dev)
{
    PVOID scratch = ExAllocatePoolWithQuotaTag(PagedPool, 32, 'eldI');  /* passive: fine */
    UNREFERENCED_PARAMETER(Dev);
    if (scratch != NULL) {
        ExFreePoolWithTag(scratch, 'eldI');
    }
}

VOID
EvSetup(_Inout_ PEVDEV Dev)
{
    Dev->OnEvent = RecordEvent;
    Dev->OnIdle = &IdleWork;
    Dev->LastEvent = NULL;
}
