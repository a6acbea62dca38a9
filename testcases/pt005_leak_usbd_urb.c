/*
 * PT005 of a URB from USBD_UrbAllocate / USBD_SelectConfigUrbAllocateAndBuild
 * (written through the last argument when the status is a success): lost
 * when the descriptor check fails. USBD_UrbFree of pool memory is PT009.
 * The clean twin is clean_usbd_urb.c.
 */
#include <ntddk.h>
#include <usb.h>
#include <usbdlib.h>

#define URBT_TAG 'tbrU'

typedef struct _USB_EXT {
    USBD_HANDLE Handle;
    PURB SelectUrb;
    ULONG Interfaces;
} USB_EXT, *PUSB_EXT;

NTSTATUS
PrepareResetBad(_In_ PUSB_EXT Ext, _In_ BOOLEAN Halted)
{
    PURB urb;
    NTSTATUS status;

    status = USBD_UrbAllocate(Ext->Handle, &urb);            // expect: PT005
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (!Halted) {
        return STATUS_SUCCESS;                               /* urb leaks */
    }
    USBD_UrbFree(Ext->Handle, urb);
    return STATUS_SUCCESS;
}

NTSTATUS
BuildSelectBad(_In_ PUSB_EXT Ext, _In_ PUSB_CONFIGURATION_DESCRIPTOR Config,
               _In_ PUSBD_INTERFACE_LIST_ENTRY List)
{
    PURB urb;
    NTSTATUS status;

    status = USBD_SelectConfigUrbAllocateAndBuild(Ext->Handle, Config, List, &urb);   // expect: PT005
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Ext->Interfaces == 0) {
        return STATUS_DEVICE_CONFIGURATION_ERROR;           /* urb leaks */
    }
    Ext->SelectUrb = urb;
    return STATUS_SUCCESS;
}

VOID
DropUrbBad(_In_ PUSB_EXT Ext)
{
    PURB urb = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(URB), URBT_TAG);
    if (urb == NULL) {
        return;
    }
    USBD_UrbFree(Ext->Handle, urb);                          // expect: PT009
}
