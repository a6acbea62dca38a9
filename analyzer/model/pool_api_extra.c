/* What the configuration (.pooltrack.json) adds to the families table:
 * allocators and frees, DPC and unload routine names, forbidden tags. Kept
 * apart from the learned routines: those are forgotten after each link, these
 * last the whole run (and are inherited by forked workers). */
#include <stdlib.h>
#include <string.h>
#include "pool_api.h"
#include "strmap.h"
#include "util.h"

static struct pt_api *extras;
static size_t nextras, cap_extras;
static struct pt_strmap extra_index;
static struct pt_strmap dpc_names, unload_names;
static int64_t *forbidden;
static size_t nforbidden, cap_forbidden;

void pt_api_register_extra(const struct pt_api *api)
{
    long i = pt_strmap_get(&extra_index, api->name);
    if (i < 0) {
        PT_GROW(extras, nextras, cap_extras);
        i = (long)nextras++;
    } else {
        free((char *)extras[i].name);
        free((char *)extras[i].field);
    }
    extras[i] = *api;
    extras[i].name = pt_strdup(api->name);
    extras[i].field = api->field ? pt_strdup(api->field) : NULL;
    pt_strmap_put(&extra_index, api->name, i);
}

void pt_api_register_dpc_name(const char *name) { pt_strmap_put(&dpc_names, name, 1); }
void pt_api_register_unload_name(const char *name) { pt_strmap_put(&unload_names, name, 1); }

void pt_api_register_forbidden_tag(int64_t tag)
{
    PT_GROW(forbidden, nforbidden, cap_forbidden);
    forbidden[nforbidden++] = tag & 0xffffffffLL;
}

const struct pt_api *pt_api_find_extra(const char *name)
{
    long i = nextras && name ? pt_strmap_get(&extra_index, name) : -1;
    return i >= 0 ? &extras[i] : NULL;
}

int pt_api_extra_dpc(const char *name)
{
    return name && dpc_names.n && pt_strmap_get(&dpc_names, name) >= 0;
}

int pt_api_extra_unload(const char *name)
{
    return name && unload_names.n && pt_strmap_get(&unload_names, name) >= 0;
}

int pt_api_tag_forbidden(int64_t tag)
{
    for (size_t i = 0; i < nforbidden; i++)
        if (forbidden[i] == (tag & 0xffffffffLL)) return 1;
    return 0;
}

void pt_api_forget_extra(void)
{
    for (size_t i = 0; i < nextras; i++) {
        free((char *)extras[i].name);
        free((char *)extras[i].field);
    }
    free(extras);
    extras = NULL;
    nextras = cap_extras = 0;
    pt_strmap_free(&extra_index);
    pt_strmap_free(&dpc_names);
    pt_strmap_free(&unload_names);
    free(forbidden);
    forbidden = NULL;
    nforbidden = cap_forbidden = 0;
}
