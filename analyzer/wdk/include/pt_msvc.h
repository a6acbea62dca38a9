/* pooltrack's MSVC dialect (docs/dialect.md), the prelude's part: what cl.exe
 * accepts and clang, even with -fms-compatibility, does not. Included by
 * pt_prelude.h before any header of the TU; the flags are in wdk_flags.c and
 * the fixes that must follow a MinGW header are in pt_msvc/. */
#pragma once
#ifndef PT_MSVC_H
#define PT_MSVC_H

#include "pt_funcname.h"

/* WDK ntdef.h/winnt.h macros MinGW-w64 does not have. */
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif
#include "../msvc_standins/pt_newer_kit.h"   /* DECLSPEC_RESTRICT, DECLSPEC_NOINITALL */
#ifndef DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARDNOCF
#endif
#ifndef DECLSPEC_GUARD_SUPPRESS
#define DECLSPEC_GUARD_SUPPRESS
#endif
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN __declspec(align(64))
#endif
/* COM interfaces of kernel headers (unknown.h, punknown.h, portcls.h):
 * DECLARE_INTERFACE writes `struct DECLSPEC_NOVTABLE iface`, STDMETHOD
 * `virtual DECLSPEC_NOTHROW`, and MinGW defines both only in winnt.h, which
 * kernel code does not include. */
#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE __declspec(novtable)
#endif
#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW __declspec(nothrow)
#endif
#ifndef DECLSPEC_SAFEBUFFERS
#define DECLSPEC_SAFEBUFFERS
#endif

#endif
