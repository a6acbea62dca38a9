/* The rules as one listener of the model's events: each event goes to the
 * rules of the catalogue (rule_catalogue.def) that subscribe to its kind, in
 * catalogue order. */
#include <stddef.h>
#include "rule.h"

/* Rules with nothing to do at the end of the run name this one, so that every
 * catalogue entry names both hooks. */
static void pt_no_finish(struct pt_results *results) { (void)results; }
#define PT_RULE(id, name, level, ev, fin, kinds, summary, explain) \
    void ev(const struct pt_event *e);                      \
    void fin(struct pt_results *results);
#include "rule_catalogue.def"
#undef PT_RULE

struct pt_rule {
    void (*on_event)(const struct pt_event *ev);
    unsigned kinds;                                   /* PT_ON(kind) of the events it is given */
    void (*on_finish)(struct pt_results *results);   /* after the whole run */
};

static const struct pt_rule rules[] = {
#define PT_RULE(id, name, level, ev, fin, kinds, summary, explain) {ev, kinds, fin},
#include "rule_catalogue.def"
#undef PT_RULE
};

static void on_event(const struct pt_event *ev)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (rules[i].kinds & PT_ON(ev->kind)) rules[i].on_event(ev);
}

static void on_finish(struct pt_results *results)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) rules[i].on_finish(results);
}

const struct pt_listener pt_rules_listener = {on_event, on_finish};
