/*
 * Clean: allocation macros built on a for-loop (`for (; p == 0; )`), as the
 * WFP samples write them. The loop runs once; nothing is allocated twice.
 */
#include <ntddk.h>

#define MAC_TAG 'caMP'

#define NEW_ZEROED(pPtr, type)                                            \
    for (; pPtr == 0;) {                                                  \
        pPtr = (type *)ExAllocatePoolZero(NonPagedPoolNx, sizeof(type), MAC_TAG); \
        if (pPtr == 0) break;                                             \
    }

#define DELETE_POOL(pPtr)                                                 \
    if (pPtr) {                                                           \
        ExFreePoolWithTag(pPtr, MAC_TAG);                                 \
        pPtr = 0;                                                         \
    }

typedef struct _MAC_RECORD {
    ULONG Id;
    ULONG Flags;
} MAC_RECORD, *PMAC_RECORD;

NTSTATUS
MacroRecordUse(_In_ ULONG Id)
{
    PMAC_RECORD rec = NULL;

    NEW_ZEROED(rec, MAC_RECORD);
    if (rec == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    rec->Id = Id;
    DbgPrint("record %lu\n", rec->Id);
    DELETE_POOL(rec);
    DELETE_POOL(rec);          /* the macro clears the pointer: no double free */
    return STATUS_SUCCESS;
}
