/* pooltrack: km/ntifs.h names MinGW-w64's ntifs.h lacks (128-bit file ids,
 * oplock flags, CSV and purge-failure controls, disk I/O accounting);
 * included at the end of our ntifs.h.
 * Selected from the WDK 10.0.16299 by the names real drivers use
 * (docs/supplement.md, tools/supplement/regen.py). */
#pragma once
#ifndef PT_NTIFS_GEN_H
#define PT_NTIFS_GEN_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */
#define FILE_INVALID_FILE_ID               ((LONGLONG)-1LL)

typedef struct _FILE_ID_128 {
    UCHAR Identifier[16];
} FILE_ID_128, *PFILE_ID_128;

typedef struct _FILE_ID_INFORMATION {
    ULONGLONG VolumeSerialNumber;
    FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;

#define FILE_RENAME_REPLACE_IF_EXISTS                  0x00000001

#define FSCTL_OFFLOAD_WRITE                 CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 154, METHOD_BUFFERED, FILE_WRITE_ACCESS)

#define FSCTL_SET_PURGE_FAILURE_MODE        CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 156, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define FSCTL_CSV_CONTROL                   CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 181, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef enum _CSV_CONTROL_OP {
    CsvControlStartRedirectFile                  = 0x02,
    CsvControlStopRedirectFile                   = 0x03,
    CsvControlQueryRedirectState                 = 0x04,
    CsvControlQueryFileRevision                  = 0x06,
    CsvControlQueryMdsPath                       = 0x08,
    CsvControlQueryFileRevisionFileId128         = 0x09,
    CsvControlQueryVolumeRedirectState           = 0x0a,
    CsvControlEnableUSNRangeModificationTracking = 0x0d,
    CsvControlMarkHandleLocalVolumeMount         = 0x0e,
    CsvControlUnmarkHandleLocalVolumeMount       = 0x0f,
    CsvControlGetCsvFsMdsPathV2                  = 0x12,
} CSV_CONTROL_OP, *PCSV_CONTROL_OP;

typedef struct _CSV_CONTROL_PARAM {
    CSV_CONTROL_OP Operation;
    LONGLONG Unused;
} CSV_CONTROL_PARAM, *PCSV_CONTROL_PARAM;

typedef struct _CSV_QUERY_FILE_REVISION {

    LONGLONG FileId;

    LONGLONG FileRevision[3];

} CSV_QUERY_FILE_REVISION, *PCSV_QUERY_FILE_REVISION;

typedef struct _SET_PURGE_FAILURE_MODE_INPUT {
    ULONG Flags;
} SET_PURGE_FAILURE_MODE_INPUT, *PSET_PURGE_FAILURE_MODE_INPUT;

#define SET_PURGE_FAILURE_MODE_ENABLED   0x00000001

#define SET_PURGE_FAILURE_MODE_DISABLED  0x00000002

struct _IO_IRP_EXT_TRACK_OFFSET_HEADER;

#define OPLOCK_FLAG_PARENT_OBJECT           0x00000010

#define OPLOCK_FLAG_CLOSING_DELETE_ON_CLOSE 0x00000020

#define OPLOCK_FLAG_REMOVING_FILE_OR_LINK   0x00000040

DEFINE_GUID( GUID_ECP_CSV_DOWN_LEVEL_OPEN,
             0x4248be44,
             0x647f,
             0x488f,
             0x8b, 0xe5, 0xa0, 0x8a, 0xaf, 0x70, 0xf0, 0x28);

DEFINE_GUID(GUID_ECP_CSV_QUERY_FILE_REVISION,
            0x44aec90b,
            0xde65,
            0x4d46,
            0x8f, 0xbf, 0x76, 0x3f, 0x9d, 0x97, 0xb, 0x1d);

typedef struct _CSV_QUERY_FILE_REVISION_ECP_CONTEXT {

    LONGLONG FileId;

    LONGLONG FileRevision[3];

} CSV_QUERY_FILE_REVISION_ECP_CONTEXT, *PCSV_QUERY_FILE_REVISION_ECP_CONTEXT;

#define CC_ENABLE_DISK_IO_ACCOUNTING           (0x00000010)
/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
