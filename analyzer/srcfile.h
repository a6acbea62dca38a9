/* The sources findings point into, read once per run for what the outputs
 * show and the fixes edit (source lines, GitHub's line hash, call ranges). */
#ifndef PT_SRCFILE_H
#define PT_SRCFILE_H
#include <stddef.h>

/* The bytes of path (NUL-terminated), or NULL when it cannot be read. */
const char *pt_src_get(const char *path, size_t *len);
/* Byte offset of line:col (1-based; col counts bytes), or (size_t)-1. */
size_t pt_src_offset(const char *text, size_t len, unsigned line, unsigned col);
/* line:col of a byte offset. */
void pt_src_linecol(const char *text, size_t offset, unsigned *line, unsigned *col);
/* Forgets every file read (after --fix rewrote them). */
void pt_src_forget(void);
#endif
