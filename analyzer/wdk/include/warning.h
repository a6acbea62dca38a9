/* The WDK's shared/warning.h, which WDK driver builds force-include (/FI): only
 * what changes parsing. In C it maps the old SEH spellings try/except/finally/
 * leave to __try/__except/__finally/__leave (FastFAT, CDFS and many file-system
 * samples write them so); DONT_REDEFINE_TRYEXCEPT_IN_WARNING_H opts out. The
 * #pragma warning lines of the real header do nothing here. */
#pragma once
#if !defined(__cplusplus) && !defined(DONT_REDEFINE_TRYEXCEPT_IN_WARNING_H)
#undef try
#undef except
#undef finally
#undef leave
#define try __try
#define except __except
#define finally __finally
#define leave __leave
#endif
#include <suppress.h>
