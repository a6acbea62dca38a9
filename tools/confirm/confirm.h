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
    size_t verifier_other;     /* ... of other drivers than the one analysed: skipped */
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

/* After the exact join: confirms each leak result (PT005/PT006) still not
 * reproduced by the unused leak events whose "alloc_stack" names the
 * result's function as a caller of the allocating one (and the same tag
 * when the result names one), marking them used. Returns how many results
 * it confirmed. */
size_t pt_confirm_stack_join(cJSON *sarif, const cJSON *const *ev, size_t nev, char *used);

/* Parses Driver Verifier output in a WinDbg log: `!verifier 3` outstanding
 * allocation rows and `!verifier 0x80` stack entries, as a cJSON array of
 * records ("event": "outstanding" | "allocate" | "free"; address, size, tag,
 * caller, symbol, module, function as far as the log tells). Other lines are
 * skipped; an empty array means the text holds no verifier output. */
cJSON *pt_windbg_parse(const char *text);
/* Same; module (NULL: the one a `!verifier 3 NAME` names) is the driver
 * whose frame of a 0x80 stack is the allocating or freeing function. */
cJSON *pt_windbg_parse_module(const char *text, const char *module);
/* "mod!Func+0x358" -> "mod", "Func"; 0 if not a symbol. */
int pt_windbg_split_symbol(const char *sym, char *mod, size_t mcap, char *fn, size_t fcap);
/* "C:\drv\mydrv.sys" or "mydrv.sys:" -> "mydrv"; 0 if not a .sys name. */
int pt_windbg_module_of_image(const char *tok, char *out, size_t cap);

/* The !analyze -v reader (confirm_bugcheck.c), fed line by line by
 * pt_windbg_parse: adds a record per bug check 0xC4, 0xC2 or 0xCB. */
struct pt_bugcheck_reader;
struct pt_bugcheck_reader *pt_bugcheck_reader_new(void);
void pt_bugcheck_line(struct pt_bugcheck_reader *r, const char *line, cJSON *records);
void pt_bugcheck_reader_finish(struct pt_bugcheck_reader *r, cJSON *records);   /* frees r */

/* Undoes web and DebugView artefacts in place (non-breaking spaces, the
 * "index<TAB>time<TAB>" and "[cpu]" prefixes); returns the new length. */
size_t pt_confirm_clean_text(char *text, size_t len);

/* Matches verifier records to the results by tag and allocating function
 * (after pt_confirm_apply): sets pooltrackVerifierMatch, ...Count,
 * ...Evidence, raises pooltrackRuntime, adds runtime-only results for
 * outstanding blocks no result explains, and recounts st. Records of other
 * drivers than module are skipped; module NULL or "": the driver whose
 * symbols name the results' functions, if any does. */
void pt_confirm_apply_verifier(cJSON *sarif, const cJSON *records, const char *module,
                               struct pt_confirm_stats *st);

/* The driver module the SARIF names: the only entry of runs[0].properties.
 * pooltrackDriverModules (pooltrack-analyze writes it); NULL when it names
 * none or several (the verifier join then guesses from the symbols). */
const char *pt_confirm_sarif_module(const cJSON *sarif);

/* Same file? Compares paths case-insensitively with '/' and '\' alike,
 * ignoring file:// and %SRCROOT%, one a suffix of the other at a separator. */
int pt_confirm_same_file(const char *a, const char *b);

/* confirm_family.c: the result's properties.pooltrackFamily, or NULL (an
 * older SARIF, or a finding with no allocation). */
const char *pt_confirm_result_family(const cJSON *res);
/* Can an event of ev's "family" be the block of a result of result_family?
 * Yes when either side names none. */
int pt_confirm_family_fits(const char *result_family, const cJSON *ev);
/* Can a Driver Verifier pool record be a block of this family? (NULL: yes) */
int pt_confirm_pool_backed(const char *family);

/* The at-a-glance text: one line per result, then the totals. */
void pt_confirm_print_text(FILE *out, const cJSON *sarif, const struct pt_confirm_stats *st);
#endif
