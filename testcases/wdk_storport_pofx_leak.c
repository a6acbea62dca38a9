/* A Storport miniport with runtime power (PoFx) and hybrid-disk requests, in
 * the shape of the WDK's storahci sample: sp_DRIVER_INITIALIZE,
 * STOR_POFX_DEVICE_V3 and its components, HYBRID_REQUEST_BLOCK, the dump
 * modes, RAID_SYSTEM_POWER. Without them every function here had parse
 * errors and was not path-analysed. */
#include <storport.h>

#define POFX_TAG 'xfoP'

sp_DRIVER_INITIALIZE DriverEntry;

typedef struct _ADAPTER {
    PSTOR_POFX_DEVICE_V3 PoFx;
    RAID_SYSTEM_POWER SystemPower;
    ULONG DumpMode;
} ADAPTER, *PADAPTER;

ULONG RegisterPower(PADAPTER Adapter, PHYBRID_REQUEST_BLOCK Hybrid)
{
    PSTOR_POFX_DEVICE_V3 pofx = NULL;
    ULONG size = sizeof(STOR_POFX_DEVICE_V3) + sizeof(STOR_POFX_COMPONENT_V2);
    ULONG status = StorPortAllocatePool(Adapter, size, POFX_TAG, (PVOID *)&pofx);   // expect: PT005
    if (status != STOR_STATUS_SUCCESS) return status;
    pofx->Version = STOR_POFX_DEVICE_VERSION_V3;
    pofx->ComponentCount = 1;
    if (Adapter->DumpMode == DUMP_MODE_CRASH || Hybrid->Function == HYBRID_FUNCTION_GET_INFO)
        return STOR_STATUS_NOT_IMPLEMENTED;   /* pofx leaks */
    Adapter->PoFx = pofx;
    Adapter->SystemPower = RaidSystemPowerUnknown;
    return STOR_STATUS_SUCCESS;
}
