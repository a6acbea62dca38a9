/* Mechanical fixes: the hints the rules left on their findings turned into
 * byte edits of the source, by re-reading the reported call from the file. */
#ifndef PT_FIXES_H
#define PT_FIXES_H
#include <stdint.h>
#include <stdio.h>
#include "finding.h"

/* Sets f->fix for every finding whose hint resolves to an unambiguous edit
 * (the call is written at its location, not through a macro; the arguments
 * split plainly), and f->end_line/end_col for findings at a call. driver_tag
 * (PoolMon order value) is used by PT002's fix; have_tag 0: no such fix. */
void pt_fixes_resolve(struct pt_results *r, int have_tag, int64_t driver_tag);

/* A call's callee and argument spans in a source text. */
struct pt_call_span {
    size_t name, name_end;      /* the callee identifier */
    size_t close;               /* the closing parenthesis */
    size_t nargs;
    size_t arg[32], arg_end[32];   /* first and one past the last token of each argument */
};
/* Parses `name ( args )` at offset; 0, or -1 when it is not that plainly. */
int pt_call_span_at(const char *text, size_t len, size_t offset, struct pt_call_span *c);

/* fix_apply.c. The fixes to apply: of findings not suppressed, each file's
 * edits with no overlap (a fix that overlaps one taken before is left out
 * whole), one copy of a fix two findings share, none in a file outside
 * srcroot, a symbolic link or a file with merge conflict markers (said on
 * warn when not NULL). Sorted by file and offset; *n edits, freed with free(). */
const struct pt_edit **pt_fixes_selected(const struct pt_results *r, const char *srcroot, FILE *warn, size_t *n);
/* Applies the selected fixes to the files in place (atomically, keeping the
 * file's mode), or with diff != NULL prints them there as a unified diff and
 * changes nothing (paths relative to srcroot, for patch -p1). A file that
 * changed since it was read is left alone (a line on stderr). 0, or -1 with
 * err. */
int pt_fixes_apply(const struct pt_results *r, FILE *diff, const char *srcroot, char *err, size_t errlen);
/* fix_export.c: the selected fixes as clang-tidy's export YAML, which
 * clang-apply-replacements applies. 0, or -1 with err. */
int pt_fixes_export(const char *path, const struct pt_results *r, const char *srcroot, char *err, size_t errlen);
#endif
