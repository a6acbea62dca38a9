/* pooltrack: the port class names MinGW-w64's portcls.h predates (audio
 * engine nodes, WaveRT input/output streams and notifications, power and
 * runtime-power, ETW helper, stream resources, PoFx settings). Selected from
 * the WDK 10.0.16299 km/portcls.h by the names audio miniports use
 * (docs/supplement.md); included at the end of our portcls.h. */
#pragma once
#ifndef PT_PORTCLS_GEN_H
#define PT_PORTCLS_GEN_H

/* wdk_extract.py: begin */
DEFINE_GUID(IID_IPortClsPower,
0x47ba0351, 0xbc4b, 0x4869, 0x81, 0x34, 0xb7, 0x4f, 0xe1, 0x78, 0x52, 0xd8);

DEFINE_GUID(IID_IPortClsRuntimePower,
0xe057c351, 0x430, 0x4dbc, 0xb1, 0x72, 0xc7, 0x11, 0xd4, 0xa, 0x23, 0x73);

DEFINE_GUID(IID_IPortClsEtwHelper,
0x80ef6667, 0xe8b1, 0x4252, 0xab, 0x9, 0x8f, 0x6d, 0x5e, 0xbb, 0xd1, 0x9f);

DEFINE_GUID(IID_IMiniportWaveRTInputStream,
0xcd8e756a, 0x5fc7, 0x4624, 0x98, 0x4b, 0x2a, 0xf0, 0x29, 0x25, 0xb9, 0x1f);

DEFINE_GUID(IID_IMiniportWaveRTOutputStream,
0x831fc7bc, 0x6347, 0x44bc, 0xb4, 0x7b, 0xc0, 0xc6, 0x57, 0xb5, 0xbf, 0x73);

DEFINE_GUID(IID_IPortClsStreamResourceManager,
0xe1cd9915, 0xcab1, 0x4103, 0xbb, 0x2f, 0x7d, 0xc0, 0x9c, 0x9b, 0xe9, 0x42);

DEFINE_GUID(IID_IPortClsStreamResourceManager2,
0x0d500bae, 0xd565, 0x469d, 0xa0, 0xe2, 0xf2, 0x83, 0x76, 0x0d, 0x71, 0x48);

#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(AutomationTable,PropertyTable,EventTable) const PCAUTOMATION_TABLE AutomationTable = { sizeof(PropertyTable[0]), SIZEOF_ARRAY(PropertyTable), (const PCPROPERTY_ITEM *) PropertyTable, 0,0,NULL, sizeof(EventTable[0]), SIZEOF_ARRAY(EventTable), (const PCEVENT_ITEM *) EventTable, 0 }

#define IMP_IMiniportTopology IMP_IMiniport; STDMETHODIMP_(NTSTATUS) Init (   _In_      PUNKNOWN        UnknownAdapter, _In_      PRESOURCELIST   ResourceList, _In_      PPORTTOPOLOGY   Port )

typedef IMiniportWaveRTStreamNotification *PMINIPORTWAVERTSTREAMNOTIFICATION;

#define IMP_IMiniportWaveRTStreamNotification STDMETHODIMP_(NTSTATUS) AllocateBufferWithNotification ( _In_      ULONG                   NotificationCount, _In_      ULONG                   RequestedSize, _Out_     PMDL                    *AudioBufferMdl, _Out_     ULONG                   *ActualSize, _Out_     ULONG                   *OffsetFromFirstPage, _Out_     MEMORY_CACHING_TYPE     *CacheType ); STDMETHODIMP_(VOID) FreeBufferWithNotification ( _In_      PMDL                    AudioBufferMdl, _In_      ULONG                   BufferSize ); STDMETHODIMP_(NTSTATUS) RegisterNotificationEvent ( _In_      PKEVENT                 NotificationEvent ); STDMETHODIMP_(NTSTATUS) UnregisterNotificationEvent ( _In_      PKEVENT                 NotificationEvent )

