/* The routines that end a path (noreturn.h), from the families table's
 * PT_NORETURN rows (data/pool_api.def). */
#include "noreturn.h"
#include <string.h>

static const char *const never_return[] = {
#define PT_API(...)
#define PT_NORETURN(n) #n,
#include "data/pool_api.def"
#undef PT_NORETURN
#undef PT_API
    NULL};

int pt_never_returns(const char *name)
{
    for (int i = 0; name && never_return[i]; i++)
        if (strcmp(name, never_return[i]) == 0) return 1;
    return 0;
}
