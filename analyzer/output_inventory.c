/* --inventory: the allocation sites of the run and their tags, as a table or
 * JSON; with --pooltag-file, tags Pooltag.txt gives to another component. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "inventory.h"
#include "output_internal.h"
#include "pooltag.h"
#include "util.h"
#include "rule.h"

static const struct { int64_t v; const char *name; } pool_types[] = {
    {0, "NonPagedPool"}, {1, "PagedPool"}, {2, "NonPagedPoolMustSucceed"},
    {4, "NonPagedPoolCacheAligned"}, {5, "PagedPoolCacheAligned"},
    {6, "NonPagedPoolCacheAlignedMustS"}, {32, "NonPagedPoolSession"}, {33, "PagedPoolSession"},
    {512, "NonPagedPoolNx"}, {516, "NonPagedPoolNxCacheAligned"}, {544, "NonPagedPoolSessionNx"},
};
static const struct { uint64_t bit; const char *name; } pool_flags[] = {
    {0x1, "USE_QUOTA"}, {0x2, "UNINITIALIZED"}, {0x4, "SESSION"}, {0x8, "CACHE_ALIGNED"},
    {0x20, "RAISE_ON_FAILURE"}, {0x40, "NON_PAGED"}, {0x80, "NON_PAGED_EXECUTE"}, {0x100, "PAGED"},
    {0x100000000ULL, "SPECIAL_POOL"},
};

/* "NonPagedPoolNx", "POOL_FLAG_NON_PAGED|POOL_FLAG_UNINITIALIZED", "0x..." or "?". */
static char *pool_text(const struct pt_inv_site *s)
{
    if (!s->has_pool) return pt_strdup("?");
    if (!s->pool_flags) {
        for (size_t i = 0; i < sizeof pool_types / sizeof pool_types[0]; i++)
            if (pool_types[i].v == s->pool) return pt_strdup(pool_types[i].name);
        return pt_asprintf("0x%" PRIx64, (uint64_t)s->pool);
    }
    uint64_t left = (uint64_t)s->pool;
    char *out = pt_strdup("");
    for (size_t i = 0; i < sizeof pool_flags / sizeof pool_flags[0]; i++) {
        if (!(left & pool_flags[i].bit)) continue;
        char *n = pt_asprintf("%s%sPOOL_FLAG_%s", out, *out ? "|" : "", pool_flags[i].name);
        free(out);
        out = n;
        left &= ~pool_flags[i].bit;
    }
    if (left || !*out) {
        char *n = pt_asprintf("%s%s0x%" PRIx64, out, *out ? "|" : "", left);
        free(out);
        out = n;
    }
    return out;
}

static void tag_text(const struct pt_inv_site *s, char chars[16], char hex[16])
{
    if (s->tag_kind == PT_INV_TAG_CONST) {
        pt_tag_chars(s->tag, chars);
        snprintf(hex, 16, "0x%08" PRIx64, (uint64_t)s->tag);
    } else {
        snprintf(chars, 16, "%s", s->tag_kind == PT_INV_UNTAGGED ? "-" : "?");
        snprintf(hex, 16, "%s", s->tag_kind == PT_INV_UNTAGGED ? "untagged" : "not constant");
    }
}

/* Per tag: how many sites, in tag order; untagged and unknown tags last. */
struct tag_count { const struct pt_inv_site *first; size_t sites; };

static int same_tag(const struct pt_inv_site *a, const struct pt_inv_site *b)
{
    return a->tag_kind == b->tag_kind && (a->tag_kind != PT_INV_TAG_CONST || a->tag == b->tag);
}

static size_t count_tags(const struct pt_inv_site *s, size_t n, struct tag_count *out)
{
    size_t nt = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < nt && !same_tag(out[k].first, &s[i])) k++;
        if (k == nt) out[nt++] = (struct tag_count){&s[i], 0};
        out[k].sites++;
    }
    for (size_t i = 1; i < nt; i++) {   /* few tags: insertion sort */
        struct tag_count t = out[i];
        size_t k = i;
        while (k && (out[k - 1].first->tag_kind > t.first->tag_kind ||
                     (out[k - 1].first->tag_kind == t.first->tag_kind && out[k - 1].first->tag > t.first->tag))) {
            out[k] = out[k - 1];
            k--;
        }
        out[k] = t;
    }
    return nt;
}

static const struct pt_pooltag_entry *owner(const struct pt_output_opts *o, const struct pt_inv_site *s)
{
    return s->tag_kind == PT_INV_TAG_CONST ? pt_pooltag_find(o->pooltag, s->tag) : NULL;
}

