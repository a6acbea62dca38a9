/*
 * PT007: a helper annotated _IRQL_requires_(DISPATCH_LEVEL) runs at
 * DISPATCH_LEVEL by contract, so a quota allocation it makes (directly or
 * one call away) is wrong. The twin annotated PASSIVE_LEVEL is fine.
 */
#include <ntddk.h>

#define IRQ_TAG 'qrID'

static PVOID
IrqAllocateQuota(_In_ SIZE_T Bytes)
{
    return ExAllocatePoolWithQuotaTag(NonPagedPoolNx, Bytes, IRQ_TAG);   // expect: PT007
}

_IRQL_requires_(DISPATCH_LEVEL)
VOID
IrqOnTick(_Inout_ PVOID *Slot)
{
    *Slot = IrqAllocateQuota(32);
}

_IRQL_requires_(DISPATCH_LEVEL)
VOID
IrqOnTickDirect(_Inout_ PVOID *Slot)
{
    *Slot = ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_USE_QUOTA, 16, IRQ_TAG);   // expect: PT007
}

_IRQL_requires_(PASSIVE_LEVEL)
VOID
IrqOnOpen(_Inout_ PVOID *Slot)
{
    *Slot = ExAllocatePoolWithQuotaTag(PagedPool, 64, IRQ_TAG);
}
