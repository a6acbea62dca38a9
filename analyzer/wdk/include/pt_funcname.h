/* cl.exe's function-name identifiers as string literals: shared by the
 * supplement (pt_msvc.h) and the real WDK's prelude. */
#pragma once
#ifndef PT_FUNCNAME_H
#define PT_FUNCNAME_H

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

#endif
