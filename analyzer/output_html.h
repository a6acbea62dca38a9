/* Internal to the HTML report: one source file of a finding drawn with its
 * marks (output_html_src.c), and the page style (output_html_css.c). */
#ifndef PT_OUTPUT_HTML_H
#define PT_OUTPUT_HTML_H
#include <stdio.h>

enum pt_html_kind {
    PT_MARK_STEP,      /* a step of the path, numbered */
    PT_MARK_ALLOC,     /* the step that allocates */
    PT_MARK_END,       /* the last step: where it leaks, is freed wrongly, ... */
    PT_MARK_REPORT,    /* where the finding is reported, when no step is there */
    PT_MARK_RELATED,   /* another place the message names */
};

struct pt_html_mark {
    unsigned line;
    enum pt_html_kind kind;
    unsigned step;      /* 1-based; 0: not a step */
    const char *message;
};

/* The lines of file around the marks (sorted by line, then step): a few
 * lines of context each, gaps shown as one row, the step numbers in the
 * margin and each mark's message under its line. shown: the name to print.
 * When the file cannot be read only the marks' messages are listed. */
void pt_html_source(FILE *out, const char *file, const char *shown, const struct pt_html_mark *marks,
                    size_t n);

extern const char pt_html_css[];
#endif