DECLARE_INTERFACE_(IMiniportWaveRTInputStream, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    _IRQL_requires_max_(PASSIVE_LEVEL)
    STDMETHOD_(NTSTATUS, GetReadPacket)
        (THIS_
        _Out_ ULONG     *PacketNumber,
        _Out_ DWORD     *Flags,
        _Out_ ULONG64   *PerformanceCounterValue,
        _Out_ BOOL      *MoreData
        )   PURE;

};

typedef IMiniportWaveRTInputStream *PMINIPORTWAVERTINPUTSTREAM;

#define IMP_IMiniportWaveRTInputStream                           _IRQL_requires_max_(PASSIVE_LEVEL)                           STDMETHODIMP_(NTSTATUS) GetReadPacket                        (                                                            _Out_ ULONG     *PacketNumber,                           _Out_ DWORD     *Flags,                                  _Out_ ULONG64   *PerformanceCounterValue,                _Out_ BOOL      *MoreData                                );

DECLARE_INTERFACE_(IMiniportWaveRTOutputStream, IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    _IRQL_requires_max_(PASSIVE_LEVEL)
    STDMETHOD_(NTSTATUS, SetWritePacket)
    (
        THIS_
        _In_ ULONG      PacketNumber,
        _In_ DWORD      Flags,
        _In_ ULONG      EosPacketLength
    ) PURE;

    _IRQL_requires_max_(PASSIVE_LEVEL)
    STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)
    (
        THIS_
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition
    ) PURE;

    _IRQL_requires_max_(PASSIVE_LEVEL)
    STDMETHOD_(NTSTATUS, GetPacketCount)
    (
        THIS_
        _Out_ ULONG		*pPacketCount
    ) PURE;
};

typedef IMiniportWaveRTOutputStream *PMINIPORTWAVERTOUTPUTSTREAM;

#define IMP_IMiniportWaveRTOutputStream                              _IRQL_requires_max_(PASSIVE_LEVEL)                               STDMETHOD_(NTSTATUS, SetWritePacket)                             (                                                                _In_ ULONG      PacketNumber,                                _In_ DWORD      Flags,                                       _In_ ULONG      EosPacketLength                              );                                                                _IRQL_requires_max_(PASSIVE_LEVEL)                               STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)        (                                                                _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition   );                                                                _IRQL_requires_max_(PASSIVE_LEVEL)                               STDMETHOD_(NTSTATUS, GetPacketCount)                             (                                                                _Out_ ULONG		*pPacketCount                                );

DECLARE_INTERFACE_(IMiniportAudioSignalProcessing,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    STDMETHOD_(NTSTATUS,GetModes)
    (   THIS_
        _In_                                        ULONG   Pin,
        _Out_writes_opt_(*NumSignalProcessingModes) GUID*   SignalProcessingModes,
        _Inout_                                     ULONG*  NumSignalProcessingModes
    )   PURE;
};

typedef IMiniportAudioSignalProcessing *PMINIPORTAudioSignalProcessing;

#define IMP_IMiniportAudioSignalProcessing STDMETHODIMP_(NTSTATUS) GetModes ( _In_                                        ULONG   Pin, _Out_writes_opt_(*NumSignalProcessingModes) GUID*   SignalProcessingModes, _Inout_                                     ULONG*  NumSignalProcessingModes );

DECLARE_INTERFACE_(IPortClsPower,IUnknown)
{
    STDMETHOD_(NTSTATUS,RegisterAdapterPowerManagement)
    (
        _In_      PUNKNOWN        _pUnknown,
        _In_      PDEVICE_OBJECT  _DeviceObject
    )   PURE;
    STDMETHOD_(NTSTATUS,UnregisterAdapterPowerManagement)
    (
        _In_      PDEVICE_OBJECT  _DeviceObject
    )   PURE;
    STDMETHOD_(NTSTATUS,SetIdlePowerManagement)
    (
        _In_      PDEVICE_OBJECT  _DeviceObject,
        _In_      BOOLEAN         _bEnabled
    )   PURE;
};

typedef IPortClsPower *PPORTCLSPOWER;

