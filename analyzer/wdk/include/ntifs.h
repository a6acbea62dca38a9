/* MinGW-w64's ntifs.h, completed by our wdm.h supplement. */
#pragma once
/* The WDK's FSRTL_ADVANCED_FCB_HEADER ends with the Windows 8 oplock union and
 * the RS2 context (file systems reach them through Header.Version >=
 * FSRTL_FCB_HEADER_V2); MinGW's stops at FileContextSupportPointer. The macro
 * appends the two members to MinGW's own struct, so the type stays the one
 * its prototypes use. Its one other use before the #undef, a statement in
 * FsRtlSetupAdvancedHeader, still parses (an expression, an empty union
 * declaration and an unused local). OPLOCK is PVOID; it is declared later. */
#define FileContextSupportPointer FileContextSupportPointer; \
    union { PVOID Oplock; PVOID ReservedForRemote; }; PVOID ReservedContext
#include_next <ntifs.h>
#undef FileContextSupportPointer
#ifndef FSRTL_FCB_HEADER_V2
#define FSRTL_FCB_HEADER_V2 (0x02)
#endif
#include "pt_pool.h"
#include "pt_wdm_extra.h"
#include "pt_ntddk_gen.h"
#include "pt_ntifs_gen.h"
