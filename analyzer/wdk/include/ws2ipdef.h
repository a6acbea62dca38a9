/* pooltrack: the WDK's shared/ws2ipdef.h for kernel code: SOCKADDR_IN6,
 * SOCKADDR_INET, IP/IPV6 socket options, address string lengths, packet-info
 * control data, IN6_ADDR initialisers and tests. MinGW-w64's ws2ipdef.h is
 * written in BSD types (u_short, u_long) that kernel code does not have.
 * Values checked against the WDK 10.0.16299 shared/ws2ipdef.h. */
#pragma once
#ifndef PT_WS2IPDEF_H
#define PT_WS2IPDEF_H
#define _WS2IPDEF_ 1
#include <ws2def.h>
#include <in6addr.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sockaddr_in6 {
    ADDRESS_FAMILY sin6_family;
    USHORT sin6_port;
    ULONG sin6_flowinfo;
    IN6_ADDR sin6_addr;
    union {
        ULONG sin6_scope_id;
        SCOPE_ID sin6_scope_struct;
    };
} SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH, *LPSOCKADDR_IN6_LH;
typedef SOCKADDR_IN6_LH SOCKADDR_IN6, *PSOCKADDR_IN6, *LPSOCKADDR_IN6;
typedef union _SOCKADDR_INET {
    SOCKADDR_IN Ipv4;
    SOCKADDR_IN6 Ipv6;
    ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;
typedef struct _sockaddr_in6_pair {
    PSOCKADDR_IN6 SourceAddress;
    PSOCKADDR_IN6 DestinationAddress;
} SOCKADDR_IN6_PAIR, *PSOCKADDR_IN6_PAIR;
typedef struct ipv6_mreq {
    IN6_ADDR ipv6mr_multiaddr;
    ULONG ipv6mr_interface;
} IPV6_MREQ, *PIPV6_MREQ;
typedef struct ip_mreq {
    IN_ADDR imr_multiaddr;
    IN_ADDR imr_interface;
} IP_MREQ, *PIP_MREQ;

/* socket options of IPPROTO_IP and IPPROTO_IPV6 */
#define IP_OPTIONS 1
#define IP_HDRINCL 2
#define IP_TOS 3
#define IP_TTL 4
#define IP_MULTICAST_IF 9
#define IP_MULTICAST_TTL 10
#define IP_MULTICAST_LOOP 11
#define IP_ADD_MEMBERSHIP 12
#define IP_DROP_MEMBERSHIP 13
#define IP_DONTFRAGMENT 14
#define IP_PKTINFO 19
#define IP_RECVTTL 21
#define IP_RECVIF 24
#define IP_UNICAST_IF 31
#define IP_RECVTOS 40
#define IP_ORIGINAL_ARRIVAL_IF 47
#define IP_ECN 50
#define IP_MTU_DISCOVER 71
#define IP_MTU 73
#define IPV6_HOPOPTS 1
#define IPV6_HDRINCL 2
#define IPV6_UNICAST_HOPS 4
#define IPV6_MULTICAST_IF 9
#define IPV6_MULTICAST_HOPS 10
#define IPV6_MULTICAST_LOOP 11
#define IPV6_ADD_MEMBERSHIP 12
#define IPV6_JOIN_GROUP IPV6_ADD_MEMBERSHIP
#define IPV6_DROP_MEMBERSHIP 13
#define IPV6_LEAVE_GROUP IPV6_DROP_MEMBERSHIP
#define IPV6_DONTFRAG 14
#define IPV6_PKTINFO 19
#define IPV6_HOPLIMIT 21
#define IPV6_PROTECTION_LEVEL 23
#define IPV6_RECVIF 24
#define IPV6_CHECKSUM 26
#define IPV6_V6ONLY 27
#define IPV6_UNICAST_IF 31
#define IPV6_RTHDR 32
#define IPV6_RECVRTHDR 38
#define IPV6_TCLASS 39
#define IPV6_RECVTCLASS 40
#define IPV6_ECN 50
#define IPV6_PKTINFO_EX 51
#define IPV6_MTU_DISCOVER 71
#define IPV6_MTU 72

#ifndef INET_ADDRSTRLEN
#define INET_ADDRSTRLEN 22
#define INET6_ADDRSTRLEN 65
#endif
typedef struct in_pktinfo {
    IN_ADDR ipi_addr;
    ULONG ipi_ifindex;
} IN_PKTINFO, *PIN_PKTINFO;
typedef struct in6_pktinfo {
    IN6_ADDR ipi6_addr;
    ULONG ipi6_ifindex;
} IN6_PKTINFO, *PIN6_PKTINFO;

#define IN6ADDR_ANY_INIT { 0 }
#define IN6ADDR_LOOPBACK_INIT { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }
extern const IN6_ADDR in6addr_any;
extern const IN6_ADDR in6addr_loopback;
FORCEINLINE BOOLEAN IN6_ADDR_EQUAL(const IN6_ADDR *x, const IN6_ADDR *y)
{
    return RtlEqualMemory(x, y, sizeof(IN6_ADDR));
}
#define IN6_ARE_ADDR_EQUAL IN6_ADDR_EQUAL
FORCEINLINE BOOLEAN IN6_IS_ADDR_UNSPECIFIED(const IN6_ADDR *a)
{
    static const IN6_ADDR zero = IN6ADDR_ANY_INIT;
    return RtlEqualMemory(a, &zero, sizeof(IN6_ADDR));
}
FORCEINLINE BOOLEAN IN6_IS_ADDR_LOOPBACK(const IN6_ADDR *a)
{
    static const IN6_ADDR one = {{IN6ADDR_LOOPBACK_INIT}};
    return RtlEqualMemory(a, &one, sizeof(IN6_ADDR));
}
FORCEINLINE BOOLEAN IN6_IS_ADDR_MULTICAST(const IN6_ADDR *a) { return a->u.Byte[0] == 0xff; }
FORCEINLINE BOOLEAN IN6_IS_ADDR_LINKLOCAL(const IN6_ADDR *a)
{
    return a->u.Byte[0] == 0xfe && (a->u.Byte[1] & 0xc0) == 0x80;
}
FORCEINLINE BOOLEAN IN4_IS_ADDR_LOOPBACK(const IN_ADDR *a) { return a->S_un.S_un_b.s_b1 == 0x7f; }
FORCEINLINE BOOLEAN IN4_IS_ADDR_MULTICAST(const IN_ADDR *a) { return (a->S_un.S_un_b.s_b1 & 0xf0) == 0xe0; }
FORCEINLINE BOOLEAN IN4_IS_ADDR_BROADCAST(const IN_ADDR *a) { return a->S_un.S_addr == INADDR_BROADCAST; }

#ifdef __cplusplus
}
#endif
#endif
