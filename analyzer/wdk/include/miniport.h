/* pooltrack: miniport.h. The WDK's is self-contained (its own base types,
 * interface and resource types) and miniports include it first; MinGW-w64's
 * expects ntdef's types already declared, and repeats wdm.h's interface and
 * resource types, so it cannot follow ntddk.h. Ours is ntddk.h plus the few
 * names only miniport.h has (checked against the WDK 10.0.16299 km/miniport.h). */
#pragma once
#ifndef _MINIPORT_
#define _MINIPORT_
#include <ntddk.h>

#define EMULATOR_READ_ACCESS 0x01
#define EMULATOR_WRITE_ACCESS 0x02

typedef enum _EMULATOR_PORT_ACCESS_TYPE { Uchar, Ushort, Ulong } EMULATOR_PORT_ACCESS_TYPE, *PEMULATOR_PORT_ACCESS_TYPE;

typedef struct _EMULATOR_ACCESS_ENTRY {
    ULONG BasePort;
    ULONG NumConsecutivePorts;
    EMULATOR_PORT_ACCESS_TYPE AccessType;
    UCHAR AccessMode;
    UCHAR StringSupport;
    PVOID Routine;
} EMULATOR_ACCESS_ENTRY, *PEMULATOR_ACCESS_ENTRY;

typedef VOID (NTAPI *PBANKED_SECTION_ROUTINE)(ULONG ReadBank, ULONG WriteBank, PVOID Context);
#endif
