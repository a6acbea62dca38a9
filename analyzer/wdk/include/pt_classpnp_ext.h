/* pooltrack: the WDK's storage class-driver names MinGW-w64's classpnp.h,
 * ntddstor.h, ntdddisk.h and scsi.h predate (extended-SRB buffers of the
 * class library, disk cache settings, failure prediction, REASSIGN BLOCKS
 * EX, sense options). Selected from the WDK 10.0.16299 km/classpnp.h,
 * km/storport.h, shared/scsi.h, shared/ntddstor.h and shared/ntdddisk.h by
 * the names real class drivers use (docs/supplement.md); included at the
 * end of our classpnp.h. */
#pragma once
#ifndef PT_CLASSPNP_EXT_H
#define PT_CLASSPNP_EXT_H

typedef struct SRB_ALIGN _SRBEX_DATA_SCSI_CDB_VAR {
    _Field_range_(SrbExDataTypeScsiCdbVar, SrbExDataTypeScsiCdbVar)
    SRBEXDATATYPE Type;
    _Field_range_(SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN, SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MAX)
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    _Field_size_bytes_full_(SenseInfoBufferLength)
    PVOID POINTER_ALIGN SenseInfoBuffer;
    _Field_size_bytes_full_(CdbLength)
    UCHAR POINTER_ALIGN Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

#define IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG CTL_CODE(IOCTL_STORAGE_BASE, 0x0441, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _STORAGE_FAILURE_PREDICTION_CONFIG {
    ULONG Version;
    ULONG Size;
    BOOLEAN Set;
    BOOLEAN Enabled;
    USHORT Reserved;
} STORAGE_FAILURE_PREDICTION_CONFIG, *PSTORAGE_FAILURE_PREDICTION_CONFIG;

#define STORAGE_FAILURE_PREDICTION_CONFIG_V1 1

#define IOCTL_DISK_REASSIGN_BLOCKS_EX       CTL_CODE(IOCTL_DISK_BASE, 0x0029, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

#define IOCTL_DISK_GET_CACHE_SETTING    CTL_CODE(IOCTL_DISK_BASE, 0x0038, METHOD_BUFFERED, FILE_READ_ACCESS)

#define IOCTL_DISK_SET_CACHE_SETTING    CTL_CODE(IOCTL_DISK_BASE, 0x0039, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

typedef enum _DISK_CACHE_STATE {
    DiskCacheNormal,
    DiskCacheWriteThroughNotSupported,
    DiskCacheModifyUnsuccessful
} DISK_CACHE_STATE, *PDISK_CACHE_STATE;

typedef struct _DISK_CACHE_SETTING {
    ULONG Version;
    DISK_CACHE_STATE State;
    BOOLEAN IsPowerProtected;
} DISK_CACHE_SETTING, *PDISK_CACHE_SETTING;

typedef struct _REASSIGN_BLOCKS_EX {
    USHORT Reserved;
    USHORT Count;
    LARGE_INTEGER BlockNumber[1];
} REASSIGN_BLOCKS_EX, *PREASSIGN_BLOCKS_EX;

struct _CLASS_INIT_DATA;

struct _CLASS_PRIVATE_FDO_DATA;

struct _CLASS_PRIVATE_PDO_DATA;

struct _CLASS_PRIVATE_COMMON_DATA;

struct _MEDIA_CHANGE_DETECTION_INFO;

struct _DICTIONARY_HEADER;

#define CLASS_SRB_SCSI_REQUEST_BLOCK    0x1

#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2

struct _FAILURE_PREDICTION_INFO;

#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE  (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8) + sizeof(SRBEX_DATA_SCSI_CDB16))

#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE  (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8))

#define GUID_CLASSPNP_SRB_SUPPORT     { 0x0a483941, 0xbdfd, 0x4f7b, { 0xbe, 0x95, 0xce, 0xe2, 0xa2, 0x16, 0x09, 0x0c } }

#endif
