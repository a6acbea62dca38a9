/* pooltrack: MinGW-w64's classpnp.h, and the class-library and storage
 * names it lacks (pt_classpnp_ext.h). Its COMPLETION_CONTEXT predates the
 * Windows 8 one (an SRB or an extended SRB in a union): MinGW-w64's is
 * renamed away and the WDK's declared after it. */
#pragma once
#ifndef PT_CLASSPNP_H
#define PT_CLASSPNP_H
#define _COMPLETION_CONTEXT _PT_MINGW_COMPLETION_CONTEXT
#define COMPLETION_CONTEXT PT_MINGW_COMPLETION_CONTEXT
#define PCOMPLETION_CONTEXT PPT_MINGW_COMPLETION_CONTEXT
#include_next <classpnp.h>
#undef _COMPLETION_CONTEXT
#undef COMPLETION_CONTEXT
#undef PCOMPLETION_CONTEXT
#include "pt_classpnp_ext.h"
typedef struct _COMPLETION_CONTEXT {
    PDEVICE_OBJECT DeviceObject;
#if (NTDDI_VERSION >= NTDDI_WIN8)
    union {
        SCSI_REQUEST_BLOCK Srb;
        STORAGE_REQUEST_BLOCK SrbEx;
        UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
    } Srb;
#else
    SCSI_REQUEST_BLOCK Srb;
#endif
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;
#endif
