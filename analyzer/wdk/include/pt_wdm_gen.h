/* pooltrack: wdm.h names MinGW-w64's lacks that real drivers use (shared
 * spin locks, registry type checks, ...). Selected from the WDK 10.0.16299
 * km/wdm.h by those names (docs/supplement.md); included at the end of our
 * wdm.h. */
#pragma once
#ifndef PT_WDM_GEN_H
#define PT_WDM_GEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100

#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT      24

struct _KDPC;

typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;

_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI
KIRQL
ExAcquireSpinLockShared (
    _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_)
    PEX_SPIN_LOCK SpinLock
    );

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
ExReleaseSpinLockShared (
    _Inout_ _Requires_lock_held_(*_Curr_) _Releases_lock_(*_Curr_)
    PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql
    );

_IRQL_saves_
_IRQL_raises_(DISPATCH_LEVEL)
NTKERNELAPI
KIRQL
ExAcquireSpinLockExclusive (
    _Inout_ _Requires_lock_not_held_(*_Curr_) _Acquires_lock_(*_Curr_)
    PEX_SPIN_LOCK SpinLock
    );

_IRQL_requires_(DISPATCH_LEVEL)
NTKERNELAPI
VOID
ExReleaseSpinLockExclusive (
    _Inout_ _Requires_lock_held_(*_Curr_) _Releases_lock_(*_Curr_)
    PEX_SPIN_LOCK SpinLock,
    _In_ _IRQL_restores_ KIRQL OldIrql
    );

struct _DRIVER_OBJECT;

struct _DEVICE_DESCRIPTION;

struct _DEVICE_OBJECT;

struct _DMA_ADAPTER;

struct _DRIVE_LAYOUT_INFORMATION;

struct _DISK_PARTITION;

struct _FILE_OBJECT;

struct _SCSI_REQUEST_BLOCK;

struct _SCATTER_GATHER_LIST;

struct  _DEVICE_OBJECT_POWER_EXTENSION;
/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
