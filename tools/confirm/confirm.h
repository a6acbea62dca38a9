/* pooltrack-confirm: joins the runtime shim's JSON lines with the static
 * analyzer's SARIF by (file, line, rule). */
#ifndef PT_CONFIRM_H
#define PT_CONFIRM_H
#include <stddef.h>
#include <stdio.h>
#include <cjson/cJSON.h>

struct pt_confirm_stats {
    size_t results;         /* static results seen */
    size_t confirmed;       /* ... with at least one matching runtime event */
    size_t not_reproduced;
    size_t runtime_only;    /* results added for events no static result explains */
    size_t events;          /* runtime events read (summaries excluded) */
};

/* Parses the shim's JSON lines; lines that are not JSON objects (debugger
 * noise) are skipped. Returns a cJSON array of the events (no summaries), or
 * NULL with a message if the text holds no shim output at all. */
cJSON *pt_confirm_load_events(const char *text, char *err, size_t errlen);

/* Marks every result of every run of sarif (edited in place) as confirmed or
 * not reproduced, attaches the evidence, appends runtime-only results to the
 * first run. Returns 0, or -1 with a message if sarif is not a SARIF log. */
int pt_confirm_apply(cJSON *sarif, const cJSON *events, struct pt_confirm_stats *st,
                     char *err, size_t errlen);

/* Same file? Compares paths case-insensitively with '/' and '\' alike,
 * ignoring file:// and %SRCROOT%, one a suffix of the other at a separator. */
int pt_confirm_same_file(const char *a, const char *b);

/* The at-a-glance text: one line per result, then the totals. */
void pt_confirm_print_text(FILE *out, const cJSON *sarif, const struct pt_confirm_stats *st);
#endif
