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
    size_t ambiguous;       /* ... matched only by verifier records that fit several results */
    size_t executed;        /* ... whose free the verifier log shows ran, bug not visible */
    size_t verifier_records;   /* !verifier 3 rows and !verifier 0x80 entries read */
    size_t verifier_matched;   /* ... that matched at least one static result */
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

/* Parses Driver Verifier output in a WinDbg log: `!verifier 3` outstanding
 * allocation rows and `!verifier 0x80` stack entries, as a cJSON array of
 * records ("event": "outstanding" | "allocate" | "free"; address, size, tag,
 * caller, symbol, module, function as far as the log tells). Other lines are
 * skipped; an empty array means the text holds no verifier output. */
cJSON *pt_windbg_parse(const char *text);

/* Matches verifier records to the results by tag and allocating function
 * (after pt_confirm_apply): sets pooltrackVerifierMatch, ...Count,
 * ...Evidence, raises pooltrackRuntime, adds runtime-only results for
 * outstanding blocks no result explains, and recounts st. */
void pt_confirm_apply_verifier(cJSON *sarif, const cJSON *records, struct pt_confirm_stats *st);

/* Same file? Compares paths case-insensitively with '/' and '\' alike,
 * ignoring file:// and %SRCROOT%, one a suffix of the other at a separator. */
int pt_confirm_same_file(const char *a, const char *b);

/* The at-a-glance text: one line per result, then the totals. */
void pt_confirm_print_text(FILE *out, const cJSON *sarif, const struct pt_confirm_stats *st);
#endif