static int write_text(FILE *out, const struct pt_inv_site *s, size_t n, const struct tag_count *tc,
                      size_t nt, const struct pt_output_opts *o)
{
    char **pools = pt_xcalloc(n + 1, sizeof *pools), **places = pt_xcalloc(n + 1, sizeof *places);
    int wa = 9, wp = 4, wl = 8;
    for (size_t i = 0; i < n; i++) {
        pools[i] = pool_text(&s[i]);
        places[i] = pt_asprintf("%s:%u", pt_display_path(s[i].file, o->srcroot), s[i].line);
        if ((int)strlen(s[i].allocator) > wa) wa = (int)strlen(s[i].allocator);
        if ((int)strlen(pools[i]) > wp) wp = (int)strlen(pools[i]);
        if ((int)strlen(places[i]) > wl) wl = (int)strlen(places[i]);
    }
    fprintf(out, "%-4s  %-12s  %-*s  %-*s  %-*s  %s\n", "TAG", "HEX", wa, "ALLOCATOR", wp, "POOL", wl,
            "LOCATION", "FUNCTION");
    for (size_t i = 0; i < n; i++) {
        char chars[16], hex[16];
        tag_text(&s[i], chars, hex);
        fprintf(out, "%-4s  %-12s  %-*s  %-*s  %-*s  %s\n", chars, hex, wa, s[i].allocator, wp, pools[i],
                wl, places[i], s[i].function);
        free(pools[i]);
        free(places[i]);
    }
    free(pools);
    free(places);
    fprintf(out, "\n%zu allocation site%s, %zu tag%s:\n", n, n == 1 ? "" : "s", nt, nt == 1 ? "" : "s");
    size_t taken = 0;
    for (size_t k = 0; k < nt; k++) {
        char chars[16], hex[16];
        tag_text(tc[k].first, chars, hex);
        const struct pt_pooltag_entry *e = owner(o, tc[k].first);
        fprintf(out, "%-4s  %-12s  %zu site%s", chars, hex, tc[k].sites, tc[k].sites == 1 ? "" : "s");
        if (e) fprintf(out, "  already in Pooltag.txt: %s - %s", e->file, e->description);
        fputc('\n', out);
        taken += e != NULL;
    }
    if (o->pooltag)
        fprintf(out, "%zu tag%s already used by another component (Pooltag.txt)\n", taken, taken == 1 ? "" : "s");
    return ferror(out) ? -1 : 0;
}

static void tag_json(cJSON *j, const struct pt_inv_site *s)
{
    char chars[16], hex[16];
    tag_text(s, chars, hex);
    if (s->tag_kind == PT_INV_TAG_CONST) {
        cJSON_AddStringToObject(j, "tag", chars);
        cJSON_AddStringToObject(j, "tag_hex", hex);
    } else {
        cJSON_AddNullToObject(j, "tag");
        cJSON_AddStringToObject(j, "tag_kind", s->tag_kind == PT_INV_UNTAGGED ? "untagged" : "not constant");
    }
}

static int write_json(FILE *out, const struct pt_inv_site *s, size_t n, const struct tag_count *tc,
                      size_t nt, const struct pt_output_opts *o)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *tool = cJSON_AddObjectToObject(root, "tool");
    cJSON_AddStringToObject(tool, "name", "pooltrack");
    cJSON_AddStringToObject(tool, "version", PT_VERSION);
    cJSON *arr = cJSON_AddArrayToObject(root, "sites");
    for (size_t i = 0; i < n; i++) {
        cJSON *j = cJSON_CreateObject();
        tag_json(j, &s[i]);
        cJSON_AddStringToObject(j, "allocator", s[i].allocator);
        cJSON_AddStringToObject(j, "family", pt_family_name(s[i].family));
        char *pool = pool_text(&s[i]);
        cJSON_AddStringToObject(j, "pool", pool);
        free(pool);
        cJSON_AddBoolToObject(j, "quota", s[i].quota);
        cJSON_AddStringToObject(j, "file", pt_display_path(s[i].file, o->srcroot));
        cJSON_AddNumberToObject(j, "line", s[i].line);
        cJSON_AddNumberToObject(j, "column", s[i].col);
        cJSON_AddStringToObject(j, "function", s[i].function);
        cJSON_AddItemToArray(arr, j);
    }
    cJSON *tags = cJSON_AddArrayToObject(root, "tags");
    for (size_t k = 0; k < nt; k++) {
        cJSON *j = cJSON_CreateObject();
        tag_json(j, tc[k].first);
        cJSON_AddNumberToObject(j, "sites", (double)tc[k].sites);
        const struct pt_pooltag_entry *e = owner(o, tc[k].first);
        if (e) {
            cJSON *p = cJSON_AddObjectToObject(j, "pooltag");
            cJSON_AddStringToObject(p, "file", e->file);
            cJSON_AddStringToObject(p, "description", e->description);
        }
        cJSON_AddItemToArray(tags, j);
    }
    int rc = pt_write_json(out, root);
    cJSON_Delete(root);
    return rc;
}

int pt_output_inventory(FILE *out, const struct pt_output_opts *o)
{
    size_t n;
    const struct pt_inv_site *s = pt_inventory_sites(&n);
    struct tag_count *tc = pt_xcalloc(n + 1, sizeof *tc);
    size_t nt = count_tags(s, n, tc);
    int rc = o->format == PT_FMT_JSON ? write_json(out, s, n, tc, nt, o) : write_text(out, s, n, tc, nt, o);
    free(tc);
    return rc;
}
