/* Equalities a loop cannot meet twice. After `i == which` held on a path, a
 * counter that only moves one way (i++, i += 2, i = i - 1) with `which`
 * untouched cannot equal it again: the branch is infeasible on later rounds.
 * Ranges alone lose this once the counter is widened to [0, +inf), and a
 * free under `if (i == which)` then looks like a double free. Only locals
 * and parameters whose address is never taken qualify (a callee or an alias
 * could change them unseen). */
#include <string.h>
#include "engine_internal.h"

void pt_rel_clear_all(struct pt_rel *r)
{
    for (unsigned i = 0; i < PT_NREL; i++) r[i].a = r[i].b = r[i].mover = -1, r[i].dir = 0;
}

static struct pt_rel *find(struct pt_state *s, int a, int b)
{
    for (unsigned i = 0; i < PT_NREL; i++)
        if ((s->rels[i].a == a && s->rels[i].b == b) || (s->rels[i].a == b && s->rels[i].b == a))
            return &s->rels[i];
    return NULL;
}

void pt_rel_equal(struct pt_fctx *c, struct pt_state *s, int a, int b)
{
    if (a < 0 || b < 0 || a == b || !c->rel_ok[a] || !c->rel_ok[b]) return;
    struct pt_rel *r = find(s, a, b);
    if (!r) r = find(s, -1, -1);
    if (!r) {   /* full: the oldest fact goes */
        memmove(&s->rels[0], &s->rels[1], (PT_NREL - 1) * sizeof *s->rels);
        r = &s->rels[PT_NREL - 1];
    }
    r->a = a < b ? a : b;
    r->b = a < b ? b : a;
    r->mover = -1;
    r->dir = 0;
}

int pt_rel_cannot_equal(const struct pt_fctx *c, struct pt_state *s, int a, int b)
{
    if (a < 0 || b < 0 || !c->rel_ok[a] || !c->rel_ok[b]) return 0;
    const struct pt_rel *r = find(s, a, b);
    return r && r->mover >= 0;
}

void pt_rel_written(struct pt_state *s, int slot, int dir)
{
    for (unsigned i = 0; i < PT_NREL; i++) {
        struct pt_rel *r = &s->rels[i];
        if (r->a < 0 || (r->a != slot && r->b != slot)) continue;
        if (dir != 0 && (r->mover < 0 || (r->mover == slot && r->dir == dir))) {
            r->mover = slot;
            r->dir = dir;
        } else {   /* any other write, or both sides moved: nothing is known */
            r->a = r->b = r->mover = -1;
            r->dir = 0;
        }
    }
}
