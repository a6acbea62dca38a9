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

/* Another place the message names (the allocation a wrong free belongs to,
 * the unload routine that does not free): SARIF relatedLocations. */
struct pt_related {
    struct pt_loc loc;
    char *message;
};

/* What a rule knows about the mechanical fix of its finding; fixes.c turns it
 * into byte edits by re-reading the call at f->loc from the source, so the IR
 * needs no argument ranges. Argument indexes count from 0. */
enum pt_fix_kind {
    PT_FIX_NONE,
    PT_FIX_STRING_TAG,  /* argument arg is "Abcd": the constant 'dcbA' (PoolMon shows Abcd) */
    PT_FIX_DRIVER_TAG,  /* argument arg gets the configured driver_tag; arg < 0: rename the
                           callee to `callee` and append that tag as a new last argument */
    PT_FIX_SWAP,        /* swap arguments arg and arg2 */
    PT_FIX_COPY_ARG,    /* argument arg gets the text of argument arg2 of the call at `from`
                           (text: that call's name) */
    PT_FIX_ARG,         /* argument arg gets `text` */
    PT_FIX_CALL,        /* the call becomes `callee`, a template "Name(P,A0)": P the argument
                           arg of this call, An argument n of the call at from (text: its
                           name), S argument arg as a string struct (u.Buffer: &u) */
};
struct pt_fix_hint {
    enum pt_fix_kind kind;
    int arg, arg2;
    char *call;          /* the reported call's callee, as the source names it at f->loc */
    char *text, *callee;
    struct pt_loc from;
};

/* One replacement in a file: bytes [offset, offset+length) become text. */
struct pt_edit {
    char *file;
    size_t offset, length;
    unsigned line, col, end_line, end_col;   /* 1-based; end_col one past the last byte */
    char *text;
};
struct pt_fix {
    char *description;
    struct pt_edit *edits;
    size_t nedits;
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
    struct pt_related *related;   /* may be empty */
    size_t nrelated;
    unsigned end_line, end_col;   /* the reported call's end (fixes.c); 0: unknown */
    struct pt_fix_hint hint;      /* set by the rule */
    struct pt_fix *fix;           /* resolved from hint by pt_fixes_resolve; NULL: none */
    const char *family;           /* the block's allocation family (families.def key, a static
                                     string: "pool", "lookaside_np"); NULL: not known */
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
/* Appends a related location (strings copied). */
void pt_finding_relate(struct pt_finding *f, const char *file, unsigned line, unsigned col, const char *msg);
const char *pt_level_name(enum pt_level level);   /* "note", "warning", "error" */

#endif
