/* PT007 quota-in-dpc: a quota-charging allocation in a function reachable from
 * a DPC routine. The run's call graph (analyzer/model/callgraph.c) is
 * searched from every DPC routine: those registered with KeInitializeDpc & co
 * and those declared with a DPC role type. */
#include <stdlib.h>
#include <string.h>
#include "rule.h"
#include "util.h"

struct node_fact { char *key, *file; unsigned line; char *what; };        /* DPC roots */
struct quota_fact { char *fn, *file, *fname, *api; const char *family; unsigned line, col; };

static struct node_fact *roots;
static struct quota_fact *quotas;
static size_t nroots, cap_roots, nquotas, cap_quotas;

static int charges_quota(const struct pt_event *ev)
{
    const struct pt_api *api = ev->api;
    if (api->kind != PT_API_ALLOC && api->kind != PT_API_ALLOC_OUT) return 0;
    if (api->flags & PT_API_LEARNED) return 0;   /* a wrapper: reported inside, with the chain */
    if (api->flags & PT_API_QUOTA) return 1;
    if ((api->flags & PT_API_FLAGS_POOL) && api->pool >= 0 && (unsigned)api->pool < ev->call->nkids) {
        const struct pt_expr *f = ev->call->kids[api->pool];
        return f->kind == PT_EX_INT && (f->ival & 0x1);   /* POOL_FLAG_USE_QUOTA */
    }
    return 0;
}

static void add_root(char *key, const char *file, unsigned line, char *what)
{
    for (size_t i = 0; i < nroots; i++)
        if (strcmp(roots[i].key, key) == 0) { free(key); free(what); return; }
    PT_GROW(roots, nroots, cap_roots);
    roots[nroots].key = key;
    roots[nroots].file = pt_strdup(file ? file : "");
    roots[nroots].line = line;
    roots[nroots].what = what;
    nroots++;
}

/* _IRQL_requires_(DISPATCH_LEVEL) on the function's declaration. */
static int requires_dispatch(const struct pt_func *fn)
{
    for (unsigned i = 0; i < fn->nannotations; i++)
        if (strcmp(fn->annotations[i], "pt_irql_requires:DISPATCH_LEVEL") == 0 ||
            strcmp(fn->annotations[i], "pt_irql_requires:2") == 0)
            return 1;
    return 0;
}

void pt007_on_event(const struct pt_event *ev)
{
    if (ev->kind == PT_EV_FUNC && requires_dispatch(ev->fn)) {
        add_root(pt_cg_self(ev), ev->fn->loc.file, ev->fn->loc.line,
                 pt_asprintf("%s is declared _IRQL_requires_(DISPATCH_LEVEL)", ev->fn->name));
    } else if (ev->kind == PT_EV_FUNC && ev->fn->role && pt_api_dpc_role(ev->ctx->apis, ev->fn->role)) {
        add_root(pt_cg_self(ev), ev->fn->loc.file, ev->fn->loc.line,
                 pt_asprintf("%s is declared as a %s", ev->fn->name, ev->fn->role));
    } else if (ev->kind == PT_EV_REGISTER) {
        add_root(pt_cg_key(ev, pt_cg_scope(ev), ev->routine->name, ev->routine->callee_static),
                 ev->call->loc.file, ev->call->loc.line,
                 pt_asprintf("%s runs as a DPC: registered by %s", ev->routine->name, ev->call->name));
    } else if (ev->kind == PT_EV_CALL && charges_quota(ev)) {
        PT_GROW(quotas, nquotas, cap_quotas);
        struct quota_fact *q = &quotas[nquotas++];
        q->fn = pt_cg_self(ev);
        q->fname = pt_strdup(ev->fn->name);
        q->file = pt_strdup(ev->call->loc.file);
        q->api = pt_strdup(ev->call->name);
        q->family = pt_block_family(ev);
        q->line = ev->call->loc.line;
        q->col = ev->call->loc.col;
    }
}

static int already_reported(const struct pt_results *r, const struct quota_fact *q)
{
    for (size_t i = 0; i < r->nfindings; i++)
        if (r->findings[i].loc.line == q->line && r->findings[i].loc.col == q->col &&
            strcmp(r->findings[i].rule_id, PT_RULE_ID(PT007)) == 0 && strcmp(r->findings[i].loc.file, q->file) == 0)
            return 1;
    return 0;
}

/* The finding for a quota allocation reached from a DPC root: the chain is its path. */
static void report(struct pt_results *r, const struct pt_cg_reach *reach, size_t k, const struct quota_fact *q)
{
    const struct node_fact *root = &roots[reach->root[k]];
    long chain[64];
    size_t depth = pt_cg_chain(reach, k, chain, 64);
    struct pt_finding f;
    pt_finding_at(&f, PT_RULE_ID(PT007), q->file, q->line, q->col, q->fname);
    f.family = q->family;
    f.steps = pt_xcalloc(depth + 2, sizeof *f.steps);
    f.steps[f.nsteps].loc.file = pt_strdup(root->file);
    f.steps[f.nsteps].loc.line = root->line;
    f.steps[f.nsteps++].message = pt_strdup(root->what);
    for (size_t d = 0; d < depth; d++) {
        const struct pt_cg_edge *e = pt_cg_edge_at(chain[d]);
        f.steps[f.nsteps].loc.file = pt_strdup(e->file);
        f.steps[f.nsteps].loc.line = e->line;
        f.steps[f.nsteps].loc.col = e->col;
        f.steps[f.nsteps++].message = pt_asprintf("calls %s", e->callee);
    }
    f.steps[f.nsteps].loc = f.loc;
    f.steps[f.nsteps].loc.file = pt_strdup(q->file);
    f.steps[f.nsteps++].message = pt_asprintf("%s charges quota here", q->api);
    char *away = depth ? pt_asprintf("; %zu call%s away", depth, depth == 1 ? "" : "s") : pt_strdup("");
    f.message = pt_asprintf("%s charges pool quota to the current process, but %s can run "
                            "here at DISPATCH_LEVEL (%s%s): quota "
                            "allocations need IRQL <= APC_LEVEL", q->api, q->fname, root->what, away);
    free(away);
    pt_finding_relate(&f, root->file, root->line, 0, root->what);
    f.fingerprint_key = pt_asprintf("PT007|%s|%s", q->fname, q->api);
    pt_results_add_finding(r, &f);
}

void pt007_on_finish(struct pt_results *r)
{
    const char **keys = pt_xcalloc(nroots + 1, sizeof *keys);
    for (size_t i = 0; i < nroots; i++) keys[i] = roots[i].key;
    struct pt_cg_reach reach;
    pt_cg_reach(keys, nroots, &reach);
    for (size_t q = 0; q < nquotas; q++) {
        long k = pt_cg_find(&reach, quotas[q].fn);
        if (k >= 0 && !already_reported(r, &quotas[q])) report(r, &reach, (size_t)k, &quotas[q]);
    }
    pt_cg_reach_free(&reach);
    free(keys);
    for (size_t i = 0; i < nroots; i++) { free(roots[i].key); free(roots[i].file); free(roots[i].what); }
    for (size_t i = 0; i < nquotas; i++) {
        free(quotas[i].fn); free(quotas[i].file); free(quotas[i].fname); free(quotas[i].api);
    }
    free(roots); free(quotas);
    roots = NULL; quotas = NULL;
    nroots = cap_roots = nquotas = cap_quotas = 0;
}