typedef
NTSTATUS
_IRQL_requires_max_(DISPATCH_LEVEL)
(*PCPFNRUNTIME_POWER_CONTROL_CALLBACK)
(
    _In_        LPCGUID PowerControlCode,
    _In_opt_    PVOID   InBuffer,
    _In_        SIZE_T  InBufferSize,
    _Out_opt_   PVOID   OutBuffer,
    _In_        SIZE_T  OutBufferSize,
    _Out_opt_   PSIZE_T BytesReturned,
    _In_opt_    PVOID   Context
);

DECLARE_INTERFACE_(IPortClsRuntimePower,IUnknown)
{
    STDMETHOD_(NTSTATUS,SendPowerControl)
    (
        _In_        PDEVICE_OBJECT  _DeviceObject,
        _In_        LPCGUID         _PowerControlCode,
        _In_opt_    PVOID           _InBuffer,
        _In_        SIZE_T          _InBufferSize,
        _Out_opt_   PVOID           _OutBuffer,
        _In_        SIZE_T          _OutBufferSize,
        _Out_opt_   PSIZE_T         _BytesReturned
    )   PURE;
    STDMETHOD_(NTSTATUS,RegisterPowerControlCallback)
    (
        _In_        PDEVICE_OBJECT                      _DeviceObject,
        _In_        PCPFNRUNTIME_POWER_CONTROL_CALLBACK _Callback,
        _In_opt_    PVOID                               _Context
    ) PURE;
    STDMETHOD_(NTSTATUS,UnregisterPowerControlCallback)
    (
        _In_        PDEVICE_OBJECT  _DeviceObject
    ) PURE;
};

typedef IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;

typedef enum
{
    eMINIPORT_IHV_DEFINED = 0,
    eMINIPORT_BUFFER_COMPLETE,
    eMINIPORT_PIN_STATE,
    eMINIPORT_GET_STREAM_POSITION,
    eMINIPORT_SET_WAVERT_BUFFER_WRITE_POSITION,
    eMINIPORT_GET_PRESENTATION_POSITION,
    eMINIPORT_PROGRAM_DMA,
    eMINIPORT_GLITCH_REPORT,
    eMINIPORT_LAST_BUFFER_RENDERED,
    eMINIPORT_PROCESSING_MODE,
    eMINIPORT_FX_CLSID,
    eMINIPORT_MaxValue
} EPcMiniportEngineEvent;

DECLARE_INTERFACE_(IPortClsEtwHelper,IUnknown)
{
    STDMETHOD_(NTSTATUS,MiniportWriteEtwEvent)
    (
        _In_ EPcMiniportEngineEvent	miniportEventType,
        _In_ ULONGLONG	pvData1,
        _In_ ULONGLONG  pvData2,
        _In_ ULONGLONG  ulData3,
        _In_ ULONGLONG  ulData4
    )   PURE;
};

typedef IPortClsEtwHelper *PPORTCLSETWHELPER;

DEFINE_GUID(IID_IMiniportAudioEngineNode,
0x2ebf536c, 0xef57, 0x4c64, 0xbe, 0xdc, 0x25, 0xc1, 0xa6, 0xd6, 0x68, 0xe6);

DEFINE_GUID(IID_IMiniportStreamAudioEngineNode,
0xbd6eeb4b, 0xe6e5, 0x40fd, 0x8d, 0x5a, 0x5b, 0x1d, 0xcd, 0xe2, 0xc, 0x42);

DEFINE_GUID(IID_IMiniportStreamAudioEngineNode2,
0xaeb7f86a, 0x6cba, 0x44cf, 0xa2, 0xd2, 0xb3, 0xfa, 0x5b, 0x69, 0x68, 0x17);

DEFINE_GUID(IID_IMiniportAudioSignalProcessing,
0xb532678c, 0xbe50, 0x472d, 0x99, 0x73, 0x8a, 0x6f, 0x16, 0x59, 0x49, 0x89);

typedef enum {
    eMixFormat,
    eDeviceFormat,
    eSupportedDeviceFormats,
} eEngineFormatType;

typedef enum {
    eVolumeAttribute,
    eMuteAttribute,
    ePeakMeterAttribute,
} eChannelTargetType;

