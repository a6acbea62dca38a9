/* What a reporting rule sees: events from the pool model (model.h), never
 * cursors, and the helpers that turn an event into a finding (report.c). */
#ifndef PT_RULE_H
#define PT_RULE_H
#include "model.h"
#include "rule_info.h"

/* Report a finding at `at`. The path is taken from ev->trail, starting at the
 * step that created ev->alloc_id (or all of it when alloc_id < 0), plus a
 * final step `last` (may be NULL). fingerprint: a stable identity (no lines). */
/* Returns the finding kept for `at` when this call made or replaced it (the
 * rule may then add a fix hint), else NULL. */
/* The family key of the block an event is about (findings' `family`), or NULL. */
const char *pt_block_family(const struct pt_event *ev);
struct pt_finding *pt_report(const struct pt_event *ev, const char *rule_id, struct pt_srcloc at,
                             const char *last, const char *fingerprint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* "ExAllocatePoolWithTag with tag 'gaTM' (PoolMon 'MTag')" */
const char *pt_describe_alloc(struct pt_fctx *c, const struct pt_expr *call, const struct pt_api *api);

/* A finding of rule_id at file:line:col in function, for rules that report at
 * the end of the run (the catalogue gives its level); strings are copied. */
void pt_finding_at(struct pt_finding *f, const char *rule_id, const char *file, unsigned line, unsigned col,
                   const char *function);

/* A finding made outside an event (at the end of the run). Takes ownership of message. */
struct pt_finding *pt_report_plain(struct pt_results *r, const char *rule_id, struct pt_srcloc at,
                                   const char *function, char *message, const char *fingerprint);

/* Fix hints (finding.h pt_fix_hint); strings are copied. */
void pt_hint(struct pt_finding *f, const char *call, enum pt_fix_kind kind, int arg, int arg2, const char *text,
             const char *callee, struct pt_srcloc from);

/* Every rule of the catalogue (rule_catalogue.def) as one listener of the
 * model's events: the link plugs it in (pt_model_listen). */
extern const struct pt_listener pt_rules_listener;

#endif
