/* pooltrack's MSVC dialect (docs/dialect.md): MinGW-w64's _mingw.h, then what
 * cl.exe means differently. This folder comes first in the search path, so
 * each header here wraps MinGW's (or the supplement's) of the same name with
 * #include_next and fixes what it defined: a prelude cannot, since these
 * headers define their macros unconditionally after it. */
#include_next <_mingw.h>

#ifndef __cplusplus
/* MinGW: `extern __inline__ __attribute__((gnu_inline))`, so `static
 * FORCEINLINE` (common in drivers) is `static extern`. clang's own
 * __forceinline keyword (-fms-extensions) is cl.exe's: inline, always_inline. */
#undef __forceinline
#endif
