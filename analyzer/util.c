/* Small helpers every module uses: checked allocation, strings, temporary folders, pt_fatal (the interface: util.h). */
#include "util.h"
#include <ftw.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pt_fatal_hook fatal_hook;

void pt_set_fatal_hook(pt_fatal_hook hook)
{
    fatal_hook = hook;
}

void pt_fatal(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (fatal_hook) fatal_hook(code);
    abort();   /* no program installed a hook, or it returned */
}

static void oom(void)
{
    pt_fatal(3, "pooltrack: out of memory");
}

void *pt_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *pt_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) oom();
    return p;
}

void *pt_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}

char *pt_strdup(const char *s)
{
    return pt_strndup(s, strlen(s));
}

char *pt_strndup(const char *s, size_t n)
{
    char *d = pt_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *pt_vasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *s = pt_xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *pt_asprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = pt_vasprintf(fmt, ap);
    va_end(ap);
    return s;
}

char *pt_canonical_path(const char *p)
{
    char *r = realpath(p, NULL);
    if (r) return r;
    char *cwd = getcwd(NULL, 0);
    char *a = p[0] == '/' ? pt_strdup(p) : pt_asprintf("%s/%s", cwd ? cwd : ".", p);
    free(cwd);
    return a;
}

/* pt_make_tmpdir's folders, and the process that made them (a worker
 * inherits the list but must not remove its parent's folders). */
static char **made_tmpdirs;
static size_t nmade, capmade;
static pid_t made_by;

char *pt_make_tmpdir(const char *name)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = pt_asprintf("%s/pooltrack-%s-XXXXXX", base && *base ? base : "/tmp", name);
    if (!mkdtemp(tmpl)) { free(tmpl); return NULL; }
    if (made_by != getpid()) nmade = 0;
    made_by = getpid();
    PT_GROW(made_tmpdirs, nmade, capmade);
    made_tmpdirs[nmade++] = pt_strdup(tmpl);
    return tmpl;
}

void pt_remove_tmpdirs(void)
{
    if (made_by != getpid()) return;
    for (size_t i = 0; i < nmade; i++) pt_remove_tree(made_tmpdirs[i]);
}

long long pt_mtime_ns(const struct stat *st)
{
    return (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

void pt_one_line(char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f) *s = ' ';
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP || type == FTW_DNR) rmdir(path);
    else unlink(path);
    return 0;   /* go on: remove what can be removed; the caller checks the top */
}

int pt_remove_tree(const char *path)
{
    /* FTW_PHYS: a symbolic link is removed, never followed */
    int rc = nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
    struct stat st;
    return rc == 0 || lstat(path, &st) != 0 ? 0 : -1;
}

static char *scratch;

const char *pt_scratch_dir(void)
{
    return scratch;
}

void pt_set_scratch_dir(const char *dir)
{
    free(scratch);
    scratch = dir ? pt_strdup(dir) : NULL;
}
