/* Findings and notifications: what the rules produce and the outputs print.
 * Strings inside a finding are owned by it (heap), so a finding outlives the
 * translation unit it came from. */
#ifndef PT_FINDING_H
#define PT_FINDING_H
#include <stddef.h>

enum pt_level { PT_NOTE = 0, PT_WARNING = 1, PT_ERROR = 2 };

struct pt_loc {
    char *file;          /* absolute path of the file the user wrote (macro use site) */
    unsigned line, col;  /* 1-based; 0 when unknown */
};

/* One step of the path (or call chain) that leads to the bug: SARIF codeFlows,
 * text-mode notes. */
struct pt_step {
    struct pt_loc loc;
    char *message;
};

/* --baseline: whether a finding was already in the baseline (SARIF baselineState). */
enum pt_baseline_state { PT_BASELINE_NONE, PT_BASELINE_NEW, PT_BASELINE_UNCHANGED };

struct pt_finding {
    const char *rule_id;   /* "PT005"; static string from the rule table */
    enum pt_level level;
    struct pt_loc loc;     /* where it is reported */
    char *function;        /* enclosing function, may be NULL */
    char *message;         /* one sentence naming allocation, tag, and what goes wrong */
    struct pt_step *steps; /* path, first step first; may be empty */
    size_t nsteps;
    /* Stable identity independent of line numbers: rule, function and the
     * text of the allocation/free call. Outputs hash it for partialFingerprints. */
    char *fingerprint_key;
    /* `// pooltrack-ignore PT005: reason` on the line or the line before */
    int suppressed;
    char *suppression_reason;
    enum pt_baseline_state baseline;
};

/* Tool execution notifications: a TU that did not parse, a budget that was hit,
 * calls only seen by tokens. SARIF: invocations[0].toolExecutionNotifications. */
struct pt_notification {
    enum pt_level level;
    char *file;            /* may be NULL */
    unsigned line;         /* 0 when not tied to a line */
    char *message;
};

struct pt_results {
    struct pt_finding *findings;
    size_t nfindings, cap_findings;
    struct pt_notification *notes;
    size_t nnotes, cap_notes;
    unsigned partly_analysed;   /* functions whose walk stopped at the path budget */
};

/* Takes ownership of every heap string in f/steps. */
void pt_results_add_finding(struct pt_results *r, struct pt_finding *f);
void pt_results_add_note(struct pt_results *r, enum pt_level level, const char *file,
                         unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Sort findings (file, line, col, rule, message) and drop exact duplicates, so
 * every output is deterministic. Notifications are sorted too. */
void pt_results_finish(struct pt_results *r);
void pt_results_free(struct pt_results *r);
/* Drops the findings and notifications added after there were nf and nn. */
void pt_results_truncate(struct pt_results *r, size_t nf, size_t nn);
void pt_finding_free(struct pt_finding *f);
const char *pt_level_name(enum pt_level level);   /* "note", "warning", "error" */

#endif
