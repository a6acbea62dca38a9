/* pooltrack: km/ntddk.h names MinGW-w64's ntddk.h lacks (AVL and generic
 * table routine types, flush minor codes, sector-size and disposition-ex
 * information); included at the end of our ntddk.h and ntifs.h.
 * Selected from the WDK 10.0.16299 by the names real drivers use
 * (docs/supplement.md, tools/supplement/regen.py). */
#pragma once
#ifndef PT_NTDDK_GEN_H
#define PT_NTDDK_GEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */
struct _RTL_AVL_TABLE;

struct _RTL_GENERIC_TABLE;

#define FILE_DISPOSITION_DELETE                     0x00000001

typedef struct _FILE_DISPOSITION_INFORMATION_EX {
    ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;

typedef struct _FILE_FS_SECTOR_SIZE_INFORMATION {
    ULONG LogicalBytesPerSector;
    ULONG PhysicalBytesPerSectorForAtomicity;
    ULONG PhysicalBytesPerSectorForPerformance;
    ULONG FileSystemEffectivePhysicalBytesPerSectorForAtomicity;
    ULONG Flags;
    ULONG ByteOffsetForSectorAlignment;
    ULONG ByteOffsetForPartitionAlignment;
} FILE_FS_SECTOR_SIZE_INFORMATION, *PFILE_FS_SECTOR_SIZE_INFORMATION;

#define IRP_MN_FLUSH_DATA_ONLY           0x02

#define IRP_MN_FLUSH_NO_SYNC             0x03

struct _KTRAP_FRAME;

struct _KEXCEPTION_FRAME;
/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
