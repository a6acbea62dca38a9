/* A WDM driver doing what real drivers do with memory the shim does not
 * allocate or free itself: buffers the OS allocates for it, an MDL it hangs
 * on the IRP for the I/O manager to free at completion, contiguous memory
 * freed with MmFreeContiguousMemorySpecifyCache, ExFreePoolWithTag(p, 0),
 * and a leak for the unload hook. No bug but the leak. */
#include <ntddk.h>
#include "pt_shim.h"

#define IOCTL_OS_UPCASE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x860, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_IRP_MDL CTL_CODE(FILE_DEVICE_UNKNOWN, 0x861, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_CONTIG CTL_CODE(FILE_DEVICE_UNKNOWN, 0x862, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_OS_TAG0 CTL_CODE(FILE_DEVICE_UNKNOWN, 0x863, METHOD_BUFFERED, FILE_ANY_ACCESS)

static PVOID g_leak;

/* The OS allocates the upcased buffer; the driver frees it, correctly. */
static NTSTATUS Upcase(void)
{
    static WCHAR name[] = u"device";
    UNICODE_STRING src, up;
    NTSTATUS st;
    RtlInitUnicodeString(&src, name);
    st = RtlUpcaseUnicodeString(&up, &src, TRUE);
    if (!NT_SUCCESS(st))
        return st;
    RtlFreeUnicodeString(&up);                                     /* site:os_free */
    return STATUS_SUCCESS;
}

/* IoAllocateMdl(..., Irp) chains the MDL at Irp->MdlAddress: the I/O
 * manager unlocks and frees it when the IRP completes. */
static NTSTATUS MdlOnIrp(PIRP irp)
{
    PMDL m = IoAllocateMdl(irp->AssociatedIrp.SystemBuffer, 16, FALSE, FALSE, irp); /* site:irp_mdl */
    return m != NULL ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

static NTSTATUS Contiguous(void)
{
    PHYSICAL_ADDRESS low, high, none;
    PVOID p;
    low.QuadPart = 0;
    high.QuadPart = -1;
    none.QuadPart = 0;
    p = MmAllocateContiguousMemorySpecifyCache(4096, low, high, none, MmCached);
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    MmFreeContiguousMemorySpecifyCache(p, 4096, MmCached);
    return STATUS_SUCCESS;
}

/* Tag 0: the kernel frees without checking the tag. */
static NTSTATUS TagZero(void)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, 'o0sO');
    if (p == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    ExFreePoolWithTag(p, 0);
    return STATUS_SUCCESS;
}

static NTSTATUS DispatchIoctl(PDEVICE_OBJECT dev, PIRP irp)
{
    PIO_STACK_LOCATION s = IoGetCurrentIrpStackLocation(irp);
    NTSTATUS st;
    UNREFERENCED_PARAMETER(dev);
    switch (s->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_OS_UPCASE: st = Upcase(); break;
    case IOCTL_OS_IRP_MDL: st = MdlOnIrp(irp); break;
    case IOCTL_OS_CONTIG: st = Contiguous(); break;
    case IOCTL_OS_TAG0: st = TagZero(); break;
    default: st = STATUS_INVALID_DEVICE_REQUEST; break;
    }
    irp->IoStatus.Status = st;
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return st;
}

static VOID DriverUnload(PDRIVER_OBJECT drv)
{
    IoDeleteDevice(drv->DeviceObject);   /* bug: g_leak stays allocated */
}

NTSTATUS DriverEntry(PDRIVER_OBJECT drv, PUNICODE_STRING reg)
{
    PDEVICE_OBJECT dev;
    NTSTATUS st;
    UNREFERENCED_PARAMETER(reg);
    g_leak = ExAllocatePool2(POOL_FLAG_NON_PAGED, 40, 'kaeL');      /* site:leak */
    if (g_leak == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    st = IoCreateDevice(drv, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &dev);
    if (!NT_SUCCESS(st)) {
        ExFreePoolWithTag(g_leak, 'kaeL');
        return st;
    }
    drv->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DispatchIoctl;
    drv->DriverUnload = DriverUnload;
    pt_shim_hook_unload(drv);
    return STATUS_SUCCESS;
}
