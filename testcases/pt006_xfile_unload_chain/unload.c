/* The chain driver's unload routine. */
#include "chain.h"

VOID
ChnUnload(_In_ PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT dev = DriverObject->DeviceObject;

    ChnReleaseRings((PCHN_EXTENSION)dev->DeviceExtension);
    IoDeleteDevice(dev);
}
