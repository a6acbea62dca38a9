/* The PCH job (pch.h): builds DIR/KEY.pch from the include lines `prefix`
 * with tu's arguments, and writes DIR/KEY.deps. */
#ifndef PT_FE_PCH_H
#define PT_FE_PCH_H
#include <stddef.h>
#include "compdb.h"

/* Returns 0 when DIR/KEY.deps was written: the PCH was built, or it cannot be
 * shared and the deps file says why. Else -1 with a one-line reason in err. */
int pt_fe_build_pch(const struct pt_tu *tu, const char *prefix, const char *dir, const char *key,
                    char *err, size_t errlen);

#endif
