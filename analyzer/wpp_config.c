/* WPP trace functions from `begin_wpp config` comments, for the .tmh stand-ins (the interface: wpp_config.h). */
#include "wpp_config.h"
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "input_read.h"
#include "util.h"

#define MAX_FUNCS 64

struct funcs {
    char *name[MAX_FUNCS];
    size_t n;
};

/* Parameters a trace call only formats: the call can vanish. */
static int plain_param(const char *p, size_t len)
{
    static const char *const ok[] = {"LEVEL", "FLAGS", "FLAG", "MSG", "...", "IFRLOG", "COMPID", "EVENT", NULL};
    if (len == 0) return 1;
    for (int i = 0; ok[i]; i++)
        if (strlen(ok[i]) == len && strncmp(ok[i], p, len) == 0) return 1;
    return 0;
}

static void add(struct funcs *fs, const char *name, size_t len)
{
    for (size_t i = 0; i < fs->n; i++)
        if (strlen(fs->name[i]) == len && strncmp(fs->name[i], name, len) == 0) return;
    if (fs->n < MAX_FUNCS) fs->name[fs->n++] = pt_strndup(name, len);
}

/* `FUNC Name{KEY=V,...}(P1, P2, ...)` at p (just past "FUNC"). */
static void one_func(struct funcs *fs, const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *name = p;
    while (p < end && (isalnum((unsigned char)*p) || *p == '_')) p++;
    size_t nlen = (size_t)(p - name);
    if (!nlen) return;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p < end && *p == '{') {
        while (p < end && *p != '}' && *p != '\n') p++;
        if (p < end && *p == '}') p++;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
    }
    if (p >= end || *p != '(') return;
    p++;
    if (p < end && *p == '(') p++;   /* `TracePrint((LEVEL,FLAGS,MSG,...))`: called with double parentheses */
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t')) p++;
        const char *a = p;
        while (p < end && *p != ',' && *p != ')' && *p != '\n') p++;
        const char *b = p;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
        if (!plain_param(a, (size_t)(b - a))) return;
        if (p >= end || *p != ',') break;
        p++;
    }
    if (p < end && *p == ')') add(fs, name, nlen);
}

static void scan_text(struct funcs *fs, const char *text)
{
    for (const char *b = strstr(text, "begin_wpp config"); b; b = strstr(b, "begin_wpp config")) {
        const char *e = strstr(b, "end_wpp");
        if (!e) e = b + strlen(b);
        for (const char *p = b; p < e; p++) {
            if (strncmp(p, "FUNC", 4) != 0 || (p > b && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) ||
                !(p[4] == ' ' || p[4] == '\t'))
                continue;
            one_func(fs, p + 4, e);
        }
        b = e;
    }
}

/* Headers are read only when regular files of at most PT_LIMIT_WPP_HEADER
 * bytes (opened once, checked on the open file: a header swapped for a FIFO
 * after a stat would block); others are skipped, as they hold no config. */
static void scan_file(struct funcs *fs, const char *path)
{
    char err[256];
    size_t n = 0;
    char *buf = pt_input_read("header", path, PT_LIMIT_WPP_HEADER, 0, &n, err, sizeof err);
    if (!buf) return;
    if (memchr(buf, 0, n)) {   /* binary, or UTF-16: WPP configs are ASCII */
        free(buf);
        return;
    }
    scan_text(fs, buf);
    free(buf);
}

static void scan_dir(struct funcs *fs, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    for (struct dirent *de; (de = readdir(d));) {
        const char *dot = strrchr(de->d_name, '.');
        if (!dot || (strcasecmp(dot, ".h") != 0 && strcasecmp(dot, ".hpp") != 0)) continue;
        char *path = pt_asprintf("%s/%s", dir, de->d_name);
        scan_file(fs, path);
        free(path);
    }
    closedir(d);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char *pt_wpp_tmh_text(const struct pt_tu *tu)
{
    struct funcs fs = {{0}, 0};
    scan_file(&fs, tu->file);
    /* the build's own list (the vcxproj's WppTraceFunction, recorded by
     * pooltrack-compdb): `DEBUGP(LEVEL,MSG,...);Hexdump((LEVEL,FLAGS,MSG,...))` */
    for (const char *w = tu->wpp_functions; w && *w;) {
        const char *semi = strchr(w, ';');
        const char *e = semi ? semi : w + strlen(w);
        one_func(&fs, w, e);
        w = semi ? semi + 1 : e;
    }
    char *dir = pt_strdup(tu->file);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    scan_dir(&fs, dir);
    for (size_t i = 0; i + 1 < tu->nargs; i++)
        if (strcmp(tu->args[i], "-I") == 0 && strcmp(tu->args[i + 1], dir) != 0) scan_dir(&fs, tu->args[i + 1]);
    free(dir);
    if (!fs.n) return NULL;
    qsort(fs.name, fs.n, sizeof *fs.name, by_name);   /* the same bytes whatever readdir's order */
    char *text = pt_strdup("/* pooltrack: stand-in for a WPP-generated .tmh; the project's trace functions "
                           "(begin_wpp config) expand to nothing */\n");
    for (size_t i = 0; i < fs.n; i++) {
        char *t = pt_asprintf("%s#ifndef %s\n#define %s(...) ((void)0)\n#endif\n", text, fs.name[i], fs.name[i]);
        free(text);
        text = t;
        free(fs.name[i]);
    }
    return text;
}
