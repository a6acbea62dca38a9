#include "select.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "cache.h"
#include "strmap.h"
#include "unit.h"
#include "util.h"

static int is_source(const char *f)
{
    const char *dot = strrchr(f, '.');
    static const char *const exts[] = {".c", ".cc", ".cpp", ".cxx", ".c++", NULL};
    for (int i = 0; dot && exts[i]; i++)
        if (strcasecmp(dot, exts[i]) == 0) return 1;
    return 0;
}

/* 1: the TU read one of the headers last time, or the cache cannot tell. */
static int reads_any(const struct pt_tu *tu, char **headers, size_t nheaders, const char *cache_dir)
{
    if (!cache_dir) return 1;
    char *key = pt_cache_key(tu), *path = pt_cache_path(cache_dir, key), err[256];
    struct pt_unit u;
    int hit = 1;
    if (access(path, R_OK) == 0 && pt_unit_read_cached(path, &u, err, sizeof err) == 0) {
        hit = u.error != NULL;   /* a failed TU read nothing we know of */
        for (size_t d = 0; d < u.ndeps && !hit; d++) {
            char *dep = pt_canonical_path(u.deps[d].path);
            for (size_t h = 0; h < nheaders && !hit; h++) hit = strcmp(dep, headers[h]) == 0;
            free(dep);
        }
        pt_unit_free(&u);
    }
    free(key);
    free(path);
    return hit;
}

int pt_select_files(struct pt_compdb *db, char **files, size_t nfiles, const char *cache_dir,
                    char *err, size_t errlen)
{
    char **want = pt_xcalloc(nfiles + 1, sizeof *want), **headers = pt_xcalloc(nfiles + 1, sizeof *headers);
    int *found = pt_xcalloc(nfiles + 1, sizeof *found);
    size_t nheaders = 0, kept = 0;
    for (size_t i = 0; i < nfiles; i++) want[i] = pt_canonical_path(files[i]);
    char **tus = pt_xcalloc(db->ntus + 1, sizeof *tus);
    for (size_t t = 0; t < db->ntus; t++) {
        tus[t] = pt_canonical_path(db->tus[t].file);
        for (size_t i = 0; i < nfiles; i++)
            if (strcmp(tus[t], want[i]) == 0) found[i] = 1;
    }
    for (size_t i = 0; i < nfiles; i++)
        if (!found[i] && !is_source(want[i])) headers[nheaders++] = want[i];
    char *keep = pt_xcalloc(db->ntus + 1, 1);
    for (size_t t = 0; t < db->ntus; t++) {
        for (size_t i = 0; i < nfiles && !keep[t]; i++) keep[t] = found[i] && strcmp(tus[t], want[i]) == 0;
        if (!keep[t] && nheaders) keep[t] = (char)reads_any(&db->tus[t], headers, nheaders, cache_dir);
        free(tus[t]);
    }
    struct pt_strmap projects = {0};   /* the compile directories of the kept TUs */
    for (size_t t = 0; t < db->ntus; t++)
        if (keep[t]) pt_strmap_put(&projects, pt_tu_project(&db->tus[t]), 1);
    struct pt_tu *left = pt_xcalloc(db->ntus + 1, sizeof *left);
    size_t nleft = 0;
    for (size_t t = 0; t < db->ntus; t++) {
        if (keep[t]) db->tus[kept++] = db->tus[t];
        else if (pt_strmap_get(&projects, pt_tu_project(&db->tus[t])) >= 0)
            left[nleft++] = db->tus[t];
        else pt_tu_free(&db->tus[t]);
    }
    pt_strmap_free(&projects);
    free(keep);
    db->ntus = kept;
    db->context = left;
    db->ncontext = nleft;
    int rc = 0;
    size_t off = 0;
    err[0] = 0;
    for (size_t i = 0; i < nfiles; i++) {
        if (found[i] || !is_source(want[i])) continue;
        if (!rc) off += (size_t)snprintf(err + off, errlen - off, "not in the compile database:");
        rc = -1;
        if (off < errlen) off += (size_t)snprintf(err + off, errlen - off, " %s", files[i]);
        if (off >= errlen) off = errlen - 1;
    }
    for (size_t i = 0; i < nfiles; i++) free(want[i]);
    free(want);
    free(headers);
    free(found);
    free(tus);
    return rc;
}
