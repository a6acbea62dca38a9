/* pooltrack: ufxclient.h (none in MinGW-w64), the USB function class
 * extension for USB function controller drivers: device and endpoint
 * handles, callbacks and capabilities, and the USBFN types they use.
 * Generated with tools/supplement/wdk_extract.py (CLOSURE=1, SAL taken out)
 * from the WDK 10.0.16299 shared/usbfnbase.h, km/usbfnattach.h,
 * km/ufxproprietarycharger.h, km/ufx/1.1/ufxbase.h and ufxclient.h (in that
 * order: types before their users) for the names the measured driver uses, and the Ufx*
 * routines from their inline wrappers (INLINE=1
 * tools/supplement/cx_prototypes.py). docs/supplement.md. */
#pragma once
#ifndef PT_UFXCLIENT_H
#define PT_UFXCLIENT_H
#include <wdf.h>
#include <usbspec.h>
#include "usbfnioctl.h"
#ifdef __cplusplus
extern "C" {
#endif
typedef enum _USBFN_PORT_TYPE {
    UsbfnUnknownPort = 0,
    UsbfnStandardDownstreamPort,
    UsbfnChargingDownstreamPort,
    UsbfnDedicatedChargingPort,
    UsbfnInvalidDedicatedChargingPort,
    UsbfnProprietaryDedicatedChargingPort,
    UsbfnPortTypeMaximum
} USBFN_PORT_TYPE, *PUSBFN_PORT_TYPE;

typedef enum _USBFN_DEVICE_STATE {
    UsbfnDeviceStateMinimum = 0x0,

    UsbfnDeviceStateAttached,

    UsbfnDeviceStateDefault,

    UsbfnDeviceStateDetached,

    UsbfnDeviceStateAddressed,

    UsbfnDeviceStateConfigured,

    UsbfnDeviceStateSuspended,

    UsbfnDeviceStateStateMaximum
} USBFN_DEVICE_STATE, *PUSBFN_DEVICE_STATE;

typedef struct _UFX_PROPRIETARY_CHARGER {

    GUID ChargerId;

    DEVICE_POWER_STATE DxState;
} UFX_PROPRIETARY_CHARGER, *PUFX_PROPRIETARY_CHARGER;

DECLARE_HANDLE(UFXDEVICE);

DECLARE_HANDLE(UFXENDPOINT);

typedef struct _UFXENDPOINT_INIT *PUFXENDPOINT_INIT;

typedef struct _UFX_DEVICE_CAPABILITIES {
    ULONG Size;
    USB_DEVICE_SPEED MaxSpeed;

    ULONG RemoteWakeSignalDelay;
    BOOLEAN PdcpSupported;

    USHORT InEndpointBitmap;
    USHORT OutEndpointBitmap;
} UFX_DEVICE_CAPABILITIES, *PUFX_DEVICE_CAPABILITIES;

typedef struct _UFX_HARDWARE_FAILURE_CONTEXT {
    ULONG Size;
    ULONG ExceptionCode;
    UCHAR Data[1];
} UFX_HARDWARE_FAILURE_CONTEXT, *PUFX_HARDWARE_FAILURE_CONTEXT;

typedef enum _USBFN_ACTION {
    UsbfnActionNone = 0,
    UsbfnActionNoCad,
    UsbfnActionDetectProprietaryCharger
} USBFN_ACTION, *PUSBFN_ACTION;

#define IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE             CTL_CODE(FILE_DEVICE_BUS_EXTENDER,   0x100,                      METHOD_IN_DIRECT,           FILE_READ_DATA |            FILE_WRITE_DATA)

typedef

VOID
EVT_UFX_DEVICE_HOST_CONNECT (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_HOST_CONNECT *PFN_UFX_DEVICE_HOST_CONNECT;

typedef

VOID
EVT_UFX_DEVICE_HOST_DISCONNECT (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_HOST_DISCONNECT *PFN_UFX_DEVICE_HOST_DISCONNECT;

typedef

VOID
EVT_UFX_DEVICE_ADDRESSED (
     UFXDEVICE,
     USHORT
    );

typedef EVT_UFX_DEVICE_ADDRESSED *PFN_UFX_DEVICE_ADDRESSED;

typedef

NTSTATUS
EVT_UFX_DEVICE_ENDPOINT_ADD (
     UFXDEVICE,
     const PUSB_ENDPOINT_DESCRIPTOR,
     PUFXENDPOINT_INIT
    );

typedef EVT_UFX_DEVICE_ENDPOINT_ADD *PFN_UFX_DEVICE_ENDPOINT_ADD;

typedef

VOID
EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD (
     UFXDEVICE,
     USHORT,
     PUFXENDPOINT_INIT
    );

typedef EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD *PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD;

typedef

VOID
EVT_UFX_DEVICE_USB_STATE_CHANGE (
     UFXDEVICE,
     USBFN_DEVICE_STATE
    );

typedef EVT_UFX_DEVICE_USB_STATE_CHANGE *PFN_UFX_DEVICE_USB_STATE_CHANGE;

typedef

VOID
EVT_UFX_DEVICE_PORT_CHANGE (
     UFXDEVICE,
     USBFN_PORT_TYPE
    );

typedef EVT_UFX_DEVICE_PORT_CHANGE *PFN_UFX_DEVICE_PORT_CHANGE;

typedef

VOID
EVT_UFX_DEVICE_PORT_DETECT (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_PORT_DETECT *PFN_UFX_DEVICE_PORT_DETECT;

typedef

VOID
EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL *PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL;

typedef

VOID
EVT_UFX_DEVICE_CONTROLLER_RESET (
     UFXDEVICE,
     PUFX_HARDWARE_FAILURE_CONTEXT
    );

typedef EVT_UFX_DEVICE_CONTROLLER_RESET *PFN_UFX_DEVICE_CONTROLLER_RESET;

typedef

VOID
EVT_UFX_DEVICE_TEST_MODE_SET (
     UFXDEVICE,
     ULONG
    );

typedef EVT_UFX_DEVICE_TEST_MODE_SET *PFN_UFX_DEVICE_TEST_MODE_SET;

typedef

NTSTATUS
EVT_UFX_DEVICE_TESTHOOK (
     UFXDEVICE,
     PVOID,
     size_t,
     PVOID,
     size_t
    );

typedef EVT_UFX_DEVICE_TESTHOOK *PFN_UFX_DEVICE_TESTHOOK;

typedef

VOID
EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE (
     UFXDEVICE,
     USHORT,
     BOOLEAN
    );

typedef EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE *PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE;

typedef

VOID
EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT;

typedef

VOID
EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY (
     UFXDEVICE,
     WDFREQUEST
    );

typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY;

typedef

VOID
EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET (
     UFXDEVICE
    );

typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET;

typedef struct _UFX_DEVICE_CALLBACKS {
    ULONG Size;
    PFN_UFX_DEVICE_HOST_CONNECT EvtDeviceHostConnect;
    PFN_UFX_DEVICE_HOST_DISCONNECT EvtDeviceHostDisconnect;
    PFN_UFX_DEVICE_ADDRESSED EvtDeviceAddressed;
    PFN_UFX_DEVICE_ENDPOINT_ADD EvtDeviceEndpointAdd;
    PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD EvtDeviceDefaultEndpointAdd;
    PFN_UFX_DEVICE_USB_STATE_CHANGE EvtDeviceUsbStateChange;
    PFN_UFX_DEVICE_PORT_CHANGE EvtDevicePortChange;
    PFN_UFX_DEVICE_PORT_DETECT EvtDevicePortDetect;
    PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL EvtDeviceRemoteWakeupSignal;
    PFN_UFX_DEVICE_CONTROLLER_RESET EvtDeviceControllerReset;
    PFN_UFX_DEVICE_TEST_MODE_SET EvtDeviceTestModeSet;
    PFN_UFX_DEVICE_TESTHOOK EvtDeviceTestHook;
    PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE EvtDeviceSuperSpeedPowerFeature;
    PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT EvtDeviceProprietaryChargerDetect;
    PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY EvtDeviceProprietaryChargerSetProperty;
    PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET EvtDeviceProprietaryChargerReset;
} UFX_DEVICE_CALLBACKS, *PUFX_DEVICE_CALLBACKS;

typedef struct _UFX_ENDPOINT_CALLBACKS {
    ULONG Size;
} UFX_ENDPOINT_CALLBACKS, *PUFX_ENDPOINT_CALLBACKS;

VOID NTAPI UFX_DEVICE_CALLBACKS_INIT(PUFX_DEVICE_CALLBACKS Callbacks);
VOID NTAPI UFX_DEVICE_CAPABILITIES_INIT(PUFX_DEVICE_CAPABILITIES Capabilities);
NTSTATUS NTAPI UfxFdoInit(WDFDRIVER WdfDriver, PWDFDEVICE_INIT DeviceInit, PWDF_OBJECT_ATTRIBUTES FdoAttributes);
NTSTATUS NTAPI UfxDeviceCreate(WDFDEVICE WdfDevice, PUFX_DEVICE_CALLBACKS Callbacks, PUFX_DEVICE_CAPABILITIES Capabilities, PWDF_OBJECT_ATTRIBUTES Attributes, UFXDEVICE* UfxDevice);
VOID NTAPI UfxDeviceEventComplete(UFXDEVICE UfxDevice, NTSTATUS Status);
VOID NTAPI UfxDeviceNotifyHardwareReady(UFXDEVICE UfxDevice);
VOID NTAPI UfxDeviceNotifyAttach(UFXDEVICE UfxDevice);
VOID NTAPI UfxDeviceNotifyDetach(UFXDEVICE UfxDevice);
VOID NTAPI UfxDeviceNotifySuspend(UFXDEVICE UfxDevice);
VOID NTAPI UfxDeviceNotifyResume(UFXDEVICE UfxDevice);
VOID NTAPI UfxDeviceNotifyReset(UFXDEVICE UfxDevice, USB_DEVICE_SPEED DeviceSpeed);
VOID NTAPI UfxDevicePortDetectComplete(UFXDEVICE UfxDevice, USBFN_PORT_TYPE PortType);
VOID NTAPI UfxDevicePortDetectCompleteEx(UFXDEVICE UfxDevice, USBFN_PORT_TYPE PortType, USBFN_ACTION Action);
VOID NTAPI UfxDeviceProprietaryChargerDetectComplete(UFXDEVICE UfxDevice, PUFX_PROPRIETARY_CHARGER DetectedCharger);
VOID NTAPI UfxDeviceNotifyHardwareFailure(UFXDEVICE UfxDevice, PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
BOOLEAN NTAPI UfxDeviceIoControl(UFXDEVICE UfxDevice, WDFREQUEST Request, size_t OutputBufferLength, size_t InputBufferLength, ULONG IoControlCode);
BOOLEAN NTAPI UfxDeviceIoInternalControl(UFXDEVICE UfxDevice, WDFREQUEST Request, size_t OutputBufferLength, size_t InputBufferLength, ULONG IoControlCode);
VOID NTAPI UFX_ENDPOINT_CALLBACKS_INIT(PUFX_ENDPOINT_CALLBACKS Callbacks);
NTSTATUS NTAPI UfxEndpointCreate(UFXDEVICE UfxDevice, PUFXENDPOINT_INIT EndpointInit, PWDF_OBJECT_ATTRIBUTES Attributes, PWDF_IO_QUEUE_CONFIG TransferQueueConfig, PWDF_OBJECT_ATTRIBUTES TransferQueueAttributes, PWDF_IO_QUEUE_CONFIG CommandQueueConfig, PWDF_OBJECT_ATTRIBUTES CommandQueueAttributes, UFXENDPOINT* UfxEndpoint);
VOID NTAPI UfxEndpointInitSetEventCallbacks(PUFXENDPOINT_INIT EndpointInit, PUFX_ENDPOINT_CALLBACKS Callbacks);
VOID NTAPI UfxEndpointNotifySetup(UFXENDPOINT UfxEndpoint, PUSB_DEFAULT_PIPE_SETUP_PACKET SetupInfo);
WDFQUEUE NTAPI UfxEndpointGetTransferQueue(UFXENDPOINT UfxEndpoint);
WDFQUEUE NTAPI UfxEndpointGetCommandQueue(UFXENDPOINT UfxEndpoint);
#ifdef __cplusplus
}
#endif
#endif
