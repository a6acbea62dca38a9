/* A minimal user-mode <ntddk.h> for running driver code on Linux under the
 * pooltrack shim. Only what the test drivers need; each routine behaves like
 * the documented kernel one for those uses (pt_um_*.c). Not the real WDK:
 * WCHAR is 16-bit, so use u"..." rather than L"..." literals here. */
#ifndef PT_UM_NTDDK_H
#define PT_UM_NTDDK_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PT_SHIM_USER_MODE 1

#define VOID void
#define NTAPI
#define IN
#define OUT
#define OPTIONAL
#define FORCEINLINE static inline
#define UNREFERENCED_PARAMETER(p) ((void)(p))
#define TRUE 1
#define FALSE 0

typedef uint8_t UCHAR, *PUCHAR, BOOLEAN, *PBOOLEAN;
typedef char CHAR, *PCHAR, CCHAR;
typedef uint16_t USHORT, WCHAR, *PWCH, *PWSTR;
typedef int16_t SHORT;
typedef uint32_t ULONG, *PULONG, UINT;
typedef int32_t LONG, NTSTATUS;
typedef uint64_t ULONG64, ULONGLONG;
typedef int64_t LONG64, LONGLONG;
typedef uintptr_t ULONG_PTR, SIZE_T, KSPIN_LOCK, *PKSPIN_LOCK;
typedef void *PVOID;
typedef UCHAR KIRQL, *PKIRQL;
typedef CCHAR KPROCESSOR_MODE;
typedef ULONG64 POOL_FLAGS;
typedef union {
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER, PHYSICAL_ADDRESS;

#define PASSIVE_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#define KernelMode 0
#define UserMode 1

#define NT_SUCCESS(s) ((NTSTATUS)(s) >= 0)
#define STATUS_SUCCESS ((NTSTATUS)0x00000000)
#define STATUS_PENDING ((NTSTATUS)0x00000103)
#define STATUS_UNSUCCESSFUL ((NTSTATUS)0xC0000001)
#define STATUS_NOT_IMPLEMENTED ((NTSTATUS)0xC0000002)
#define STATUS_INVALID_PARAMETER ((NTSTATUS)0xC000000D)
#define STATUS_NO_MEMORY ((NTSTATUS)0xC0000017)
#define STATUS_INSUFFICIENT_RESOURCES ((NTSTATUS)0xC000009A)
#define STATUS_INVALID_DEVICE_REQUEST ((NTSTATUS)0xC0000010)
#define STATUS_BUFFER_TOO_SMALL ((NTSTATUS)0xC0000023)

/* ---- pool ---- */
typedef enum _POOL_TYPE {
    NonPagedPool = 0, PagedPool = 1, NonPagedPoolCacheAligned = 4,
    PagedPoolCacheAligned = 5, NonPagedPoolNx = 512, NonPagedPoolNxCacheAligned = 516
} POOL_TYPE;
#define POOL_QUOTA_FAIL_INSTEAD_OF_RAISE 8
#define POOL_RAISE_IF_ALLOCATION_FAILURE 16
typedef enum _EX_POOL_PRIORITY {
    LowPoolPriority, NormalPoolPriority = 16, HighPoolPriority = 32
} EX_POOL_PRIORITY;
#define POOL_FLAG_USE_QUOTA 0x1ULL
#define POOL_FLAG_UNINITIALIZED 0x2ULL
#define POOL_FLAG_CACHE_ALIGNED 0x8ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x20ULL
#define POOL_FLAG_NON_PAGED 0x40ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x80ULL
#define POOL_FLAG_PAGED 0x100ULL
typedef struct _POOL_EXTENDED_PARAMETER { ULONG64 Reserved; } POOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;

PVOID ExAllocatePool(POOL_TYPE t, SIZE_T n);
PVOID ExAllocatePoolWithTag(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePoolWithTagPriority(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p);
PVOID ExAllocatePoolWithQuota(POOL_TYPE t, SIZE_T n);
PVOID ExAllocatePoolWithQuotaTag(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePool2(POOL_FLAGS f, SIZE_T n, ULONG tag);
PVOID ExAllocatePool3(POOL_FLAGS f, SIZE_T n, ULONG tag, PCPOOL_EXTENDED_PARAMETER e, ULONG c);
PVOID ExAllocatePoolZero(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePoolUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePoolQuotaZero(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag);
PVOID ExAllocatePoolPriorityZero(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p);
PVOID ExAllocatePoolPriorityUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag, EX_POOL_PRIORITY p);
VOID ExFreePool(PVOID p);
VOID ExFreePoolWithTag(PVOID p, ULONG tag);
VOID ExFreePool2(PVOID p, ULONG tag, PCPOOL_EXTENDED_PARAMETER e, ULONG c);

/* ---- lists ---- */
typedef struct _LIST_ENTRY { struct _LIST_ENTRY *Flink, *Blink; } LIST_ENTRY, *PLIST_ENTRY;
#define CONTAINING_RECORD(a, T, f) ((T *)((char *)(a) - offsetof(T, f)))
FORCEINLINE VOID InitializeListHead(PLIST_ENTRY h) { h->Flink = h->Blink = h; }
FORCEINLINE BOOLEAN IsListEmpty(const LIST_ENTRY *h) { return h->Flink == h; }
FORCEINLINE BOOLEAN RemoveEntryList(PLIST_ENTRY e)
{
    PLIST_ENTRY f = e->Flink, b = e->Blink;
    b->Flink = f;
    f->Blink = b;
    return f == b;
}
FORCEINLINE PLIST_ENTRY RemoveHeadList(PLIST_ENTRY h)
{
    PLIST_ENTRY e = h->Flink;
    RemoveEntryList(e);
    return e;
}
FORCEINLINE PLIST_ENTRY RemoveTailList(PLIST_ENTRY h)
{
    PLIST_ENTRY e = h->Blink;
    RemoveEntryList(e);
    return e;
}
FORCEINLINE VOID InsertTailList(PLIST_ENTRY h, PLIST_ENTRY e)
{
    e->Flink = h;
    e->Blink = h->Blink;
    h->Blink->Flink = e;
    h->Blink = e;
}
FORCEINLINE VOID InsertHeadList(PLIST_ENTRY h, PLIST_ENTRY e)
{
    e->Flink = h->Flink;
    e->Blink = h;
    h->Flink->Blink = e;
    h->Flink = e;
}

/* ---- strings ---- */
typedef struct _UNICODE_STRING { USHORT Length, MaximumLength; PWCH Buffer; } UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;
typedef struct _STRING { USHORT Length, MaximumLength; PCHAR Buffer; } ANSI_STRING, *PANSI_STRING;
typedef const ANSI_STRING *PCANSI_STRING;
VOID RtlInitAnsiString(PANSI_STRING s, const char *src);
VOID RtlInitUnicodeString(PUNICODE_STRING s, const WCHAR *src);
NTSTATUS RtlAnsiStringToUnicodeString(PUNICODE_STRING d, PCANSI_STRING s, BOOLEAN alloc);
VOID RtlFreeUnicodeString(PUNICODE_STRING s);
NTSTATUS RtlUpcaseUnicodeString(PUNICODE_STRING d, PCUNICODE_STRING s, BOOLEAN alloc);

/* ---- IRQL, spin locks ---- */
KIRQL KeGetCurrentIrql(void);
VOID KeRaiseIrql(KIRQL n, PKIRQL old);
VOID KeLowerIrql(KIRQL n);
VOID KeInitializeSpinLock(PKSPIN_LOCK l);
VOID KeAcquireSpinLock(PKSPIN_LOCK l, PKIRQL old);
VOID KeReleaseSpinLock(PKSPIN_LOCK l, KIRQL old);
VOID KeAcquireSpinLockAtDpcLevel(PKSPIN_LOCK l);
VOID KeReleaseSpinLockFromDpcLevel(PKSPIN_LOCK l);

/* ---- DPCs and timers ---- */
struct _KDPC;
typedef VOID KDEFERRED_ROUTINE(struct _KDPC *dpc, PVOID ctx, PVOID a1, PVOID a2);
typedef KDEFERRED_ROUTINE *PKDEFERRED_ROUTINE;
typedef struct _KDPC {
    PKDEFERRED_ROUTINE DeferredRoutine;
    PVOID DeferredContext, SystemArgument1, SystemArgument2;
    struct _KDPC *pt_next;   /* user-mode queue link */
    BOOLEAN pt_queued;
} KDPC, *PKDPC;
typedef struct _KTIMER {
    LONGLONG pt_due;         /* simulated absolute time, 100 ns units */
    PKDPC pt_dpc;
    struct _KTIMER *pt_next;
    BOOLEAN pt_set, Signaled;
} KTIMER, *PKTIMER;
VOID KeInitializeDpc(PKDPC dpc, PKDEFERRED_ROUTINE fn, PVOID ctx);
BOOLEAN KeInsertQueueDpc(PKDPC dpc, PVOID a1, PVOID a2);
BOOLEAN KeRemoveQueueDpc(PKDPC dpc);
VOID KeInitializeTimer(PKTIMER t);
BOOLEAN KeSetTimer(PKTIMER t, LARGE_INTEGER due, PKDPC dpc);
BOOLEAN KeCancelTimer(PKTIMER t);
BOOLEAN KeReadStateTimer(PKTIMER t);

/* ---- MDLs ---- */
typedef struct _MDL {
    struct _MDL *Next;
    SHORT Size, MdlFlags;
    PVOID StartVa, MappedSystemVa;
    ULONG ByteCount, ByteOffset;
} MDL, *PMDL;
#define MDL_PAGES_LOCKED 0x0002
#define MDL_SOURCE_IS_NONPAGED_POOL 0x0004
typedef enum _LOCK_OPERATION { IoReadAccess, IoWriteAccess, IoModifyAccess } LOCK_OPERATION;
typedef enum _MM_PAGE_PRIORITY { LowPagePriority, NormalPagePriority = 16, HighPagePriority = 32 } MM_PAGE_PRIORITY;
typedef enum _MEMORY_CACHING_TYPE { MmNonCached, MmCached, MmWriteCombined } MEMORY_CACHING_TYPE;
#define MmGetMdlByteCount(m) ((m)->ByteCount)
#define MmGetMdlVirtualAddress(m) ((PVOID)((char *)(m)->StartVa + (m)->ByteOffset))
SIZE_T MmSizeOfMdl(PVOID va, SIZE_T len);
VOID MmProbeAndLockPages(PMDL m, KPROCESSOR_MODE mode, LOCK_OPERATION op);
VOID MmUnlockPages(PMDL m);
VOID MmBuildMdlForNonPagedPool(PMDL m);
PVOID MmGetSystemAddressForMdlSafe(PMDL m, ULONG prio);
PVOID MmAllocateContiguousMemory(SIZE_T n, PHYSICAL_ADDRESS high);
PVOID MmAllocateContiguousMemorySpecifyCache(SIZE_T n, PHYSICAL_ADDRESS low, PHYSICAL_ADDRESS high,
                                             PHYSICAL_ADDRESS boundary, MEMORY_CACHING_TYPE c);
VOID MmFreeContiguousMemory(PVOID p);
VOID MmFreeContiguousMemorySpecifyCache(PVOID p, SIZE_T n, MEMORY_CACHING_TYPE c);

/* ---- lookaside lists ---- */
typedef struct _PT_GENERAL_LOOKASIDE { POOL_TYPE Type; ULONG Tag, Size; } PT_GENERAL_LOOKASIDE;
typedef struct _NPAGED_LOOKASIDE_LIST { PT_GENERAL_LOOKASIDE L; } NPAGED_LOOKASIDE_LIST, *PNPAGED_LOOKASIDE_LIST;
typedef struct _PAGED_LOOKASIDE_LIST { PT_GENERAL_LOOKASIDE L; } PAGED_LOOKASIDE_LIST, *PPAGED_LOOKASIDE_LIST;
/* Allocate/Free routines are not supported: pass NULL (pool is used). */
VOID ExInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID alloc, PVOID free,
                                     ULONG flags, SIZE_T size, ULONG tag, USHORT depth);
VOID ExDeleteNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l);
PVOID ExAllocateFromNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l);
VOID ExFreeToNPagedLookasideList(PNPAGED_LOOKASIDE_LIST l, PVOID p);
VOID ExInitializePagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID alloc, PVOID free,
                                    ULONG flags, SIZE_T size, ULONG tag, USHORT depth);
VOID ExDeletePagedLookasideList(PPAGED_LOOKASIDE_LIST l);
PVOID ExAllocateFromPagedLookasideList(PPAGED_LOOKASIDE_LIST l);
VOID ExFreeToPagedLookasideList(PPAGED_LOOKASIDE_LIST l, PVOID p);

#include "pt_um_io.h"
#include "pt_um_more.h"
#endif
