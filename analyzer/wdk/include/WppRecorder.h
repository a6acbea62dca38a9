/* WPP Inflight Trace Recorder: diagnostics only; handles and no-op routines. */
#pragma once
#ifndef PT_WPPRECORDER_H
#define PT_WPPRECORDER_H
typedef struct _RECORDER_LOG_OPAQUE *RECORDER_LOG;
typedef struct _RECORDER_LOG_CREATE_PARAMS {
    ULONG Size;
    ULONG CreateFlags;
    ULONG TotalBufferSize;
    ULONG ErrorPartitionSize;
    CHAR LogIdentifier[16];
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;
#define RECORDER_LOG_CREATE_PARAMS_INIT(p, id) RtlZeroMemory((p), sizeof(RECORDER_LOG_CREATE_PARAMS))
RECORDER_LOG WppRecorderLogGetDefault(VOID);
NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams, RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog);
NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, const char *LogIdentifier);
#endif
