/* The allocation-site inventory: a consumer of engine events next to the
 * rules. A function's call sites arrive once per analysis of it; sites are
 * deduplicated when read. */
#include "inventory.h"
#include <stdlib.h>
#include <string.h>
#include "events.h"
#include "tags.h"
#include "util.h"

static int enabled, sorted;
static struct pt_inv_site *sites;
static size_t nsites, cap_sites;

void pt_inventory_enable(void) { enabled = 1; }

static const struct pt_expr *arg(const struct pt_expr *call, int i)
{
    return i >= 0 && (unsigned)i < call->nkids ? call->kids[i] : NULL;
}

void pt_inventory_on_event(const struct pt_event *ev)
{
    if (!enabled || ev->kind != PT_EV_CALL || !ev->api) return;
    const struct pt_api *api = ev->api;
    if (api->kind != PT_API_ALLOC && api->kind != PT_API_ALLOC_OUT) return;
    if (api->flags & PT_API_LEARNED) return;   /* a wrapper: its own inner call is the site */
    PT_GROW(sites, nsites, cap_sites);
    struct pt_inv_site *s = &sites[nsites++];
    memset(s, 0, sizeof *s);
    /* the unit's arena is gone when the inventory is written: copy */
    s->file = pt_strdup(ev->call->loc.file ? ev->call->loc.file : "");
    s->line = ev->call->loc.line;
    s->col = ev->call->loc.col;
    s->function = pt_strdup(ev->fn && ev->fn->name ? ev->fn->name : "");
    s->allocator = pt_strdup(ev->call->name);
    s->family = api->family;
    s->quota = (api->flags & PT_API_QUOTA) != 0;
    if (api->flags & PT_API_UNTAGGED) s->tag_kind = PT_INV_UNTAGGED;
    else if (pt_call_tag(ev->call, api, &s->tag)) s->tag_kind = PT_INV_TAG_CONST;
    else s->tag_kind = api->tag < 0 && !api->tag_fixed ? PT_INV_UNTAGGED : PT_INV_TAG_UNKNOWN;
    const struct pt_expr *p = arg(ev->call, api->pool);
    if (p && (p->kind == PT_EX_INT || p->is_const)) {
        s->has_pool = 1;
        s->pool = p->ival;
    }
    s->pool_flags = (api->flags & PT_API_FLAGS_POOL) != 0;
    sorted = 0;
}

static int cmp_site(const void *a, const void *b)
{
    const struct pt_inv_site *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    if (c) return c;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    if (x->col != y->col) return x->col < y->col ? -1 : 1;
    return strcmp(x->allocator, y->allocator);
}

static void free_site(struct pt_inv_site *s)
{
    free(s->file);
    free(s->function);
    free(s->allocator);
}

const struct pt_inv_site *pt_inventory_sites(size_t *n)
{
    if (!sorted && nsites) {
        qsort(sites, nsites, sizeof *sites, cmp_site);
        size_t out = 0;
        for (size_t i = 0; i < nsites; i++) {
            if (out && cmp_site(&sites[out - 1], &sites[i]) == 0) { free_site(&sites[i]); continue; }
            sites[out++] = sites[i];
        }
        nsites = out;
    }
    sorted = 1;
    *n = nsites;
    return sites;
}

void pt_inventory_free(void)
{
    for (size_t i = 0; i < nsites; i++) free_site(&sites[i]);
    free(sites);
    sites = NULL;
    nsites = cap_sites = 0;
}