DECLARE_INTERFACE_(IMiniportAudioEngineNode,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    STDMETHOD_(NTSTATUS,GetAudioEngineDescriptor)
    (   THIS_
        _In_  ULONG ulNodeId,
        _Out_ KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor
    )   PURE;
    STDMETHOD_(NTSTATUS,GetGfxState)
    (   THIS_
        _In_  ULONG ulNodeId,
        _Out_ BOOL *pbEnable
    )   PURE;
    STDMETHOD_(NTSTATUS,SetGfxState)
    (   THIS_
        _In_ ULONG ulNodeId,
        _In_ BOOL  bEnable
    )   PURE;
    STDMETHOD_(NTSTATUS,GetEngineFormatSize)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  eEngineFormatType	formatType,
        _Out_ ULONG *pulFormatSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetMixFormat)
    (   THIS_
        _In_  ULONG ulNodeId,
        _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat,
        _In_  ULONG ulBufferSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetDeviceFormat)
    (   THIS_
        _In_  ULONG ulNodeId,
        _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat,
        _In_  ULONG ulBufferSize
    )   PURE;
    STDMETHOD_(NTSTATUS,SetDeviceFormat)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  KSDATAFORMAT_WAVEFORMATEX *pFormat,
        _In_  ULONG ulBufferSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetSupportedDeviceFormats)
    (   THIS_
        _In_  ULONG ulNodeId,
        _Out_ KSMULTIPLE_ITEM* pFormats,
        _In_  ULONG ulBufferSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetDeviceChannelCount)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  eChannelTargetType targetType,
        _Out_  UINT32 *pulChannelCount
    )   PURE;
    STDMETHOD_(NTSTATUS,GetDeviceAttributeSteppings)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  eChannelTargetType targetType,
        _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong,
        _In_  UINT32 ui32DataSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetDeviceChannelVolume)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  UINT32 ulChannel,
        _Out_  LONG *plVolume
    )   PURE;
    STDMETHOD_(NTSTATUS,SetDeviceChannelVolume)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  UINT32 ulChannel,
        _In_  LONG lVolume
    )   PURE;

    STDMETHOD_(NTSTATUS,GetDeviceChannelMute)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  UINT32 ulChannel,
        _Out_  BOOL *pbMute
    )   PURE;
    STDMETHOD_(NTSTATUS,SetDeviceChannelMute)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  UINT32 ulChannel,
        _In_  BOOL	 bMute
    )   PURE;
    STDMETHOD_(NTSTATUS,GetDeviceChannelPeakMeter)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  UINT32 ulChannel,
        _Out_ LONG *plPeakMeter
    )   PURE;
    STDMETHOD_(NTSTATUS,GetBufferSizeRange)
    (   THIS_
        _In_  ULONG ulNodeId,
        _In_  KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,
        _Out_ KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange
    )   PURE;

};

