/* pooltrack: the parts of the WDK's shared/netiodef.h that kernel network
 * code (WSK clients, WFP callouts) uses: network module and interface ids of
 * the NMR (NPI_MODULEID, NPIID), on top of ws2def.h/ws2ipdef.h. Checked
 * against the WDK 10.0.16299 shared/netiodef.h. */
#pragma once
#ifndef PT_NETIODEF_H
#define PT_NETIODEF_H
#include <ws2def.h>
#include <ws2ipdef.h>
#include <ifdef.h>
#include <nldef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _NPI_MODULEID_TYPE { MIT_GUID = 1, MIT_IF_LUID } NPI_MODULEID_TYPE;
typedef struct _NPI_MODULEID {
    USHORT Length;
    NPI_MODULEID_TYPE Type;
    union {
        GUID Guid;
        LUID IfLuid;
    };
} NPI_MODULEID;
typedef const NPI_MODULEID *PNPI_MODULEID;
typedef GUID NPIID;
typedef const NPIID *PNPIID;
extern const NPI_MODULEID NPI_MS_NMR_MODULEID;

/* Ethernet and IP headers as the WDK lays them out */
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
typedef struct _ETHERNET_HEADER {
    UCHAR Destination[6];
    UCHAR Source[6];
    union {
        USHORT Type;
        USHORT Length;
    };
} ETHERNET_HEADER, *PETHERNET_HEADER;
#define IPV4_VERSION 4
#define IPV6_VERSION 0x60   /* 6 << 4 */
#define IP_VER_MASK 0xF0
#define ETH_LENGTH_OF_HEADER 14
typedef struct _IPV4_HEADER {
    union {
        UCHAR VersionAndHeaderLength;
        struct {
            UCHAR HeaderLength : 4;
            UCHAR Version : 4;
        };
    };
    union {
        UCHAR TypeOfServiceAndEcnField;
        struct {
            UCHAR EcnField : 2;
            UCHAR TypeOfService : 6;
        };
    };
    USHORT TotalLength;
    USHORT Identification;
    union {
        USHORT FlagsAndOffset;
        struct {
            USHORT DontUse1 : 5;
            USHORT MoreFragments : 1;
            USHORT DontFragment : 1;
            USHORT Reserved : 1;
            USHORT DontUse2 : 8;
        };
    };
    UCHAR TimeToLive;
    UCHAR Protocol;
    USHORT HeaderChecksum;
    IN_ADDR SourceAddress;
    IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;
typedef struct _IPV6_HEADER {
    ULONG VersionClassFlow;   /* version 4 bits, traffic class 8, flow label 20 */
    USHORT PayloadLength;
    UCHAR NextHeader;
    UCHAR HopLimit;
    IN6_ADDR SourceAddress;
    IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

#ifdef __cplusplus
}
#endif
#endif
