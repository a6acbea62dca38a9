/* pooltrack: MinGW-w64's ws2ipdef.h (SOCKADDR_IN6, SOCKADDR_INET, IP/IPV6
 * socket options) on top of our ws2def.h, plus what the WDK's ws2ipdef.h has
 * and MinGW keeps in the user-mode ws2tcpip.h: address string lengths,
 * packet-info control data, IN6_ADDR initialisers and tests. Values checked
 * against the WDK 10.0.16299 shared/ws2ipdef.h. */
#pragma once
#ifndef PT_WS2IPDEF_H
#define PT_WS2IPDEF_H
#include <ws2def.h>
#include <in6addr.h>
#include_next <ws2ipdef.h>

#ifdef __cplusplus
extern "C" {
#endif

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
/* IN6_ADDR_EQUAL: MinGW's */
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
