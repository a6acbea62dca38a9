#ifndef PT_OUTPUT_INTERNAL_H
#define PT_OUTPUT_INTERNAL_H
#include <stdio.h>
#include "output.h"
int pt_output_text(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_json(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_inventory(FILE *out, const struct pt_output_opts *o);
int pt_output_msvc(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
int pt_output_sarif(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
const char *pt_relative(const char *file, const char *srcroot);
const char *pt_display_path(const char *file, const char *srcroot);
/* Length of the valid UTF-8 sequence at s, or 0 (output.c). */
size_t pt_utf8_seq(const unsigned char *s);
/* A bidi override or isolate (U+202A..U+202E, U+2066..U+2069) at s. */
int pt_is_bidi_control(const unsigned char *s);
/* output_html_esc.c: n bytes of text as HTML text or attribute content:
 * markup characters as entities, control characters, C1 and bidi controls
 * as visible \ooo (a hostile line must not hide or reorder what follows),
 * bytes that are not UTF-8 as U+FFFD; tabs kept when keep_tabs. */
void pt_html_text(FILE *out, const char *text, size_t n, int keep_tabs);
void pt_html_str(FILE *out, const char *text);   /* NUL-terminated, NULL as "" */
#endif
