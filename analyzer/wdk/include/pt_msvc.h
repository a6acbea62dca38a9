/* pooltrack's MSVC dialect (docs/dialect.md), the prelude's part: what cl.exe
 * accepts and clang, even with -fms-compatibility, does not. Included by
 * pt_prelude.h before any header of the TU; the flags are in wdk_flags.c and
 * the fixes that must follow a MinGW header are in pt_msvc/. */
#pragma once
#ifndef PT_MSVC_H
#define PT_MSVC_H

/* cl.exe's predefined identifiers are string literals: "[" __FUNCTION__ "] "
 * concatenates (logging macros do it everywhere). clang's are not before
 * clang 17, even in MS mode. Their value does not matter to the analysis. */
#define __FUNCTION__ "?"
#define __FUNCDNAME__ "?"
#define __FUNCSIG__ "?"
#define __func__ "?"
#ifndef __FUNCTIONW__
#define __FUNCTIONW__ L"?"
#endif

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
#ifndef DECLSPEC_RESTRICT
#define DECLSPEC_RESTRICT __declspec(restrict)
#endif
#ifndef DECLSPEC_NOINITALL
#define DECLSPEC_NOINITALL
#endif
#ifndef DECLSPEC_GUARDNOCF
#define DECLSPEC_GUARDNOCF
#endif
#ifndef DECLSPEC_GUARD_SUPPRESS
#define DECLSPEC_GUARD_SUPPRESS
#endif
#ifndef DECLSPEC_CACHEALIGN
#define DECLSPEC_CACHEALIGN __declspec(align(64))
#endif
#ifndef DECLSPEC_SAFEBUFFERS
#define DECLSPEC_SAFEBUFFERS
#endif

#endif
