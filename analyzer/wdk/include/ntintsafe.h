/* pooltrack: MinGW-w64's ntintsafe.h, and the limits the WDK's defines and
 * MinGW-w64's does not (kernel sources use UINT32_MAX and friends without
 * <stdint.h>). Values as in the WDK 10.0.16299 km/ntintsafe.h, written
 * without its MSVC integer suffixes; each only where <stdint.h> or
 * <limits.h> has not defined it. */
#pragma once
#include_next <ntintsafe.h>
#ifndef PT_NTINTSAFE_H
#define PT_NTINTSAFE_H
#ifndef INT8_MIN
#define INT8_MIN (-127 - 1)
#define INT16_MIN (-32767 - 1)
#define INT32_MIN (-2147483647 - 1)
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define INT64_MAX 9223372036854775807LL
#define UINT8_MAX 0xffU
#define UINT16_MAX 0xffffU
#define UINT32_MAX 0xffffffffU
#define UINT64_MAX 0xffffffffffffffffULL
#endif
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807LL
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffULL
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX 0xffffffffffffffffULL
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffffffffffULL
#endif
#endif
