/*
 * Clean twin of pt005_leak_usbd_urb.c: URBs freed with USBD_UrbFree on every
 * path, kept in the device extension, or handed to an IRP's stack location
 * with USBD_AssignUrbToIoStackLocation (its completion routine frees it).
 */
#include <ntddk.h>
#include <usb.h>
#include <usbdlib.h>
#include <usbioctl.h>

typedef struct _USB_EXT {
    USBD_HANDLE Handle;
    PDEVICE_OBJECT Lower;
    PURB SelectUrb;
    ULONG Interfaces;
} USB_EXT, *PUSB_EXT;

IO_COMPLETION_ROUTINE ResetPipeComplete;

NTSTATUS
PrepareResetGood(_In_ PUSB_EXT Ext, _In_ BOOLEAN Halted)
{
    PURB urb;
    NTSTATUS status;

    status = USBD_UrbAllocate(Ext->Handle, &urb);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (!Halted) {
        USBD_UrbFree(Ext->Handle, urb);
        return STATUS_SUCCESS;
    }
    USBD_UrbFree(Ext->Handle, urb);
    return STATUS_SUCCESS;
}

NTSTATUS
BuildSelectGood(_In_ PUSB_EXT Ext, _In_ PUSB_CONFIGURATION_DESCRIPTOR Config,
                _In_ PUSBD_INTERFACE_LIST_ENTRY List)
{
    PURB urb;
    NTSTATUS status;

    status = USBD_SelectConfigUrbAllocateAndBuild(Ext->Handle, Config, List, &urb);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Ext->Interfaces == 0) {
        USBD_UrbFree(Ext->Handle, urb);
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }
    Ext->SelectUrb = urb;
    return STATUS_SUCCESS;
}

NTSTATUS
ResetPipeComplete(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_opt_ PVOID Context)
{
    PUSB_EXT ext = (PUSB_EXT)DeviceObject->DeviceExtension;

    USBD_UrbFree(ext->Handle, (PURB)Context);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS
SendResetPipe(_In_ PUSB_EXT Ext, _In_ PIRP Irp)
{
    PURB urb;
    PIO_STACK_LOCATION next;
    NTSTATUS status;

    status = USBD_UrbAllocate(Ext->Handle, &urb);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    next = IoGetNextIrpStackLocation(Irp);
    next->MajorFunction = IRP_MJ_INTERNAL_DEVICE_CONTROL;
    next->Parameters.DeviceIoControl.IoControlCode = IOCTL_INTERNAL_USB_SUBMIT_URB;
    USBD_AssignUrbToIoStackLocation(Ext->Handle, next, urb);
    IoSetCompletionRoutine(Irp, ResetPipeComplete, urb, TRUE, TRUE, TRUE);
    return IoCallDriver(Ext->Lower, Irp);
}
