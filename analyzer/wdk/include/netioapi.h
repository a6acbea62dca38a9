/* pooltrack: netioapi.h for kernel code (wireguard-nt, WFP callouts): the IP
 * helper routines of netio.sys (GetIfEntry2, GetIpInterfaceEntry,
 * NotifyIpInterfaceChange, GetIpForwardTable2, FreeMibTable...) and their MIB
 * rows. MinGW-w64's netioapi.h declares them, but pulls in iprtrmib.h and
 * through it windows.h; the WDK's kernel netioapi.h needs neither, so the
 * guard of iprtrmib.h is set first and what netioapi.h uses from it
 * (ipifcons.h) is included here. */
#pragma once
#ifndef PT_NETIOAPI_H
#define PT_NETIOAPI_H
#include <ws2def.h>
#include <ws2ipdef.h>
#include <ifdef.h>
#include <nldef.h>
#include <ipifcons.h>
#ifndef __ROUTING_IPRTRMIB_H__
#define __ROUTING_IPRTRMIB_H__ 1
#define PT_NETIOAPI_SKIPPED_IPRTRMIB 1
#endif
#include_next <netioapi.h>
#endif
