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
/* Whether fact f is about the same place of the same project as fact g. */
int pt_place_facts_same(const struct pt_place_fact *f, const struct pt_place_fact *g);
/* f's file without its folders, for messages. */
const char *pt_place_fact_file(const struct pt_place_fact *f);
/* A finding of rule_id at the free fr, with message (taken over), the store
 * `example` related by `note`, and the family of the block it is about. */
struct pt_finding *pt_place_free_report(struct pt_results *r, const char *rule_id, const struct pt_place_fact *fr,
                                        char *message, const struct pt_place_fact *example, const char *note,
                                        enum pt_family family);

#endif
