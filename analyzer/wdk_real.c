/* A real WDK: finding one and choosing its version (the interface: wdk_real.h). */
#include "wdk_real.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "path_ci.h"
#include "util.h"

static struct pt_wdk_found used;
static const char *used_source;

static int regular_ci(const char *dir, const char *name)
{
    char *p = pt_asprintf("%s/%s", dir, name), *r = pt_path_resolve_ci(p);
    struct stat st;
    int ok = stat(r, &st) == 0 && S_ISREG(st.st_mode);
    free(p);
    free(r);
    return ok;
}

/* An Include/<version> folder: what a kernel driver includes first is there. */
static int version_dir(const char *dir)
{
    return regular_ci(dir, "km/wdm.h") || regular_ci(dir, "km/ntddk.h");
}

/* "10.0.16299.0" against "10.0.10240.0": number by number. */
static int version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        char *ea, *eb;
        unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
        if (x != y) return x < y ? -1 : 1;
        if (ea == a || eb == b) return strcmp(a, b);
        a = *ea == '.' ? ea + 1 : ea;
        b = *eb == '.' ? eb + 1 : eb;
    }
    return 0;
}

/* The newest (or the wanted) subfolder of root for which ok() holds; its name. */
static char *pick(const char *root, const char *want, int (*ok)(const char *), char *seen, size_t seenlen)
{
    DIR *d = opendir(root);
    if (!d) return NULL;
    char *best = NULL;
    struct dirent *de;
    unsigned count = 0;
    while ((de = readdir(d)) && count++ < 10000) {
        if (de->d_name[0] == '.') continue;
        char *p = pt_asprintf("%s/%s", root, de->d_name);
        int good = ok(p);
        free(p);
        if (!good) continue;
        if (seen && strlen(seen) + strlen(de->d_name) + 3 < seenlen)
            strcat(strcat(seen, *seen ? ", " : ""), de->d_name);
        if (want ? strcmp(de->d_name, want) == 0 : !best || version_cmp(de->d_name, best) > 0) {
            free(best);
            best = pt_strdup(de->d_name);
        }
    }
    closedir(d);
    return best;
}

static int kmdf_version(const char *dir)
{
    return regular_ci(dir, "wdf.h");
}

/* Include/wdf/kmdf/<newest> next to the Include/<version> folder. */
static char *kmdf_of(const char *include_version)
{
    char *root = pt_asprintf("%s/../wdf/kmdf", include_version), *canon = realpath(root, NULL);
    free(root);
    if (!canon) return NULL;
    char *v = pick(canon, NULL, kmdf_version, NULL, 0);
    char *out = v ? pt_asprintf("%s/%s", canon, v) : NULL;
    free(v);
    free(canon);
    return out;
}