#define IMP_IMiniportAudioEngineNode                     STDMETHODIMP_(NTSTATUS) GetAudioEngineDescriptor   (        _In_ ULONG _ulNodeId, _Out_ KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor ); STDMETHODIMP_(NTSTATUS) GetGfxState   (        _In_ ULONG _ulNodeId, _Out_ BOOL *pbEnable ); STDMETHODIMP_(NTSTATUS) SetGfxState   (        _In_ ULONG _ulNodeId, _In_ BOOL bEnable ); STDMETHODIMP_(NTSTATUS) GetEngineFormatSize   (        _In_  ULONG ulNodeId, _In_  eEngineFormatType	formatType, _Out_ ULONG *pulFormatSize ); STDMETHODIMP_(NTSTATUS) GetMixFormat   (        _In_  ULONG ulNodeId, _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat, _In_  ULONG ulBufferSize ); STDMETHODIMP_(NTSTATUS) GetDeviceFormat   (        _In_  ULONG ulNodeId, _Out_ KSDATAFORMAT_WAVEFORMATEX *pFormat, _In_  ULONG ulBufferSize ); STDMETHODIMP_(NTSTATUS) SetDeviceFormat   (        _In_  ULONG ulNodeId, _In_ KSDATAFORMAT_WAVEFORMATEX *pFormat, _In_  ULONG ulBufferSize ); STDMETHODIMP_(NTSTATUS) GetSupportedDeviceFormats   (        _In_  ULONG ulNodeId, _Out_ KSMULTIPLE_ITEM* pFormats, _In_  ULONG ulBufferSize ); STDMETHODIMP_(NTSTATUS) GetDeviceChannelCount   (        _In_  ULONG	ulNodeId, _In_  eChannelTargetType targetType, _Out_ UINT32 *pulChannelCount ); STDMETHODIMP_(NTSTATUS) GetDeviceAttributeSteppings   (        _In_  ULONG ulNodeId, _In_  eChannelTargetType targetType, _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong, _In_  UINT32 ui32DataSize ); STDMETHODIMP_(NTSTATUS) GetDeviceChannelVolume   (        _In_  ULONG ulNodeId, _In_  UINT32 ulChannel, _Out_  LONG *plVolume ); STDMETHODIMP_(NTSTATUS) SetDeviceChannelVolume   (        _In_  ULONG ulNodeId, _In_  UINT32 ulChannel, _In_  LONG   lValue ); STDMETHODIMP_(NTSTATUS) GetDeviceChannelMute   (        _In_  ULONG ulNodeId, _In_  UINT32 ulChannel, _Out_ BOOL *pbMute ); STDMETHODIMP_(NTSTATUS) SetDeviceChannelMute   (        _In_  ULONG ulNodeId, _In_  UINT32 ulChannel, _In_  BOOL bMute ); STDMETHODIMP_(NTSTATUS) GetDeviceChannelPeakMeter   (        _In_  ULONG ulNodeId, _In_  UINT32 ulChannel, _Out_ LONG *plPeakMeter ); STDMETHODIMP_(NTSTATUS) GetBufferSizeRange   (        _In_  ULONG ulNodeId, _In_  KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx, _Out_ KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange );

DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    STDMETHOD_(NTSTATUS,GetLfxState)
    (   THIS_
        _Out_ BOOL *pbEnable
    )   PURE;
    STDMETHOD_(NTSTATUS,SetLfxState)
    (   THIS_
        _In_ BOOL bEnable
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamChannelCount)
    (   THIS_
        _In_ eChannelTargetType targetType,
        _Out_ UINT32 *pulChannelCount
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamAttributeSteppings)
    (   THIS_
        _In_ eChannelTargetType targetType,
        _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong,
        _In_ UINT32 ui32DataSize
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamChannelVolume)
    (   THIS_
        _In_ UINT32 ulChannel,
        _Out_ LONG	 *plValue
    )   PURE;
     STDMETHOD_(NTSTATUS,SetStreamChannelVolume)
    (   THIS_
        _In_ UINT32                                 Channel,
        _In_ LONG                                   TargetVolume,
        _In_ AUDIO_CURVE_TYPE                       CurveType,
        _In_ ULONGLONG                              CurveDuration
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamChannelMute)
    (   THIS_
        _In_ UINT32 ulChannel,
        _Out_ BOOL	*pbMute
    )   PURE;
    STDMETHOD_(NTSTATUS,SetStreamChannelMute)
    (   THIS_
        _In_ UINT32 ulChannel,
        _In_ BOOL	bMute
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamChannelPeakMeter)
    (   THIS_
        _In_ UINT32 ulChannel,
        _Out_ LONG	 *plPeakMeter
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamPresentationPosition)
    (   THIS_
        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition
    )   PURE;
    STDMETHOD_(NTSTATUS,SetStreamCurrentWritePosition)
    (   THIS_
        _In_ ULONG ulCurrentWritePosition
    )   PURE;
    STDMETHOD_(NTSTATUS,GetStreamLinearBufferPosition)
    (   THIS_
        _Out_ ULONGLONG *pullLinearBufferPosition
    )   PURE;
    STDMETHOD_(NTSTATUS,SetStreamLoopbackProtection)
    (   THIS_
        _In_ CONSTRICTOR_OPTION ProtectionOption
    )   PURE;
};

