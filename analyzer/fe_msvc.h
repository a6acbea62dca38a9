/* cl.exe's dialect where clang cannot be told (docs/dialect.md): rewrites of
 * the TU's files, for a second parse of the TU. */
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

/* Every rewrite for a second parse, as unsaved files (*out, malloc'd; free with
 * pt_fe_msvc_rewrites_free): the lvalue casts of the main file, and fields
 * of an enum type declared but not yet defined, in any file (cl.exe gives
 * such an enum int's size; clang for MinGW calls the field incomplete):
 * `enum Tag Name` becomes `int` and spaces. Returns how many files changed
 * (0: parse once). */
unsigned pt_fe_msvc_rewrites(CXTranslationUnit tu, const char *main_path, struct CXUnsavedFile **out);
void pt_fe_msvc_rewrites_free(struct CXUnsavedFile *fixes, unsigned n);

#endif
