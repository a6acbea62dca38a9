/* pooltrack prelude: force-included before every translation unit when no real
 * WDK is present. Keeps MinGW-w64's DDK headers usable for driver code. */
#pragma once
#ifndef PT_PRELUDE_H
#define PT_PRELUDE_H

/* MinGW's wdm.h macro-erases the tag argument of ExAllocatePoolWithTag without it. */
#ifndef POOL_TAGGING
#define POOL_TAGGING 1
#endif
#ifndef _KERNEL_MODE
#define _KERNEL_MODE 1
#endif
#define PT_ANALYZER 1

/* MinGW's C++ wdm.h redefines these intrinsics: keep only wdm.h's. */
#ifdef __cplusplus
#define __INTRINSIC_DEFINED_InterlockedBitTestAndSet
#define __INTRINSIC_DEFINED_InterlockedBitTestAndReset
#endif

/* WPP and ETW names drivers use without their generated headers. */
#include "pt_wpp.h"

#include "pt_sal.h"
/* What cl.exe accepts and clang does not (docs/dialect.md). */
#include "pt_msvc.h"
/* WDK builds force-include warning.h (/FI): try/except/finally/leave in C. */
#include "warning.h"

#endif
