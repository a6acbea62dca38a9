#include <ntddk.h>

#define CASE_TAG 'esaC'
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_DRIVER 1

NTSTATUS CaseDemoCheck(_In_ ULONG Length);
