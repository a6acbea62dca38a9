/* What the configuration (.pooltrack.json) adds to the families table:
 * allocators and frees, DPC and unload routine names, forbidden tags. Kept
 * apart from the learned routines: those are forgotten after each link, these
 * last the whole run; the object is the configuration's, the model only
 * reads the one it is handed (struct pt_api_table `extras`). */
#include <stdlib.h>
#include <string.h>
#include "pool_api.h"
#include "strmap.h"
#include "util.h"

void pt_api_extras_add(struct pt_api_extras *x, const struct pt_api *api)
{
    long i = pt_strmap_get(&x->index, api->name);
    if (i < 0) {
        PT_GROW(x->apis, x->n, x->cap);
        i = (long)x->n++;
    } else {
        free((char *)x->apis[i].name);
        free((char *)x->apis[i].field);
    }
    x->apis[i] = *api;
    x->apis[i].name = pt_strdup(api->name);
    x->apis[i].field = api->field ? pt_strdup(api->field) : NULL;
    pt_strmap_put(&x->index, api->name, i);
}

void pt_api_extras_add_dpc_name(struct pt_api_extras *x, const char *name) { pt_strmap_put(&x->dpc_names, name, 1); }

void pt_api_extras_add_unload_name(struct pt_api_extras *x, const char *name)
{
    pt_strmap_put(&x->unload_names, name, 1);
}

void pt_api_extras_add_forbidden_tag(struct pt_api_extras *x, int64_t tag)
{
    PT_GROW(x->forbidden, x->nforbidden, x->cap_forbidden);
    x->forbidden[x->nforbidden++] = tag & 0xffffffffLL;
}

const struct pt_api *pt_api_find_extra(const struct pt_api_extras *x, const char *name)
{
    long i = x && x->n && name ? pt_strmap_get(&x->index, name) : -1;
    return i >= 0 ? &x->apis[i] : NULL;
}

int pt_api_extra_dpc(const struct pt_api_extras *x, const char *name)
{
    return x && name && x->dpc_names.n && pt_strmap_get(&x->dpc_names, name) >= 0;
}

int pt_api_extra_unload(const struct pt_api_extras *x, const char *name)
{
    return x && name && x->unload_names.n && pt_strmap_get(&x->unload_names, name) >= 0;
}

int pt_api_tag_forbidden(const struct pt_api_table *t, int64_t tag)
{
    const struct pt_api_extras *x = t ? t->extras : NULL;
    for (size_t i = 0; x && i < x->nforbidden; i++)
        if (x->forbidden[i] == (tag & 0xffffffffLL)) return 1;
    return 0;
}

void pt_api_extras_free(struct pt_api_extras *x)
{
    for (size_t i = 0; i < x->n; i++) {
        free((char *)x->apis[i].name);
        free((char *)x->apis[i].field);
    }
    free(x->apis);
    pt_strmap_free(&x->index);
    pt_strmap_free(&x->dpc_names);
    pt_strmap_free(&x->unload_names);
    free(x->forbidden);
    memset(x, 0, sizeof *x);
}
