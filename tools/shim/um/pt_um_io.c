/* User-mode I/O manager: driver/device objects, IRPs, MDLs, and the
 * harness calls that load a driver, send IOCTLs and unload it. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "ntddk.h"
#include "pt_um_harness.h"

ULONG DbgPrint(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    return 0;
}

NTSTATUS IoCreateDevice(PDRIVER_OBJECT drv, ULONG ext_size, PUNICODE_STRING name, ULONG type,
                        ULONG chars, BOOLEAN exclusive, PDEVICE_OBJECT *out)
{
    PDEVICE_OBJECT d = calloc(1, sizeof(*d) + ext_size);
    (void)name; (void)type; (void)chars; (void)exclusive;
    *out = NULL;
    if (d == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    d->DriverObject = drv;
    d->DeviceExtension = ext_size ? (PVOID)(d + 1) : NULL;
    d->StackSize = 1;
    d->Flags = DO_DEVICE_INITIALIZING;
    d->NextDevice = drv->DeviceObject;
    drv->DeviceObject = d;
    *out = d;
    return STATUS_SUCCESS;
}

VOID IoDeleteDevice(PDEVICE_OBJECT dev)
{
    PDEVICE_OBJECT *pp = &dev->DriverObject->DeviceObject;
    while (*pp && *pp != dev)
        pp = &(*pp)->NextDevice;
    if (*pp)
        *pp = dev->NextDevice;
    free(dev);
}

PIRP IoAllocateIrp(CCHAR stack, BOOLEAN quota)
{
    PIRP irp = pt_um_mem_alloc(IoSizeOfIrp(stack), 1);
    (void)quota;
    if (irp == NULL)
        return NULL;
    irp->StackCount = stack;
    irp->CurrentLocation = (CCHAR)(stack + 1);
    irp->Tail.Overlay.CurrentStackLocation = &irp->pt_stack[(unsigned char)stack];   /* one past the end */
    return irp;
}

VOID IoFreeIrp(PIRP irp) { pt_um_mem_free(irp, "IoFreeIrp"); }

VOID IoCompleteRequest(PIRP irp, CCHAR boost)
{
    (void)boost;
    if (irp->pt_completed)
        pt_um_bugcheck(0x44, "MULTIPLE_IRP_COMPLETE_REQUESTS");
    irp->pt_completed = TRUE;
}

NTSTATUS IoCallDriver(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s;
    if (irp->CurrentLocation <= 1)
        pt_um_bugcheck(0x35, "NO_MORE_IRP_STACK_LOCATIONS");
    irp->CurrentLocation--;
    s = --irp->Tail.Overlay.CurrentStackLocation;
    s->DeviceObject = dev;
    return dev->DriverObject->MajorFunction[s->MajorFunction](dev, irp);
}

SIZE_T MmSizeOfMdl(PVOID va, SIZE_T len)
{
    uintptr_t first = (uintptr_t)va & ~(uintptr_t)0xfff;
    uintptr_t last = ((uintptr_t)va + len + 0xfff) & ~(uintptr_t)0xfff;
    return sizeof(MDL) + (last - first) / 0x1000 * sizeof(ULONG_PTR);
}

PMDL IoAllocateMdl(PVOID va, ULONG len, BOOLEAN secondary, BOOLEAN quota, PIRP irp)
{
    PMDL m = pt_um_mem_alloc(MmSizeOfMdl(va, len), 1);
    (void)secondary; (void)quota;
    if (m == NULL)
        return NULL;
    m->StartVa = (PVOID)((uintptr_t)va & ~(uintptr_t)0xfff);
    m->ByteOffset = (ULONG)((uintptr_t)va & 0xfff);
    m->ByteCount = len;
    m->Size = (SHORT)MmSizeOfMdl(va, len);
    if (irp != NULL && irp->MdlAddress == NULL)
        irp->MdlAddress = m;
    return m;
}

VOID IoFreeMdl(PMDL m) { pt_um_mem_free(m, "IoFreeMdl"); }

VOID MmProbeAndLockPages(PMDL m, KPROCESSOR_MODE mode, LOCK_OPERATION op)
{
    (void)mode; (void)op;
    if (m->MdlFlags & MDL_PAGES_LOCKED)
        pt_um_bugcheck(0x76, "MmProbeAndLockPages on an MDL whose pages are locked");
    m->MdlFlags |= MDL_PAGES_LOCKED;
    m->MappedSystemVa = MmGetMdlVirtualAddress(m);
}

