/* pooltrack: wdfminiport.h, KMDF for NDIS-WDM miniports: the miniport's
 * framework device and the unload hook. Follows the public KMDF 1.33 header. */
#pragma once
#include <wdf.h>
#ifdef __cplusplus
extern "C" {
#endif
NTSTATUS NTAPI WdfDeviceMiniportCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes,
    PDEVICE_OBJECT DeviceObject, PDEVICE_OBJECT AttachedDeviceObject, PDEVICE_OBJECT Pdo, WDFDEVICE *Device);
VOID NTAPI WdfDriverMiniportUnload(WDFDRIVER Driver);
#ifdef __cplusplus
}
#endif
