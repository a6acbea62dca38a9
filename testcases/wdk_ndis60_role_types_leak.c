/* An NDIS 6.0 miniport (netvmini's shape): lookaside callbacks declared with
 * the wdm.h role types ALLOCATE_FUNCTION/FREE_FUNCTION, a timer routine with
 * NDIS_TIMER_FUNCTION, NDIS_PM_CAPABILITIES (MinGW-w64 declares it only from
 * NDIS 6.20) and NDIS_STATUS_ADAPTER_NOT_FOUND. Without them every function
 * here has parse errors and is not path-analysed. */
#define NDIS_MINIPORT_DRIVER 1
#define NDIS60_MINIPORT 1
#include <ndis.h>

#define FRAME_TAG 'mrFN'

ALLOCATE_FUNCTION HwFrameAllocate;
FREE_FUNCTION HwFrameFree;
NDIS_TIMER_FUNCTION HwResetTimer;

typedef struct _ADAPTER {
    NDIS_PM_CAPABILITIES Pm;
    PVOID Frames;
    BOOLEAN Present;
} ADAPTER, *PADAPTER;

PVOID HwFrameAllocate(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag)
{
    return ExAllocatePoolWithTag(PoolType, NumberOfBytes, Tag);
}

VOID HwFrameFree(PVOID Buffer)
{
    ExFreePoolWithTag(Buffer, FRAME_TAG);
}

VOID HwResetTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    ((PADAPTER)FunctionContext)->Present = TRUE;
}

NDIS_STATUS HwInitialize(PADAPTER Adapter)
{
    PVOID frames = ExAllocatePoolWithTag(NonPagedPoolNx, 2048, FRAME_TAG);   // expect: PT005
    if (frames == NULL) return NDIS_STATUS_RESOURCES;
    Adapter->Pm.MinMagicPacketWakeUp = NdisDeviceStateD3;
    if (!Adapter->Present) return NDIS_STATUS_ADAPTER_NOT_FOUND;   /* frames leak */
    Adapter->Frames = frames;
    return NDIS_STATUS_SUCCESS;
}