VOID MmUnlockPages(PMDL m)
{
    if (!(m->MdlFlags & MDL_PAGES_LOCKED))
        pt_um_bugcheck(0x4E, "PFN_LIST_CORRUPT: MmUnlockPages on pages not locked");
    m->MdlFlags &= (SHORT)~MDL_PAGES_LOCKED;
}

VOID MmBuildMdlForNonPagedPool(PMDL m)
{
    m->MdlFlags |= MDL_SOURCE_IS_NONPAGED_POOL;
    m->MappedSystemVa = MmGetMdlVirtualAddress(m);
}

PVOID MmGetSystemAddressForMdlSafe(PMDL m, ULONG prio)
{
    (void)prio;
    return MmGetMdlVirtualAddress(m);
}

NTSTATUS pt_um_load(PDRIVER_OBJECT drv, PDRIVER_INITIALIZE entry)
{
    static WCHAR reg[] = u"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\ptdrv";
    UNICODE_STRING path;
    memset(drv, 0, sizeof(*drv));
    RtlInitUnicodeString(&path, reg);
    return entry(drv, &path);
}

/* As the I/O manager at completion: the MDLs chained at Irp->MdlAddress
 * (IoAllocateMdl(..., Irp) put them there) are unlocked and freed. */
static void free_irp_mdls(PIRP irp)
{
    PMDL m = irp->MdlAddress;
    while (m != NULL) {
        PMDL next = m->Next;
        if (m->MdlFlags & MDL_PAGES_LOCKED)
            MmUnlockPages(m);
        IoFreeMdl(m);
        m = next;
    }
    irp->MdlAddress = NULL;
}

NTSTATUS pt_um_ioctl(PDEVICE_OBJECT dev, ULONG code, const void *in, ULONG in_len,
                     void *out, ULONG out_len, ULONG_PTR *info)
{
    PDRIVER_DISPATCH fn = dev->DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL];
    size_t blen = in_len > out_len ? in_len : out_len;
    PIRP irp = IoAllocateIrp(dev->StackSize, FALSE);
    PIO_STACK_LOCATION s;
    NTSTATUS st;
    if (irp == NULL || fn == NULL) {
        IoFreeIrp(irp);
        return STATUS_INVALID_DEVICE_REQUEST;
    }
    irp->AssociatedIrp.SystemBuffer = blen ? calloc(1, blen) : NULL;
    if (in_len)
        memcpy(irp->AssociatedIrp.SystemBuffer, in, in_len);
    irp->CurrentLocation--;
    s = --irp->Tail.Overlay.CurrentStackLocation;
    s->MajorFunction = IRP_MJ_DEVICE_CONTROL;
    s->DeviceObject = dev;
    s->Parameters.DeviceIoControl.IoControlCode = code;
    s->Parameters.DeviceIoControl.InputBufferLength = in_len;
    s->Parameters.DeviceIoControl.OutputBufferLength = out_len;
    st = fn(dev, irp);
    if (st == STATUS_PENDING)
        pt_um_bugcheck(0xC9, "pending IRPs are not supported by the user-mode harness");
    if (!irp->pt_completed)
        pt_um_bugcheck(0xC9, "dispatch routine returned without completing the IRP");
    if (info)
        *info = irp->IoStatus.Information;
    if (out_len && NT_SUCCESS(st))
        memcpy(out, irp->AssociatedIrp.SystemBuffer,
               irp->IoStatus.Information < out_len ? irp->IoStatus.Information : out_len);
    free(irp->AssociatedIrp.SystemBuffer);
    free_irp_mdls(irp);
    IoFreeIrp(irp);
    return st;
}

void pt_um_unload(PDRIVER_OBJECT drv, NTSTATUS entry_status)
{
    pt_um_run_dpcs();
    if (NT_SUCCESS(entry_status) && drv->DriverUnload != NULL)
        drv->DriverUnload(drv);
    pt_shim_unload_check();
    pt_shim_forget_outstanding();
    pt_um_mem_release_all();
    while (drv->DeviceObject != NULL)
        IoDeleteDevice(drv->DeviceObject);
}
