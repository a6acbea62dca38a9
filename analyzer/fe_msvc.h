/* cl.exe's dialect where clang cannot be told (docs/dialect.md): a rewrite of
 * the main file's text, for a second parse of the TU. */
#ifndef PT_FE_MSVC_H
#define PT_FE_MSVC_H
#include <stddef.h>
#include <clang-c/Index.h>

/* The casts clang refused as lvalues in tu's main file (cl.exe accepts them in
 * C, warning C4213: `&(LONG)Open->Dropped`, `(int)A = -A`), blanked out with
 * spaces so every offset, line and column stays: the address, or the
 * assignment, of the object itself. Returns a malloc'd copy of the main file's
 * text with *len its size, or NULL when there is nothing to rewrite. */
char *pt_fe_msvc_lvalue_casts(CXTranslationUnit tu, const char *main_path, size_t *len);

#endif
