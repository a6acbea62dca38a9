/* pooltrack: bthxddi.h (none in MinGW-w64), the Bluetooth extensible
 * transport interface between BTHMINI and a transport driver: its IOCTLs,
 * version, capabilities and HCI read/write context. Generated with
 * tools/supplement/wdk_extract.py from the WDK 10.0.16299 km/bthxddi.h
 * (docs/supplement.md); the kit's selectany version variable is declared
 * extern. Samples include it as BthXDDI.h (found case-insensitively). */
#pragma once
#ifndef PT_BTHXDDI_H
#define PT_BTHXDDI_H
#define BTHX_DDI_VERSION_1  0x00000001

typedef enum _BTHX_HCI_PACKET_TYPE {
    HciPacketCommand    = 0x01,
    HciPacketAclData    = 0x02,
    HciPacketEvent      = 0x04
} BTHX_HCI_PACKET_TYPE;

#define BTHX_IOCTL_BASE      0

#define BTHX_CTL(id)  CTL_CODE(FILE_DEVICE_BLUETOOTH,   (id),  METHOD_NEITHER,   FILE_ANY_ACCESS)

#define IOCTL_BTHX_GET_VERSION              BTHX_CTL(BTHX_IOCTL_BASE+0x100)

#define IOCTL_BTHX_SET_VERSION              BTHX_CTL(BTHX_IOCTL_BASE+0x101)

#define IOCTL_BTHX_QUERY_CAPABILITIES       BTHX_CTL(BTHX_IOCTL_BASE+0x102)

#define IOCTL_BTHX_WRITE_HCI                BTHX_CTL(BTHX_IOCTL_BASE+0x103)

#define IOCTL_BTHX_READ_HCI                 BTHX_CTL(BTHX_IOCTL_BASE+0x104)

typedef struct _BTHX_VERSION {
    ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

typedef enum _BTHX_SCO_SUPPORT {
    ScoSupportNone          = 0,
    ScoSupportHCI           = 1,
    ScoSupportHCIBypass     = 2,
} BTHX_SCO_SUPPORT, *PBTHX_SCO_SUPPORT;

typedef struct _BTHX_CAPABILITIES {
    ULONG               MaxAclTransferInSize;
    BTHX_SCO_SUPPORT    ScoSupport;
    ULONG               MaxScoChannels;
    BOOLEAN             IsDeviceIdleCapable;
    BOOLEAN             IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

#pragma pack(push, 1)
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
    ULONG DataLen;
    UCHAR Type;
    UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#pragma pack(pop)
#ifdef __cplusplus
extern "C"
#endif
BTHX_VERSION Microsoft_BTHX_DDI_Version;
#endif
