/* A kernel driver built with the shim force-included (-include pt_shim.h),
 * compiled (not run) with MinGW-w64 against its DDK headers. */
#include <ntddk.h>

static PVOID g_buf;
static NPAGED_LOOKASIDE_LIST g_la;

static VOID Unload(PDRIVER_OBJECT drv)
{
    UNREFERENCED_PARAMETER(drv);
    ExFreePoolWithTag(g_buf, 'fBmS');
    ExDeleteNPagedLookasideList(&g_la);
}

static VOID Dpc(PKDPC dpc, PVOID ctx, PVOID a1, PVOID a2)
{
    PVOID e;
    UNREFERENCED_PARAMETER(dpc);
    UNREFERENCED_PARAMETER(ctx);
    UNREFERENCED_PARAMETER(a1);
    UNREFERENCED_PARAMETER(a2);
    e = ExAllocateFromNPagedLookasideList(&g_la);
    if (e != NULL)
        ExFreeToNPagedLookasideList(&g_la, e);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    ANSI_STRING a;
    UNICODE_STRING u;
    PMDL mdl;
    PIRP irp;
    KDPC dpc;
    UNREFERENCED_PARAMETER(reg);
    g_buf = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'fBmS');
    if (g_buf == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExInitializeNPagedLookasideList(&g_la, NULL, NULL, 0, 32, 'aLmS', 0);
    KeInitializeDpc(&dpc, Dpc, NULL);
    RtlInitAnsiString(&a, "x");
    if (NT_SUCCESS(RtlAnsiStringToUnicodeString(&u, &a, TRUE)))
        RtlFreeUnicodeString(&u);
    mdl = IoAllocateMdl(g_buf, 64, FALSE, FALSE, NULL);
    if (mdl != NULL) {
        MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
        MmUnlockPages(mdl);
        IoFreeMdl(mdl);
    }
    irp = IoAllocateIrp(1, FALSE);
    if (irp != NULL)
        IoFreeIrp(irp);
    ExFreePool(ExAllocatePoolWithQuotaTag(PagedPool, 8, 'qQmS'));
    pt_shim_fail_nth(0);
    drv->DriverUnload = Unload;
    pt_shim_hook_unload(drv);
    return STATUS_SUCCESS;
}