#define IMP_IMiniportStreamAudioEngineNode                     STDMETHODIMP_(NTSTATUS) GetLfxState   (        _Out_ BOOL *pbEnable ); STDMETHODIMP_(NTSTATUS) SetLfxState   (        _In_ BOOL bEnable ); STDMETHODIMP_(NTSTATUS) GetStreamChannelCount   (        _In_ eChannelTargetType targetType, _Out_ UINT32 *pulChannelCount ); STDMETHODIMP_(NTSTATUS) GetStreamAttributeSteppings   (        _In_ eChannelTargetType targetType, _Out_ PKSPROPERTY_STEPPING_LONG pKsPropStepLong, _In_ UINT32 ui32DataSize ); STDMETHODIMP_(NTSTATUS) GetStreamChannelVolume   (        _In_ UINT32 ulChannel, _Out_ LONG *plVolume ); STDMETHODIMP_(NTSTATUS) SetStreamChannelVolume   (        _In_ UINT32                                 Channel,  _In_ LONG                                   TargetVolume,  _In_ AUDIO_CURVE_TYPE                       CurveType,  _In_ ULONGLONG                              CurveDuration  ); STDMETHODIMP_(NTSTATUS) GetStreamChannelMute   (        _In_ UINT32 ulChannel, _Out_ BOOL *pbMute ); STDMETHODIMP_(NTSTATUS) SetStreamChannelMute   (        _In_ UINT32 ulChannel, _In_ BOOL bMute ); STDMETHODIMP_(NTSTATUS) GetStreamChannelPeakMeter   (        _In_ UINT32 ulChannel, _Out_ LONG	*plPeakMeter ); STDMETHODIMP_(NTSTATUS) GetStreamPresentationPosition   (        _Out_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition ); STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePosition   (        _In_ ULONG ulCurrentWritePosition ); STDMETHODIMP_(NTSTATUS) GetStreamLinearBufferPosition   (        _Out_ ULONGLONG *pullLinearBufferPosition ); STDMETHODIMP_(NTSTATUS) SetStreamLoopbackProtection   (        _In_ CONSTRICTOR_OPTION ProtectionOption );

DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode2,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()
    STDMETHOD_(NTSTATUS,SetStreamCurrentWritePositionForLastBuffer)
    (   THIS_
        _In_ ULONG _ulWritePosition
    )   PURE;
};

#define IMP_IMiniportStreamAudioEngineNode2   STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePositionForLastBuffer   (    _In_ ULONG _ulWritePosition  );

PORTCLASSAPI
NTSTATUS
NTAPI
PcGetPhysicalDeviceObject
(
    IN  PDEVICE_OBJECT  pDeviceObject,
    OUT PDEVICE_OBJECT  *ppPhysicalObject
);

