/* Non-pool wdm.h/ntddk.h names newer than MinGW-w64's DDK headers, from the
 * public WDK documentation: precise time, no-fence accessors, assertions,
 * debug-print component ids, MDL mapping flags. */
#pragma once
#ifndef PT_WDM_EXTRA_H
#define PT_WDM_EXTRA_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdm.h, Windows 8 and later */
VOID NTAPI KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);
ULONG64 NTAPI KeQueryInterruptTimePrecise(PULONG64 QpcTimeStamp);

/* wdm.h no-fence accessors */
FORCEINLINE BOOLEAN ReadBooleanNoFence(BOOLEAN const volatile *Source) { return *Source; }
FORCEINLINE VOID WriteBooleanNoFence(BOOLEAN volatile *Destination, BOOLEAN Value) { *Destination = Value; }

/* wdm.h assertions: NT_FRE_ASSERT asserts in free builds too */
#ifndef NT_FRE_ASSERT
#define NT_FRE_ASSERT(_exp) ((!(_exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#define NT_FRE_ASSERTMSG(_msg, _exp) NT_FRE_ASSERT(_exp)
#define NT_FRE_ASSERTMSGW(_msg, _exp) NT_FRE_ASSERT(_exp)
#endif
#ifndef NT_ASSERT_ASSUME
#define NT_ASSERT_ASSUME(_exp) NT_ASSERT(_exp)
#define NT_ASSERTMSG_ASSUME(_msg, _exp) NT_ASSERT(_exp)
#define NT_ASSERT_NOASSUME(_exp) NT_ASSERT(_exp)
#endif
#ifndef NT_ANALYSIS_ASSUME
#define NT_ANALYSIS_ASSUME(_exp) ((void)0)
#endif

/* wdm.h MmMapLockedPagesSpecifyCache/MmGetSystemAddressForMdlSafe priority bits */
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute 0x40000000
#define MdlMappingNoWrite 0x80000000
#endif

/* dpfilter.h component ids MinGW's DPFLTR_TYPE lacks (enum values there) */
#ifndef DPFLTR_POWER_ID
#define DPFLTR_POWER_ID 146
#endif

/* wdm.h: a full barrier (amd64: an interlocked OR on a local), paged dispatch */
#ifndef KeMemoryBarrier
FORCEINLINE VOID KeMemoryBarrier(VOID)
{
    LONG Barrier = 0;
    InterlockedOr(&Barrier, 0);
}
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#endif
typedef NTSTATUS DRIVER_DISPATCH_PAGED(struct _DEVICE_OBJECT *DeviceObject, struct _IRP *Irp);
typedef DRIVER_DISPATCH_PAGED *PDRIVER_DISPATCH_PAGED;

/* ntddk.h extended processor state ids MinGW's ntddk.h stops short of */
#ifndef XSTATE_AVX
#define XSTATE_AVX (XSTATE_GSSE)
#endif
#ifndef XSTATE_AVX512_KMASK
#define XSTATE_MPX_BNDREGS (3)
#define XSTATE_MPX_BNDCSR (4)
#define XSTATE_AVX512_KMASK (5)
#define XSTATE_AVX512_ZMM_H (6)
#define XSTATE_AVX512_ZMM (7)
#endif
#ifndef XSTATE_MASK_AVX
#define XSTATE_MASK_AVX (XSTATE_MASK_GSSE)
#endif
#ifndef XSTATE_MASK_AVX512
#define XSTATE_MASK_MPX ((1ULL << (XSTATE_MPX_BNDREGS)) | (1ULL << (XSTATE_MPX_BNDCSR)))
#define XSTATE_MASK_AVX512 ((1ULL << (XSTATE_AVX512_KMASK)) | (1ULL << (XSTATE_AVX512_ZMM_H)) | \
                            (1ULL << (XSTATE_AVX512_ZMM)))
#endif

/* ntstatus.h codes newer than MinGW's */
#ifndef STATUS_ALREADY_COMPLETE
#define STATUS_ALREADY_COMPLETE ((NTSTATUS)0x000000FFL)
#endif
#ifndef STATUS_NDIS_MEDIA_DISCONNECTED
#define STATUS_NDIS_MEDIA_DISCONNECTED ((NTSTATUS)0xC023001FL)
#endif

/* ntdef.h string types MinGW's ntdef.h lacks: double-null-terminated and
 * not-null-terminated strings, and the neutral TCHAR family (UNICODE picks) */
typedef WCHAR *PZZWSTR;
typedef const WCHAR *PCZZWSTR;
typedef WCHAR UNALIGNED *PUZZWSTR;
typedef const WCHAR UNALIGNED *PCUZZWSTR;
typedef WCHAR *PNZWCH;
typedef const WCHAR *PCNZWCH;
typedef WCHAR UNALIGNED *PUNZWCH;
typedef const WCHAR UNALIGNED *PCUNZWCH;
typedef CHAR *PZZSTR;
typedef const CHAR *PCZZSTR;
typedef CHAR *PNZCH;
typedef const CHAR *PCNZCH;
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
typedef WCHAR TUCHAR, *PTUCHAR;
#else
typedef char TCHAR, *PTCHAR;
typedef unsigned char TUCHAR, *PTUCHAR;
#endif
#endif
#ifdef UNICODE
typedef LPWSTR PTSTR, LPTSTR;
typedef LPCWSTR PCTSTR, LPCTSTR;
typedef PZZWSTR PZZTSTR;
typedef PCZZWSTR PCZZTSTR;
#else
typedef LPSTR PTSTR, LPTSTR;
typedef LPCSTR PCTSTR, LPCTSTR;
typedef PZZSTR PZZTSTR;
typedef PCZZSTR PCZZTSTR;
#endif

/* ntdef.h network compartments (WFP, netio) */
#ifndef __COMPARTMENT_ID_DEFINED__
#define __COMPARTMENT_ID_DEFINED__
typedef enum { UNSPECIFIED_COMPARTMENT_ID = 0, DEFAULT_COMPARTMENT_ID } COMPARTMENT_ID, *PCOMPARTMENT_ID;
#endif

/* wdm.h lookaside callback role types: drivers declare their allocate/free
 * callbacks with them (MinGW-w64 has only the pointer types) */
typedef PVOID NTAPI ALLOCATE_FUNCTION(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
typedef VOID NTAPI FREE_FUNCTION(PVOID Buffer);

#ifdef __cplusplus
}
#endif
#if defined(__cplusplus) && defined(__cpp_aligned_new)
/* <new>'s std::align_val_t, which kernel C++ sources (sysvad's NewDelete.h)
 * name under __cpp_aligned_new without including <new>: MSVC's /kernel mode
 * leaves aligned new out, clang's C++17 does not. An opaque declaration, so
 * that <new> may still define it. */
namespace std { enum class align_val_t : size_t; }
#endif
#endif
