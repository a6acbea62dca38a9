/*
 * pooldemo: a small WDM driver used to demonstrate pooltrack. It keeps a
 * list of "records" written by user mode through IOCTLs, logs statistics
 * from a timer DPC and a work item, and has a handful of real pool bugs,
 * each marked with an `expect:` comment (the sample doubles as a test case).
 */
#ifndef POOLDEMO_H
#define POOLDEMO_H

#include <ntddk.h>

#define PD_TAG          'omDP'      /* records and device state */
#define PD_TAG_SCRATCH  'csDP'      /* short-lived buffers */
#define PD_TAG_DPC      'cpDP'      /* DPC/work-item contexts */

#define PD_MAX_RECORD   4096
#define PD_DEVICE_NAME  L"\\Device\\PoolDemo"
#define PD_LINK_NAME    L"\\DosDevices\\PoolDemo"

#define IOCTL_PD_ADD_RECORD    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_PD_GET_COUNT     CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_PD_READ_DIRECT   CTL_CODE(FILE_DEVICE_UNKNOWN, 0x802, METHOD_NEITHER, FILE_READ_ACCESS)
#define IOCTL_PD_SET_NAME      CTL_CODE(FILE_DEVICE_UNKNOWN, 0x803, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _PD_RECORD {
    LIST_ENTRY Link;
    ULONG Length;
    UCHAR Data[1];
} PD_RECORD, *PPD_RECORD;

typedef struct _PD_STATS_WORK {
    PIO_WORKITEM WorkItem;
    ULONG RecordCount;
} PD_STATS_WORK, *PPD_STATS_WORK;

typedef struct _PD_EXTENSION {
    PDEVICE_OBJECT Self;
    LIST_ENTRY Records;
    KSPIN_LOCK RecordsLock;
    ULONG RecordCount;
    UNICODE_STRING Name;          /* Buffer from pool (PD_TAG) or NULL */
    KTIMER StatsTimer;
    KDPC StatsDpc;
    PVOID ScratchPage;            /* PD_TAG_SCRATCH, one page, for the DPC */
} PD_EXTENSION, *PPD_EXTENSION;

/* driver.c */
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD PdUnload;
DRIVER_DISPATCH PdDispatchCreateClose;

/* ioctl.c */
DRIVER_DISPATCH PdDispatchDeviceControl;
VOID PdFreeAllRecords(_Inout_ PPD_EXTENSION Ext);

/* dpc.c */
NTSTATUS PdStartStatsTimer(_Inout_ PPD_EXTENSION Ext);
VOID PdStopStatsTimer(_Inout_ PPD_EXTENSION Ext);

#endif
