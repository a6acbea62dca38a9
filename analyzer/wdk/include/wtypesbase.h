/* pooltrack: MinGW-w64's wtypesbase.h pulls windows.h and ole2.h in, which
 * kernel code that includes intsafe.h (the WDK's is kernel-safe) cannot
 * parse after ntdef.h. There its few base types (HRESULT, DWORD...) come
 * from windef.h instead; user-mode code gets MinGW-w64's header. */
#pragma once
#if defined(_NTDEF_) && !defined(_WINDOWS_)
#include <windef.h>
#else
#include_next <wtypesbase.h>
#endif
