/* Which driver a TU belongs to, and the flags of a source the database does not list
 * (the interface: compdb_driver.h). */
#include "compdb_driver.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "util.h"

/* The end of the path component of s that ends with suffix, or NULL. */
static const char *component_ending(const char *s, const char *suffix)
{
    size_t n = strlen(suffix);
    for (const char *p = s; (p = strstr(p, suffix)) != NULL; p++)
        if (p[n] == '/' && (p == s || p[-1] != '/')) return p + n;
    return NULL;
}

char *pt_driver_of_entry(const char *directory, const char *output, const char *vcxproj)
{
    if (vcxproj && *vcxproj) return pt_strdup(vcxproj);
    if (!output || !*output) return NULL;
    char *o = pt_strdup(output);
    for (char *p = o; *p; p++)
        if (*p == '\\') *p = '/';
    /* CMake: CMakeFiles/<target>.dir/...; Meson: <target>.p/... */
    const char *cm = strstr(o, "CMakeFiles/");
    const char *end = cm ? component_ending(cm, ".dir") : NULL;
    if (!end) end = component_ending(o, ".p");
    char *d = NULL;
    if (end) {
        int abs = o[0] == '/' || (o[0] && o[1] == ':');
        d = abs || !directory ? pt_strndup(o, (size_t)(end - o))
                              : pt_asprintf("%s/%.*s", directory, (int)(end - o), o);
    }
    free(o);
    return d;
}

static int cxx_name(const char *f)
{
    const char *dot = strrchr(f, '.');
    static const char *const exts[] = {".cc", ".cpp", ".cxx", ".c++", NULL};
    for (int i = 0; dot && exts[i]; i++)
        if (strcasecmp(dot, exts[i]) == 0) return 1;
    return 0;
}

/* Leading path components a and b share. */
static size_t shared_components(const char *a, const char *b)
{
    size_t n = 0;
    for (size_t i = 0; a[i] && a[i] == b[i]; i++)
        if (a[i] == '/') n++;
    return n;
}

/* Length of file's folder with its trailing '/'. */
static size_t folder_len(const char *file)
{
    const char *slash = strrchr(file, '/');
    return slash ? (size_t)(slash - file) + 1 : 0;
}

const struct pt_tu *pt_compdb_nearest(const struct pt_tu *tus, size_t n, const char *file)
{
    const struct pt_tu *best = NULL;
    size_t best_score = 0;
    int cxx = cxx_name(file);
    for (size_t i = 0; i < n; i++) {
        size_t shared = shared_components(tus[i].file, file);
        int same_folder = shared == shared_components(file, file) && !strchr(tus[i].file + folder_len(file), '/');
        size_t score = 4 * shared + 2 * (size_t)same_folder + (tus[i].is_cxx == cxx);
        if (!best || score > best_score) best = &tus[i], best_score = score;
    }
    return best;
}

static char **copy_strings(char **v, size_t n)
{
    char **c = pt_xcalloc(n + 1, sizeof *c);
    for (size_t i = 0; i < n; i++) c[i] = pt_strdup(v[i]);
    return c;
}

void pt_compdb_like(const struct pt_tu *like, const char *file, struct pt_tu *out)
{
    memset(out, 0, sizeof *out);
    out->file = pt_strdup(file);
    out->directory = like->directory ? pt_strdup(like->directory) : NULL;
    out->driver = like->driver ? pt_strdup(like->driver) : NULL;
    out->args = copy_strings(like->args, like->nargs);
    out->nargs = like->nargs;
    out->is_cxx = cxx_name(file);
}

/* "/src/npf/npf.vcxproj" -> "npf"; NULL for an empty project. */
static char *module_of_project(const char *project)
{
    static const char *const exts[] = {".vcxproj", ".dir", ".p", ".c", ".cc", ".cpp", ".cxx", NULL};
    size_t n = strlen(project);
    while (n > 0 && (project[n - 1] == '/' || project[n - 1] == '\\')) n--;
    size_t start = n;
    while (start > 0 && project[start - 1] != '/' && project[start - 1] != '\\') start--;
    for (int i = 0; exts[i]; i++) {
        size_t e = strlen(exts[i]);
        if (n - start > e && strncasecmp(project + n - e, exts[i], e) == 0) {
            n -= e;
            break;
        }
    }
    return n > start ? pt_strndup(project + start, n - start) : NULL;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t pt_driver_modules(const struct pt_tu *tus, size_t n, char ***out)
{
    char **v = pt_xcalloc(n + 1, sizeof *v);
    size_t k = 0, u = 0;
    for (size_t i = 0; i < n; i++) {
        char *m = module_of_project(pt_tu_project(&tus[i]));
        if (m) v[k++] = m;
    }
    qsort(v, k, sizeof *v, cmp_name);
    for (size_t i = 0; i < k; i++) {
        if (u > 0 && strcmp(v[u - 1], v[i]) == 0) free(v[i]);
        else v[u++] = v[i];
    }
    for (size_t i = u; i < k; i++) v[i] = NULL;   /* NULL-terminated: freed by walking it */
    *out = v;
    return u;
}
