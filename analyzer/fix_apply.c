/* --fix and --fix --diff: the selected edits written into the sources, or
 * shown as a unified diff (3 lines of context) that `patch -p1` applies. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fixes.h"
#include "input_read.h"
#include "output_internal.h"
#include "safe_io.h"
#include "srcfile.h"
#include "util.h"

static size_t line_start(const char *t, size_t off)
{
    while (off && t[off - 1] != '\n') off--;
    return off;
}

static size_t line_end(const char *t, size_t len, size_t off)   /* past the '\n' */
{
    const char *nl = memchr(t + off, '\n', len - off);
    return nl ? (size_t)(nl - t) + 1 : len;
}

static int cmp_edit(const void *pa, const void *pb)
{
    const struct pt_edit *a = *(const struct pt_edit *const *)pa, *b = *(const struct pt_edit *const *)pb;
    int c = strcmp(a->file, b->file);
    if (c) return c;
    if (a->offset != b->offset) return a->offset < b->offset ? -1 : 1;
    return a->length < b->length ? -1 : a->length > b->length;
}

static int same_edit(const struct pt_edit *a, const struct pt_edit *b)
{
    return strcmp(a->file, b->file) == 0 && a->offset == b->offset && a->length == b->length &&
           strcmp(a->text, b->text) == 0;
}

/* Does edit e overlap one already taken (sorted by file, offset)? Two
 * insertions at one offset also conflict: their order would be a guess. */
static int overlaps(const struct pt_edit *const *taken, size_t n, const struct pt_edit *e)
{
    for (size_t i = 0; i < n; i++) {
        const struct pt_edit *t = taken[i];
        if (strcmp(t->file, e->file) != 0) continue;
        if (e->offset < t->offset + t->length && t->offset < e->offset + e->length) return 1;
        if (e->offset == t->offset && (!e->length || !t->length)) return 1;
    }
    return 0;
}

/* Merge conflict markers at a line start: the file is not in a state to edit. */
static int conflicted(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i = line_end(t, len, i))
        if (len - i >= 8 && (memcmp(t + i, "<<<<<<< ", 8) == 0 || memcmp(t + i, ">>>>>>> ", 8) == 0)) return 1;
    return 0;
}

/* Why a file's fixes are held back, or NULL: outside the source root (a
 * header of the WDK or another project), a symlink (the atomic write would
 * replace it with a copy), merge conflict markers. */
static const char *held_reason(const char *file, const char *srcroot)
{
    size_t len;
    struct stat st;
    const char *t = pt_src_get(file, &len);
    if (!t) return "cannot be read";
    if (srcroot && !pt_relative(file, srcroot)) return "is outside --srcroot";
    if (lstat(file, &st) != 0 || S_ISLNK(st.st_mode)) return "is a symbolic link";
    if (conflicted(t, len)) return "has merge conflict markers";
    return NULL;
}

/* Said once per file on warn. */
static int held_back(const char *file, const char *srcroot, FILE *warn, const char ***said, size_t *nsaid,
                     size_t *cap)
{
    const char *why = held_reason(file, srcroot);
    if (!why) return 0;
    for (size_t i = 0; i < *nsaid; i++)
        if (strcmp((*said)[i], file) == 0) return 1;
    PT_GROW(*said, *nsaid, *cap);
    (*said)[(*nsaid)++] = file;
    if (warn) fprintf(warn, "pooltrack-analyze: --fix: %s %s; not fixed\n", file, why);
    return 1;
}

const struct pt_edit **pt_fixes_selected(const struct pt_results *r, const char *srcroot, FILE *warn, size_t *n)
{
    const char **said = NULL;
    size_t nsaid = 0, cap_said = 0;
    size_t cap = 0, m = 0;
    const struct pt_edit **v = NULL;
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_fix *fix = r->findings[i].fix;
        if (!fix || r->findings[i].suppressed || !fix->nedits) continue;
        int held = 0;
        for (size_t k = 0; k < fix->nedits; k++)
            held |= held_back(fix->edits[k].file, srcroot, warn, &said, &nsaid, &cap_said);
        if (held) continue;
        size_t dup = 0, clash = 0;
        for (size_t k = 0; k < fix->nedits; k++) {
            int seen = 0;
            for (size_t j = 0; j < m && !seen; j++) seen = same_edit(v[j], &fix->edits[k]);
            if (seen) dup++;
            else if (overlaps(v, m, &fix->edits[k])) clash++;
        }
        if (dup == fix->nedits || clash || dup) continue;   /* taken already, or in the way of another */
        for (size_t k = 0; k < fix->nedits; k++) {
            PT_GROW(v, m, cap);
            v[m++] = &fix->edits[k];
        }
    }
    if (m) qsort(v, m, sizeof *v, cmp_edit);
    free(said);
    *n = m;
    return v;
}

