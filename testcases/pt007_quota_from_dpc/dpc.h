#include <ntddk.h>

#define DPC_TAG 'cpDQ'

typedef struct _QDEV {
    KDPC Dpc;
    KDPC OtherDpc;
    KTIMER Timer;
    PVOID Last;
} QDEV, *PQDEV;

VOID RecordSample(_In_ PQDEV Dev);          /* helpers.c: 1 call away, quota */
VOID RecordViaHelper(_In_ PQDEV Dev);       /* helpers.c: 2 and 3 calls away */
VOID RecordPassive(_In_ PQDEV Dev);         /* helpers.c: quota, passive callers only */
KDEFERRED_ROUTINE RoleDeclaredDpc;
