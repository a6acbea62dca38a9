/* The per-TU clang VFS overlay: case-insensitive headers and .tmh stand-ins (the interface: vfs_overlay.h). */
#include "vfs_overlay.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "safe_io.h"
#include "util.h"
#include "wdk_flags.h"
#include "wpp_config.h"

#define MAX_ENTRIES 20000

static char *tmpdir, *empty_file, *overlay_path, *wpp_file;
static unsigned nstand_ins;   /* not_regular-N.h files written */

/* In a worker, inside the folder its parent removes however the worker ends
 * (workers.c); else a folder of its own under $TMPDIR. */
static char *make_tmp(void)
{
    const char *scratch = pt_scratch_dir();
    if (!scratch) return pt_make_tmpdir("vfs");
    char *tmpl = pt_asprintf("%s/vfs-XXXXXX", scratch);
    if (mkdtemp(tmpl)) return tmpl;
    free(tmpl);
    return NULL;
}

static int ensure_tmp(void)
{
    if (tmpdir) return 0;
    if (!(tmpdir = make_tmp())) return -1;
    empty_file = pt_asprintf("%s/empty.h", tmpdir);
    FILE *f = fopen(empty_file, "w");
    if (!f) return -1;
    fclose(f);
    overlay_path = pt_asprintf("%s/overlay.yaml", tmpdir);
    wpp_file = pt_asprintf("%s/wpp.tmh", tmpdir);
    return 0;
}

const char *pt_vfs_overlay_dir(void)
{
    return tmpdir;
}

void pt_vfs_overlay_cleanup(void)
{
    if (!tmpdir) return;
    pt_remove_tree(tmpdir);   /* also the not_regular-N.h stand-ins */
    nstand_ins = 0;
    free(tmpdir);
    free(empty_file);
    free(overlay_path);
    free(wpp_file);
    tmpdir = empty_file = overlay_path = wpp_file = NULL;
}

static int header_name(const char *n)
{
    const char *dot = strrchr(n, '.');
    return dot && (strcasecmp(dot, ".h") == 0 || strcasecmp(dot, ".hpp") == 0 ||
                   strcasecmp(dot, ".hxx") == 0 || strcasecmp(dot, ".inl") == 0 ||
                   strcasecmp(dot, ".tmh") == 0 || strcasecmp(dot, ".inc") == 0);
}

static void yaml_string(FILE *f, const char *s)
{
    fputc('\'', f);
    for (; *s; s++) {
        if (*s == '\'') fputc('\'', f);   /* YAML single-quote escape */
        fputc(*s, f);
    }
    fputc('\'', f);
}

/* The stand-in for tu's missing .tmh files: the project's WPP trace
 * functions as no-op macros (wpp_config.h), or an empty file. */
static const char *tmh_stand_in(const struct pt_tu *tu)
{
    char *text = pt_wpp_tmh_text(tu);
    if (!text) return empty_file;
    FILE *w = fopen(wpp_file, "w");
    int ok = w && fputs(text, w) >= 0;
    if (w && fclose(w) != 0) ok = 0;
    free(text);
    return ok ? wpp_file : empty_file;
}

/* One overlay entry: the .tmh file name (no folder) in dir, when it does not
 * exist there, as the stand-in. */
static void tmh_entry(FILE *f, const struct pt_tu *tu, const char *dir, const char *name, size_t len,
                      const char **stand_in, int *first, unsigned *n)
{
    if (len < 5 || strncasecmp(name + len - 4, ".tmh", 4) != 0 || memchr(name, '/', len) || *n >= MAX_ENTRIES)
        return;
    char *file = pt_strndup(name, len);
    char *path = pt_asprintf("%s/%s", dir, file);
    struct stat st;
    if (stat(path, &st) != 0) {
        fputs(*first ? "" : ",\n", f);
        fputs("      { 'type': 'file', 'name': ", f);
        yaml_string(f, file);
        fputs(", 'external-contents': ", f);
        if (!*stand_in) *stand_in = tmh_stand_in(tu);
        yaml_string(f, *stand_in);
        fputs(" }", f);
        *first = 0;
        (*n)++;
    }
    free(path);
    free(file);
}

/* The value of a -DNAME=VALUE argument, without quotes around it. */
static const char *define_value(const char *arg, size_t *len)
{
    const char *eq = strncmp(arg, "-D", 2) == 0 ? strchr(arg, '=') : NULL;
    if (!eq) return NULL;
    const char *v = eq + 1;
    *len = strlen(v);
    if (*len >= 2 && v[0] == '"' && v[*len - 1] == '"') v++, *len -= 2;
    return v;
}

/* Whether one of the first upto arguments is a -D naming it. */
static int named_by_define(const struct pt_tu *tu, size_t upto, const char *name, size_t len)
{
    for (size_t i = 0; i < upto && i < tu->nargs; i++) {
        size_t vlen;
        const char *v = define_value(tu->args[i], &vlen);
        if (v && vlen == len && strncasecmp(v, name, len) == 0) return 1;
    }
    return 0;
}

/* .tmh files the source includes that do not exist next to it: `#include
 * "x.tmh"` lines, and -D macros whose value names one, for an `#include
 * TMH_FILE` or `#include STRINGIFY(TMH_FILE)` (found from the source's folder
 * in MSVC mode, which searches the folders of every includer). */