/* old[from, to) with the edits e[0..k) (inside that span, sorted) applied. */
static char *apply_span(const char *old, size_t from, size_t to, const struct pt_edit *const *e, size_t k,
                        size_t *outlen)
{
    size_t len = to - from;
    for (size_t i = 0; i < k; i++) len += strlen(e[i]->text);
    char *out = pt_xmalloc(len + 1), *o = out;
    size_t at = from;
    for (size_t i = 0; i < k; i++) {
        memcpy(o, old + at, e[i]->offset - at);
        o += e[i]->offset - at;
        size_t tl = strlen(e[i]->text);
        memcpy(o, e[i]->text, tl);
        o += tl;
        at = e[i]->offset + e[i]->length;
    }
    memcpy(o, old + at, to - at);
    o += to - at;
    *o = 0;
    *outlen = (size_t)(o - out);
    return out;
}

static unsigned count_lines(const char *s, size_t n)
{
    unsigned c = 0;
    for (size_t i = 0; i < n; i++) c += s[i] == '\n';
    return c + (n && s[n - 1] != '\n');
}

static void put_lines(FILE *out, char mark, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && s[e] != '\n') e++;
        fprintf(out, "%c%.*s\n", mark, (int)(e - i), s + i);
        if (e == n) fputs("\\ No newline at end of file\n", out);
        i = e + 1;
    }
}

/* One file's edits as unified-diff hunks; lines within 6 of each other share one. */
static void diff_file(FILE *out, const char *file, const char *t, size_t len, const struct pt_edit *const *e,
                      size_t n)
{
    fprintf(out, "--- a/%s\n+++ b/%s\n", file[0] == '/' ? file + 1 : file, file[0] == '/' ? file + 1 : file);
    long delta = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && e[j]->line <= e[j - 1]->end_line + 6) j++;
        size_t a = line_start(t, e[i]->offset), b = line_end(t, len, e[j - 1]->offset + e[j - 1]->length);
        size_t ca = a, cb = b;
        for (int k = 0; k < 3 && ca; k++) ca = line_start(t, ca - 1);
        for (int k = 0; k < 3 && cb < len; k++) cb = line_end(t, len, cb);
        size_t newlen;
        char *repl = apply_span(t, a, b, e + i, j - i, &newlen);
        unsigned first = e[i]->line - count_lines(t + ca, a - ca);
        unsigned before = count_lines(t + ca, a - ca), after = count_lines(t + b, cb - b);
        unsigned old_n = before + count_lines(t + a, b - a) + after, new_n = before + count_lines(repl, newlen) + after;
        fprintf(out, "@@ -%u,%u +%ld,%u @@\n", first, old_n, (long)first + delta, new_n);
        put_lines(out, ' ', t + ca, a - ca);
        put_lines(out, '-', t + a, b - a);
        put_lines(out, '+', repl, newlen);
        put_lines(out, ' ', t + b, cb - b);
        delta += (long)new_n - (long)old_n;
        free(repl);
        i = j;
    }
}

static int write_file(const char *file, const char *t, size_t len, const struct pt_edit *const *e, size_t n,
                      char *err, size_t errlen)
{
    struct stat st;
    if (stat(file, &st) != 0) {
        snprintf(err, errlen, "%s: cannot stat it", file);
        return -1;
    }
    size_t newlen;
    char *text = apply_span(t, 0, len, e, n, &newlen);
    struct pt_atomic a;
    int rc = pt_atomic_open(&a, file, 0666, err, errlen);
    if (rc == 0) {
        fwrite(text, 1, newlen, a.f);
        fchmod(fileno(a.f), st.st_mode & 07777);   /* a source keeps its mode */
        rc = pt_atomic_commit(&a, err, errlen);
    }
    free(text);
    return rc;
}

int pt_fixes_apply(const struct pt_results *r, FILE *diff, const char *srcroot, char *err, size_t errlen)
{
    size_t n, changed = 0;
    const struct pt_edit **v = pt_fixes_selected(r, srcroot, stderr, &n);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0;) {
        size_t j = i;
        while (j < n && strcmp(v[j]->file, v[i]->file) == 0) j++;
        size_t len, now_len;
        const char *t = pt_src_get(v[i]->file, &len);
        char rerr[256];
        char *now = pt_read_file("source", v[i]->file, PT_LIMIT_SOURCE, 0, &now_len, rerr, sizeof rerr);
        if (!t || !now || now_len != len || memcmp(now, t, len) != 0)
            fprintf(stderr, "pooltrack-analyze: --fix: %s changed since it was analysed; not fixed\n", v[i]->file);
        else if (diff)
            diff_file(diff, pt_display_path(v[i]->file, srcroot), t, len, v + i, j - i);
        else if ((rc = write_file(v[i]->file, t, len, v + i, j - i, err, errlen)) == 0)
            changed++;
        free(now);
        i = j;
    }
    if (!diff && rc == 0)
        fprintf(stderr, "pooltrack-analyze: --fix: %zu edit%s in %zu file%s\n", n, n == 1 ? "" : "s", changed,
                changed == 1 ? "" : "s");
    free(v);
    if (!diff) pt_src_forget();
    return rc;
}
