/* What the whole-driver rules remember about places (a field by struct type,
 * a global) across functions: which call stored into or freed from which
 * place, with its tag and family (PT004 pairs tags, PT009 families). */
#ifndef PT_PLACE_FACTS_H
#define PT_PLACE_FACTS_H
#include <stddef.h>
#include <stdint.h>
#include "rule.h"

struct pt_place_fact {
    char *place, *file, *function, *api, *project;
    unsigned line, col;
    int64_t tag;
    int tag_known;
    enum pt_family family;   /* of ev->api */
};

struct pt_place_facts {
    struct pt_place_fact *v;
    size_t n, cap;
};

/* The fact of a STORE or FREE_PLACE event (ev->call at ev->place), once per
 * place, site, tag and project. */
void pt_place_facts_add(struct pt_place_facts *fs, const struct pt_event *ev);
void pt_place_facts_free(struct pt_place_facts *fs);

#endif
