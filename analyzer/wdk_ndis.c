/* A project built for a newer NDIS than the real WDK given with --wdk knows
 * (NDIS685_MINIPORT against the 10.0.16299 kit, which stops at 6.80): the
 * kit's ndis.h then finds no version it supports and stops with #error, and
 * every function of the file is lost. The run asks the kit for its newest
 * version as well, so the file parses as written against that version
 * (docs/wdk.md). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "input_read.h"
#include "util.h"
#include "wdk_flags.h"
#include "wdk_real.h"

/* "NDIS685..." at p: 685, the version of NDIS 6.85; 0 for anything else
 * (fewer or more than three digits after NDIS). */
static int ndis_name(const char *p)
{
    if (strncmp(p, "NDIS", 4) != 0) return 0;
    for (int k = 4; k < 7; k++)
        if (!isdigit((unsigned char)p[k])) return 0;
    if (isdigit((unsigned char)p[7])) return 0;
    return (p[4] - '0') * 100 + (p[5] - '0') * 10 + (p[6] - '0');
}

/* The newest NDISxyz the kit's km/ndis.h tests for (680 for 6.80), 0 when
 * it cannot be read. */
static int kit_newest(const char *include)
{
    static char *cached_for;
    static int cached;
    if (cached_for && strcmp(cached_for, include) == 0) return cached;
    free(cached_for);
    cached_for = pt_strdup(include);
    cached = 0;
    char *path = pt_asprintf("%s/km/ndis.h", include), err[256];
    size_t len = 0;
    char *text = pt_input_read("WDK ndis.h", path, 16u << 20, 0, &len, err, sizeof err);
    free(path);
    for (size_t i = 0; text && i + 16 < len; i++) {
        const char *p = text + i;
        int v = i && isalnum((unsigned char)p[-1]) ? 0 : ndis_name(p);
        if (v > cached && strncmp(p + 7, "_MINIPORT", 9) == 0) cached = v;
    }
    free(text);
    return cached;
}

/* "NDIS685" or "NDIS685_MINIPORT" (a -D value): its version and whether it
 * is the miniport form, or 0. */
static int requested(const char *def, int *miniport)
{
    int v = ndis_name(def);
    const char *rest = def + 7;
    *miniport = v && strncmp(rest, "_MINIPORT", 9) == 0;
    if (*miniport) rest += 9;
    return v && (!*rest || *rest == '=') ? v : 0;
}

size_t pt_wdk_ndis_clamp(const char *const *args, size_t nargs, const char **out, size_t room)
{
    const struct pt_wdk_found *w = pt_wdk_real();
    if (!w || room < 2) return 0;
    int want[2] = {0, 0};   /* [0] NDISxyz (filters, protocols), [1] NDISxyz_MINIPORT */
    for (size_t i = 0; i < nargs; i++) {
        const char *d = NULL;
        if ((strcmp(args[i], "-D") == 0 || strcmp(args[i], "/D") == 0) && i + 1 < nargs) d = args[++i];
        else if (strncmp(args[i], "-D", 2) == 0 || strncmp(args[i], "/D", 2) == 0) d = args[i] + 2;
        int mini = 0, v = d ? requested(d, &mini) : 0;
        if (v > want[mini]) want[mini] = v;
    }
    int newest = (want[0] || want[1]) ? kit_newest(w->include) : 0;
    static char defs[2][32];
    size_t n = 0;
    for (int k = 0; k < 2 && newest; k++)
        if (want[k] > newest) {
            snprintf(defs[k], sizeof defs[k], "-DNDIS%d%s=1", newest, k ? "_MINIPORT" : "");
            out[n++] = defs[k];
        }
    return n;
}