static void missing_tmh(FILE *f, const struct pt_tu *tu, const char *dir, int *first, unsigned *n)
{
    const char *source = tu->file, *stand_in = NULL;
    for (size_t i = 0; i < tu->nargs; i++) {
        size_t len;
        const char *v = define_value(tu->args[i], &len);
        if (v && !named_by_define(tu, i, v, len))
            tmh_entry(f, tu, dir, v, len, &stand_in, first, n);
    }
    /* O_NONBLOCK: a FIFO as the source must not block here (frontend.c
     * refuses it after this) */
    int fd = pt_open_regular(source, 0, NULL);
    FILE *src = fd >= 0 ? fdopen(fd, "r") : NULL;
    if (!src) {
        if (fd >= 0) close(fd);
        return;
    }
    char line[1024];
    while (fgets(line, sizeof line, src) && *n < MAX_ENTRIES) {
        char *inc = strstr(line, "#include");
        char *q = inc ? strchr(inc, '"') : NULL;
        char *e = q ? strchr(q + 1, '"') : NULL;
        if (e && !named_by_define(tu, tu->nargs, q + 1, (size_t)(e - q - 1)))
            tmh_entry(f, tu, dir, q + 1, (size_t)(e - q - 1), &stand_in, first, n);
    }
    fclose(src);
}

/* An include that is a FIFO, a socket or a device would block the parse (a
 * FIFO's open waits for a writer) or read endlessly: the overlay points it at
 * a stand-in whose #error says so (frontend.c makes that a note). */
static char *not_regular_stand_in(const char *path)
{
    char *p = pt_asprintf("%s/not_regular-%u.h", tmpdir, nstand_ins++), *name = pt_strdup(path);
    pt_one_line(name);   /* a line break in a file name would end the #error */
    FILE *w = fopen(p, "w");
    int ok = w && fprintf(w, "#error %s %s is not a regular file (a FIFO, socket or device): not read\n",
                          PT_NOT_REGULAR_MARK, name) > 0;
    if (w && fclose(w) != 0) ok = 0;
    free(name);
    if (ok) return p;
    free(p);
    return pt_strdup(empty_file);
}

static int is_special(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

static void directory_root(FILE *f, const char *dir, const struct pt_tu *source, int *first_root, unsigned *n)
{
    DIR *d = opendir(dir);
    if (!d) return;
    fputs(*first_root ? "" : ",\n", f);
    *first_root = 0;
    fputs("  { 'type': 'directory', 'name': ", f);
    yaml_string(f, dir);
    fputs(", 'contents': [\n", f);
    int first = 1;
    struct dirent *de;
    while ((de = readdir(d)) && *n < MAX_ENTRIES) {
        char *path = pt_asprintf("%s/%s", dir, de->d_name);
        int special = is_special(path);
        if (!special && !header_name(de->d_name)) { free(path); continue; }
        char *contents = special ? not_regular_stand_in(path) : pt_strdup(path);
        fputs(first ? "" : ",\n", f);
        fputs("      { 'type': 'file', 'name': ", f);
        yaml_string(f, de->d_name);
        fputs(", 'external-contents': ", f);
        yaml_string(f, contents);
        fputs(" }", f);
        first = 0;
        (*n)++;
        free(contents);
        free(path);
    }
    closedir(d);
    if (source) missing_tmh(f, source, dir, &first, n);
    fputs("\n  ] }", f);
}

const char *pt_vfs_overlay_for_tu(const struct pt_tu *tu)
{
    if (ensure_tmp() != 0) return NULL;
    FILE *f = fopen(overlay_path, "w");
    if (!f) return NULL;
    fputs("{ 'version': 0, 'case-sensitive': 'false', 'overlay-relative': false,\n"
          "  'fallthrough': true, 'roots': [\n", f);
    int first_root = 1;
    unsigned n = 0;
    char *srcdir = pt_strdup(tu->file);
    char *slash = strrchr(srcdir, '/');
    if (slash) *slash = 0;
    directory_root(f, srcdir, tu, &first_root, &n);
    for (size_t i = 0; i + 1 < tu->nargs; i++)
        if ((strcmp(tu->args[i], "-I") == 0 || strcmp(tu->args[i], "-isystem") == 0 ||
             strcmp(tu->args[i], "-iquote") == 0) && strcmp(tu->args[i + 1], srcdir) != 0)
            directory_root(f, tu->args[i + 1], NULL, &first_root, &n);
    free(srcdir);
    /* the WDK's folders too: drivers write <NTDDK.h>, <Ntstrsafe.h>, and a
     * real WDK's own headers include <ConcurrencySal.h> for concurrencysal.h */
    const char *dirs[8];
    size_t nd;
    pt_wdk_include_dirs(dirs, &nd);
    for (size_t i = 0; i < nd; i++) directory_root(f, dirs[i], NULL, &first_root, &n);
    if (nd == 0) {
        char *ours = pt_asprintf("%s/include", pt_wdk_dir());
        directory_root(f, ours, NULL, &first_root, &n);
        free(ours);
        directory_root(f, PT_MINGW_ROOT "/include/ddk", NULL, &first_root, &n);
        directory_root(f, PT_MINGW_ROOT "/include", NULL, &first_root, &n);
    }
    fputs("\n] }\n", f);
    int bad = ferror(f);
    if (fclose(f) != 0 || bad || first_root) return NULL;
    return overlay_path;
}
