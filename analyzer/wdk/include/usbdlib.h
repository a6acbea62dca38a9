/* pooltrack: MinGW-w64's usbdlib.h (the USBD_ routines up to Windows 7) plus
 * the Windows 8 USBD interface: USBD_HANDLE and the client contract,
 * USBD_CreateHandle/CloseHandle, URB allocation (USBD_UrbAllocate and the
 * select-configuration/interface builders), capability queries. Signatures
 * and values checked against the WDK 10.0.16299 km/usbdlib.h. */
#pragma once
#include <usb.h>
#include_next <usbdlib.h>
#ifndef PT_USBDLIB_H
#define PT_USBDLIB_H

#ifdef __cplusplus
extern "C" {
#endif

DECLARE_HANDLE(USBD_HANDLE);
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
NTSTATUS NTAPI USBD_CreateHandle(PDEVICE_OBJECT DeviceObject, PDEVICE_OBJECT TargetDeviceObject,
                                 ULONG USBDClientContractVersion, ULONG PoolTag, USBD_HANDLE *USBDHandle);
VOID NTAPI USBD_CloseHandle(USBD_HANDLE USBDHandle);
NTSTATUS NTAPI USBD_QueryUsbCapability(USBD_HANDLE USBDHandle, const GUID *CapabilityType,
                                       ULONG OutputBufferLength, PUCHAR OutputBuffer, PULONG ResultLength);
NTSTATUS NTAPI USBD_UrbAllocate(USBD_HANDLE USBDHandle, PURB *Urb);
VOID NTAPI USBD_UrbFree(USBD_HANDLE USBDHandle, PURB Urb);
NTSTATUS NTAPI USBD_IsochUrbAllocate(USBD_HANDLE USBDHandle, ULONG NumberOfIsochPacket, PURB *Urb);
NTSTATUS NTAPI USBD_SelectConfigUrbAllocateAndBuild(USBD_HANDLE USBDHandle,
    PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor, PUSBD_INTERFACE_LIST_ENTRY InterfaceList, PURB *Urb);
NTSTATUS NTAPI USBD_SelectInterfaceUrbAllocateAndBuild(USBD_HANDLE USBDHandle,
    USBD_CONFIGURATION_HANDLE ConfigurationHandle, PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry, PURB *Urb);
VOID NTAPI USBD_AssignUrbToIoStackLocation(USBD_HANDLE USBDHandle, PIO_STACK_LOCATION IoStackLocation, PURB Urb);
extern const GUID GUID_USB_CAPABILITY_CHAINED_MDLS;
extern const GUID GUID_USB_CAPABILITY_STATIC_STREAMS;
extern const GUID GUID_USB_CAPABILITY_SELECTIVE_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_FUNCTION_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_HIGH_BANDWIDTH_ISOCH;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_TIME_SYNC;

#ifdef __cplusplus
}
#endif
#endif
