/* pooltrack: the WDK wdm.h device-reset interface (GUID in wdmguid.h),
 * which MinGW-w64 lacks: bus drivers (KMDF PDOs) expose it through
 * WdfDeviceAddQueryInterface. Names, members and values as in the WDK
 * 10.0.16299 km/wdm.h and shared/wdmguid.h. Included by wdf.h; it lives
 * apart from wdm.h, which other work extends. */
#pragma once
#ifndef PT_WDM_RESET_H
#define PT_WDM_RESET_H
#ifdef __cplusplus
extern "C" {
#endif
#define DEVICE_RESET_INTERFACE_VERSION 1
typedef enum _DEVICE_RESET_TYPE { FunctionLevelDeviceReset, PlatformLevelDeviceReset } DEVICE_RESET_TYPE;
typedef NTSTATUS (*PDEVICE_RESET_HANDLER)(PVOID InterfaceContext, DEVICE_RESET_TYPE ResetType, ULONG Flags,
                                          PVOID ResetParameters);
typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
    USHORT Size;
    USHORT Version;
    PVOID Context;
    PINTERFACE_REFERENCE InterfaceReference;
    PINTERFACE_DEREFERENCE InterfaceDereference;
    PDEVICE_RESET_HANDLER DeviceReset;
    ULONG SupportedResetTypes;
    PVOID Reserved;
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;
DEFINE_GUID(GUID_DEVICE_RESET_INTERFACE_STANDARD, 0x649fdf26, 0x3bc0, 0x4813, 0xad, 0x24, 0x7e, 0xc, 0x1e, 0xda, 0x3f,
            0xa3);
#ifdef __cplusplus
}
#endif
#endif
