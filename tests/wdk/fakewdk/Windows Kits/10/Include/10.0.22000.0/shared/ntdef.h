/* Fake WDK 10.0.22000.0 for pooltrack's tests (not Microsoft's header): base types. */
#pragma once
#include <ConcurrencySal.h>
#include <stddef.h>
#define FAKE_WDK_BUILD 22000
typedef unsigned long ULONG;
typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef unsigned short WCHAR;
typedef void *PVOID;
typedef long NTSTATUS;
typedef unsigned __int64 SIZE_T;
#define NT_SUCCESS(s) ((NTSTATUS)(s) >= 0)
#define STATUS_SUCCESS ((NTSTATUS)0)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009AL)
#define UNREFERENCED_PARAMETER(p) (void)(p)
typedef struct _UNICODE_STRING { USHORT Length, MaximumLength; WCHAR *Buffer; } UNICODE_STRING, *PUNICODE_STRING;
