/* What MinGW-w64's DDK headers lack and the shim needs. With the real WDK
 * (which defines POOL_FLAG_NON_PAGED) only KeIsExecutingDpc is left out. */
#ifndef PT_SHIM_KM_COMPAT_H
#define PT_SHIM_KM_COMPAT_H

/* wdm.h has it; MinGW-w64 declares it only in ntifs.h. */
NTSYSAPI USHORT NTAPI RtlCaptureStackBackTrace(ULONG FramesToSkip, ULONG FramesToCapture,
                                               PVOID *BackTrace, PULONG BackTraceHash);

#ifndef POOL_FLAG_NON_PAGED
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
typedef struct _POOL_EXTENDED_PARAMETER { ULONG64 Reserved[2]; } POOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;
NTKERNELAPI PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
NTKERNELAPI PVOID NTAPI ExAllocatePool3(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag,
                                        PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
                                        ULONG Count);
NTKERNELAPI VOID NTAPI ExFreePool2(PVOID P, ULONG Tag, PCPOOL_EXTENDED_PARAMETER ExtendedParameters,
                                   ULONG Count);
/* In the WDK these are inline functions over ExAllocatePoolWithTag(Priority)
 * (ntoskrnl does not export them): the same here, so a driver links. */
static inline PVOID pt_zeroed(PVOID p, SIZE_T n)
{
    if (p != NULL)
        RtlZeroMemory(p, n);
    return p;
}
static inline PVOID ExAllocatePoolZero(POOL_TYPE t, SIZE_T n, ULONG tag)
{
    return pt_zeroed(ExAllocatePoolWithTag(t, n, tag), n);
}
static inline PVOID ExAllocatePoolUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag)
{
    return ExAllocatePoolWithTag(t, n, tag);
}
static inline PVOID ExAllocatePoolQuotaZero(POOL_TYPE t, SIZE_T n, ULONG tag)
{
    return pt_zeroed(ExAllocatePoolWithQuotaTag(t, n, tag), n);
}
static inline PVOID ExAllocatePoolQuotaUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag)
{
    return ExAllocatePoolWithQuotaTag(t, n, tag);
}
static inline PVOID ExAllocatePoolPriorityZero(POOL_TYPE t, SIZE_T n, ULONG tag,
                                               EX_POOL_PRIORITY prio)
{
    return pt_zeroed(ExAllocatePoolWithTagPriority(t, n, tag, prio), n);
}
static inline PVOID ExAllocatePoolPriorityUninitialized(POOL_TYPE t, SIZE_T n, ULONG tag,
                                                        EX_POOL_PRIORITY prio)
{
    return ExAllocatePoolWithTagPriority(t, n, tag, prio);
}
#endif

#ifdef __MINGW32__
NTKERNELAPI BOOLEAN NTAPI KeIsExecutingDpc(VOID);
#endif

#if defined(_NDIS_) && defined(__MINGW32__)
/* NDIS 6.x routines MinGW's ndis.h (NDIS 5) does not declare. */
NDISAPI PVOID NTAPI NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length,
                                                      ULONG Tag, EX_POOL_PRIORITY Priority);
NDISAPI VOID NTAPI NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress,
                                                 ULONG Tag);
#endif
#endif
