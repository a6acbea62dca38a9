/* A test case is one source file or one folder (a multi-file case). */
#include "expect.h"
#include "util.h"
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *ext_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot ? dot + 1 : "";
}

static int is_source(const char *name)
{
    const char *e = ext_of(name);
    return strcmp(e, "c") == 0 || strcmp(e, "cpp") == 0;
}

static int is_header(const char *name)
{
    const char *e = ext_of(name);
    return strcmp(e, "h") == 0 || strcmp(e, "hpp") == 0;
}

static void add_file(struct ex_case *c, const char *abs, size_t *cap_f, size_t *cap_s)
{
    if (is_source(abs)) {
        PT_GROW(c->sources, c->nsources, *cap_s);
        c->sources[c->nsources++] = pt_strdup(abs);
    }
    PT_GROW(c->files, c->nfiles, *cap_f);
    c->files[c->nfiles++] = pt_strdup(abs);
}

/* Recursive walk; hidden entries are skipped. */
static int walk(struct ex_case *c, const char *dir, size_t *cap_f, size_t *cap_s,
                char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int rc = 0;
    if (!d) {
        snprintf(err, errlen, "%s: %s", dir, strerror(errno));
        return -1;
    }
    while (rc == 0 && (e = readdir(d)) != NULL) {
        struct stat st;
        char *path;
        if (e->d_name[0] == '.') continue;
        path = pt_asprintf("%s/%s", dir, e->d_name);
        if (stat(path, &st) != 0) {
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            rc = walk(c, path, cap_f, cap_s, err, errlen);
        } else if (is_source(path) || is_header(path)) {
            add_file(c, path, cap_f, cap_s);
        }
        free(path);
    }
    closedir(d);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ex_case_open(struct ex_case *c, const char *path, char *err, size_t errlen)
{
    char abs[PATH_MAX];
    struct stat st;
    size_t cap_f = 0, cap_s = 0;
    memset(c, 0, sizeof *c);
    if (!realpath(path, abs) || stat(abs, &st) != 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        c->dir = pt_strdup(abs);
        if (walk(c, abs, &cap_f, &cap_s, err, errlen) != 0) return -1;
    } else {
        if (!is_source(abs)) {
            snprintf(err, errlen, "%s: not a .c or .cpp file", path);
            return -1;
        }
        add_file(c, abs, &cap_f, &cap_s);
        c->dir = pt_strdup(dirname(abs));   /* abs is ours to modify */
    }
    if (c->nsources == 0) {
        snprintf(err, errlen, "%s: no .c or .cpp file in the case", path);
        return -1;
    }
    qsort(c->files, c->nfiles, sizeof *c->files, cmp_str);
    qsort(c->sources, c->nsources, sizeof *c->sources, cmp_str);
    return 0;
}

const char *ex_relpath(const struct ex_case *c, const char *abs)
{
    size_t n = strlen(c->dir);
    if (strncmp(abs, c->dir, n) == 0 && abs[n] == '/') return abs + n + 1;
    return abs;
}

void ex_case_free(struct ex_case *c)
{
    size_t i;
    for (i = 0; i < c->nfiles; i++) free(c->files[i]);
    for (i = 0; i < c->nsources; i++) free(c->sources[i]);
    free(c->files);
    free(c->sources);
    free(c->dir);
    memset(c, 0, sizeof *c);
}
