/*
 * PT001 string-tag in C++: a string cannot convert to ULONG implicitly, so
 * the bug arrives through a cast, and through a `const char *` tag table.
 */
extern "C" {
#include <ntddk.h>
}

static const char *const kTagNames[] = { "Rx  ", "Tx  " };
constexpr ULONG kRxTag = '  xR';

PVOID
AllocRxCastBad(SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size,
                                 (ULONG)(ULONG_PTR)"Rx  ");           // expect@-1: PT001
}

PVOID
AllocRxTableBad(SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size,               // expect: PT001
                                 static_cast<ULONG>(reinterpret_cast<ULONG_PTR>(kTagNames[0])));
}

PVOID
AllocRxGood(SIZE_T Size)
{
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, kRxTag);
}