typedef
_Function_class_(EVT_PC_POST_PO_FX_REGISTER_DEVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
EVT_PC_POST_PO_FX_REGISTER_DEVICE(
    _In_ PVOID    PoFxDeviceContext,
    _In_ POHANDLE PoHandle
    );

typedef EVT_PC_POST_PO_FX_REGISTER_DEVICE *PFN_PC_POST_PO_FX_REGISTER_DEVICE;

typedef
_Function_class_(EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE(
    _In_ PVOID    PoFxDeviceContext,
    _In_ POHANDLE PoHandle
    );

typedef EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE *PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE;

typedef struct _PC_POWER_FRAMEWORK_SETTINGS {
  ULONG                                         Size;
  PFN_PC_POST_PO_FX_REGISTER_DEVICE             EvtPcPostPoFxRegisterDevice;
  PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE            EvtPcPrePoFxUnregisterDevice;
  PPO_FX_COMPONENT                              Component;
  PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK    ComponentActiveConditionCallback;
  PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK      ComponentIdleConditionCallback;
  PPO_FX_COMPONENT_IDLE_STATE_CALLBACK          ComponentIdleStateCallback;
  PPO_FX_POWER_CONTROL_CALLBACK                 PowerControlCallback;
  PVOID                                         PoFxDeviceContext;
} PC_POWER_FRAMEWORK_SETTINGS, *PPC_POWER_FRAMEWORK_SETTINGS;

PORTCLASSAPI
NTSTATUS
NTAPI
PcAssignPowerFrameworkSettings(
  _In_ PDEVICE_OBJECT DeviceObject,
  _In_ PPC_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings
  );

DECLARE_HANDLE(PCSTREAMRESOURCE);

typedef enum _PcStreamResourceType {
    ePcStreamResourceInterrupt,
    ePcStreamResourceThread,
    ePcStreamResourceSet
} PcStreamResourceType, *PPcStreamResourceType;

typedef struct _PCSTREAMRESOURCE_DESCRIPTOR {

    ULONG                   Size;
    ULONG                   Flags;
    PDEVICE_OBJECT          Pdo;
    PcStreamResourceType    Type;
    union {
        struct {
            ULONG           Version;
            PVOID           Generic;
        } Interrupt;
        PETHREAD            Thread;
        PVOID               ResourceSet;
    } Resource;

} PCSTREAMRESOURCE_DESCRIPTOR, *PPCSTREAMRESOURCE_DESCRIPTOR;

#define DEFINE_ABSTRACT_IPORTCLSSTREAMRESOURCEMANAGER()          STDMETHOD_(NTSTATUS,AddStreamResource)                       (   THIS_                                                    _In_  PVOID             ResourceSet,                     _In_  PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,   _Out_ PCSTREAMRESOURCE* ResourceHandle                   ) PURE;                                                      STDMETHOD_(NTSTATUS,RemoveStreamResource)                    (                                                            THIS_                                                    _In_ PCSTREAMRESOURCE   ResourceHandle                   ) PURE;

DECLARE_INTERFACE_(IPortClsStreamResourceManager,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    DEFINE_ABSTRACT_IPORTCLSSTREAMRESOURCEMANAGER()
};

typedef IPortClsStreamResourceManager *PPORTCLSStreamResourceManager;

DECLARE_INTERFACE_(IPortClsStreamResourceManager2,IPortClsStreamResourceManager)
{
    DEFINE_ABSTRACT_UNKNOWN()

    DEFINE_ABSTRACT_IPORTCLSSTREAMRESOURCEMANAGER()

    STDMETHOD_(NTSTATUS,AddStreamResource2)
    (   THIS_
        _In_  PDEVICE_OBJECT    PhysicalDeviceObject,
        _In_  PVOID             ResourceSet,
        _In_  PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
        _Out_ PCSTREAMRESOURCE* ResourceHandle
    ) PURE;
};

typedef IPortClsStreamResourceManager2 *PPORTCLSStreamResourceManager2;

DEFINE_GUID(IID_IPortClsNotifications,
0x1E092CE2L, 0xDB25, 0x483B, 0x84, 0x46, 0xB0, 0x96, 0x12, 0x15, 0x25, 0x8B);

typedef struct _PCNOTIFICATION_BUFFER
{
    UCHAR NotificationBuffer[1];
} PCNOTIFICATION_BUFFER, *PPCNOTIFICATION_BUFFER;

DECLARE_INTERFACE_(IPortClsNotifications,IUnknown)
{
    DEFINE_ABSTRACT_UNKNOWN()

    STDMETHOD_(NTSTATUS, AllocNotificationBuffer)
    (   THIS_
        _In_    POOL_TYPE               PoolType,
        _In_    USHORT                  NumberOfBytes,
        _Out_   PPCNOTIFICATION_BUFFER* NotificationBuffer
    )   PURE;

    STDMETHOD_(void, FreeNotificationBuffer)
    (   THIS_
        _In_    PPCNOTIFICATION_BUFFER  NotificationBuffer
    )   PURE;

    STDMETHOD_(void, SendNotification)
    (   THIS_
        _In_    const GUID*             NotificationId,
        _In_    PPCNOTIFICATION_BUFFER  NotificationBuffer
    )   PURE;
};

typedef IPortClsNotifications *PPORTCLSNOTIFICATIONS;
/* wdk_extract.py: end */

#endif
