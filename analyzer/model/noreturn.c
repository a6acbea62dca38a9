/* The routines that end a path (noreturn.h): WDK bug checks and assertion
 * failures, whose MinGW and WDK declarations do not all say noreturn
 * (DbgRaiseAssertionFailure is __int2c, RtlAssert returns under a debugger),
 * and the C library's. */
#include "noreturn.h"
#include <string.h>

static const char *const never_return[] = {
    "KeBugCheck", "KeBugCheckEx", "RtlAssert", "DbgRaiseAssertionFailure", "__int2c",
    "__fastfail", "RtlFailFast",
    "abort", "exit", "_exit", "_Exit", "__assert_fail", "_assert", "_wassert", "__assert_rtn",
    NULL};

int pt_never_returns(const char *name)
{
    for (int i = 0; name && never_return[i]; i++)
        if (strcmp(name, never_return[i]) == 0) return 1;
    return 0;
}
