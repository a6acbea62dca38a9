/*
 * Multi-file case: a small WDM upper filter split over three files the way
 * real drivers are. Shared declarations and the driver's allocation macros
 * live here; findings are reported where the macros are used, not here.
 */
#pragma once
#include <wdm.h>

#define FLT_TAG          'tliF'
#define FLT_REQ_TAG      'qRlF'
#define FLT_TAG_STRING   "Filt"           /* the bug: used as a tag in dispatch.c */

#define FLT_ALLOC(n)        ExAllocatePoolWithTag(NonPagedPoolNx, (n), FLT_TAG)
#define FLT_ALLOC_DEBUG(n)  ExAllocatePoolWithTag(NonPagedPoolNx, (n), FLT_TAG_STRING)
#define FLT_FREE(p)         ExFreePoolWithTag((p), FLT_TAG)

typedef struct _FLT_REQUEST {
    LIST_ENTRY Link;
    PIRP Irp;
    ULONG Length;
} FLT_REQUEST, *PFLT_REQUEST;

typedef struct _FLT_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    LIST_ENTRY Requests;
    KSPIN_LOCK RequestsLock;
    PVOID DebugLog;
} FLT_EXTENSION, *PFLT_EXTENSION;

extern LIST_ENTRY g_FltDevices;

DRIVER_DISPATCH FltDispatchPassThrough;
DRIVER_DISPATCH FltDispatchWrite;
DRIVER_ADD_DEVICE FltAddDevice;
DRIVER_UNLOAD FltUnload;
