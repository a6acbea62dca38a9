/* Event dispatch to the rules listed in rule_list.h. */
#include "rule.h"

#define PT_RULE(id, fn) void fn(const struct pt_event *ev);
#include "rule_list.h"
#undef PT_RULE

static const struct pt_rule rules[] = {
#define PT_RULE(id, fn) {#id, fn},
#include "rule_list.h"
#undef PT_RULE
};

void pt_rules_dispatch(const struct pt_event *ev)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) rules[i].on_event(ev);
}
