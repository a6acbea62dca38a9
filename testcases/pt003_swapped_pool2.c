/*
 * PT003 tag-size-swap with ExAllocatePool2 / ExAllocatePoolZero (Flags, Size,
 * Tag): porting from ExAllocatePoolWithTag by hand invites the swap.
 */
#include <ntddk.h>

#define SESS_TAG 'sseS'

typedef struct _SESSION {
    LIST_ENTRY Link;
    HANDLE ProcessId;
    ULONG Id;
} SESSION, *PSESSION;

typedef struct _SESSION_TABLE {
    LIST_ENTRY Sessions;
    FAST_MUTEX Lock;
} SESSION_TABLE, *PSESSION_TABLE;

NTSTATUS
SessionAddPool2Bad(_In_ PSESSION_TABLE Table, _In_ HANDLE Pid)
{
    PSESSION s = ExAllocatePool2(POOL_FLAG_PAGED, SESS_TAG, sizeof(SESSION)); // expect: PT003

    if (s == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s->ProcessId = Pid;
    ExAcquireFastMutex(&Table->Lock);
    InsertTailList(&Table->Sessions, &s->Link);
    ExReleaseFastMutex(&Table->Lock);
    return STATUS_SUCCESS;
}

NTSTATUS
SessionAddZeroBad(_In_ PSESSION_TABLE Table, _In_ HANDLE Pid)
{
    PSESSION s = ExAllocatePoolZero(PagedPool, 'sseS', 48);     // expect: PT003

    if (s == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s->ProcessId = Pid;
    ExAcquireFastMutex(&Table->Lock);
    InsertTailList(&Table->Sessions, &s->Link);
    ExReleaseFastMutex(&Table->Lock);
    return STATUS_SUCCESS;
}

NTSTATUS
SessionAddGood(_In_ PSESSION_TABLE Table, _In_ HANDLE Pid)
{
    PSESSION s = ExAllocatePool2(POOL_FLAG_PAGED, sizeof(SESSION), SESS_TAG);

    if (s == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    s->ProcessId = Pid;
    ExAcquireFastMutex(&Table->Lock);
    InsertTailList(&Table->Sessions, &s->Link);
    ExReleaseFastMutex(&Table->Lock);
    return STATUS_SUCCESS;
}