int pt_wdk_locate(const char *dir, const char *want, struct pt_wdk_found *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    /* a kit copied from Windows is named in any case: "--wdk .../include" */
    char *abs = pt_canonical_path(dir), *ci = pt_path_resolve_ci(abs), *canon = realpath(ci, NULL);
    free(abs);
    free(ci);
    struct stat st;
    if (!canon || stat(canon, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s is not a folder", dir);
        free(canon);
        return -1;
    }
    if (version_dir(canon)) {   /* one Include/<version> folder */
        const char *base = strrchr(canon, '/');
        base = base ? base + 1 : canon;
        if (want && strcmp(want, base) != 0) {
            snprintf(err, errlen, "%s is WDK version %s, not %s", dir, base, want);
            free(canon);
            return -1;
        }
        out->include = canon;
        out->version = pt_strdup(base);
        out->kmdf = kmdf_of(canon);
        return 0;
    }
    static const char *const below[] = {".", "Include", "10/Include", "Windows Kits/10/Include"};
    char seen[512] = "";
    for (size_t i = 0; i < sizeof below / sizeof below[0]; i++) {
        char *p = pt_asprintf("%s/%s", canon, below[i]), *ci = pt_path_resolve_ci(p);
        char *root = realpath(ci, NULL);   /* canonical: a prefix for system paths and keys */
        free(p);
        free(ci);
        if (!root) continue;
        char *v = pick(root, want, version_dir, seen, sizeof seen);
        if (v) {
            out->include = pt_asprintf("%s/%s", root, v);
            out->version = v;
            out->kmdf = kmdf_of(out->include);
            free(root);
            free(canon);
            return 0;
        }
        free(root);
    }
    free(canon);
    if (want && *seen) snprintf(err, errlen, "%s has no WDK version %s (it has %s)", dir, want, seen);
    else snprintf(err, errlen, "%s is not a WDK: no Include/<version>/km/wdm.h or km/ntddk.h", dir);
    return -1;
}

void pt_wdk_found_free(struct pt_wdk_found *f)
{
    free(f->include);
    free(f->version);
    free(f->kmdf);
    memset(f, 0, sizeof *f);
}

void pt_wdk_use(struct pt_wdk_found *f, const char *source)
{
    pt_wdk_found_free(&used);
    used = *f;
    used_source = source;
    memset(f, 0, sizeof *f);
}

const struct pt_wdk_found *pt_wdk_real(void)
{
    return used.include ? &used : NULL;
}

const char *pt_wdk_real_source(void)
{
    return used.include ? used_source : NULL;
}

char *pt_wdk_describe(void)
{
    if (!used.include) return pt_strdup("supplement (MinGW-w64 and analyzer/wdk)");
    return pt_asprintf("WDK %s (%s%s%s, from %s)", used.version, used.include, used.kmdf ? ", KMDF " : "",
                       used.kmdf ? used.kmdf : "", used_source);
}

cJSON *pt_wdk_json(void)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "kind", used.include ? "wdk" : "supplement");
    if (!used.include) return o;
    cJSON_AddStringToObject(o, "version", used.version);
    cJSON_AddStringToObject(o, "path", used.include);
    if (used.kmdf) cJSON_AddStringToObject(o, "kmdf", used.kmdf);
    cJSON_AddStringToObject(o, "source", used_source);
    return o;
}

char *pt_wdk_version_dir_of(const char *path)
{
    /* .../Include/<version>/km[/crt], .../Include/wdf/kmdf/<v>: the folder
     * after an "Include" component, when it (or for wdf a sibling) is a WDK */
    for (const char *s = path; (s = strchr(s, '/')); s++) {
        if (strncasecmp(s, "/include/", 9) != 0) continue;
        const char *comp = s + 9, *end = strchr(comp, '/');
        size_t len = end ? (size_t)(end - comp) : strlen(comp);
        if (len == 0) continue;
        char *dir = pt_asprintf("%.*s", (int)(comp + len - path), path);
        if (version_dir(dir)) return dir;
        free(dir);
    }
    return NULL;
}

int pt_wdk_from_compdb(const struct pt_compdb *db, const char *want, struct pt_wdk_found *out)
{
    char err[256];
    for (size_t t = 0; t < db->ntus; t++) {
        const struct pt_tu *tu = &db->tus[t];
        for (size_t i = 0; i + 1 < tu->nargs; i++) {
            if (strcmp(tu->args[i], "-I") != 0 && strcmp(tu->args[i], "-isystem") != 0) continue;
            char *dir = pt_wdk_version_dir_of(tu->args[i + 1]);
            int rc = dir ? pt_wdk_locate(dir, NULL, out, err, sizeof err) : -1;
            if (rc == 0 && want && strcmp(out->version, want) != 0) {   /* another version of that kit */
                char *versions = pt_asprintf("%s/..", dir);
                pt_wdk_found_free(out);
                rc = pt_wdk_locate(versions, want, out, err, sizeof err);
                free(versions);
            }
            free(dir);
            if (rc == 0) return 0;
        }
    }
    return -1;
}
