/* From fix hints to edits. The IR keeps no argument ranges, so the call is
 * tokenised again from the saved source: an identifier at the reported
 * column, then a parenthesised argument list split at the top-level commas.
 * Anything unusual (a macro at the site, a preprocessor line inside the
 * call, an argument that is not what the hint expects) gives no fix. */
#include <stdlib.h>
#include <string.h>
#include "fixes.h"
#include "srcfile.h"
#include "tags.h"
#include "util.h"

static int ident_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Past whitespace and comments from i; a '#' line start is refused (-1). */
static size_t skip_space(const char *t, size_t len, size_t i)
{
    for (;;) {
        while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '\f' ||
                           t[i] == '\v' || (t[i] == '\\' && i + 1 < len && t[i + 1] == '\n')))
            i++;
        if (i + 1 < len && t[i] == '/' && t[i + 1] == '/') {
            while (i < len && t[i] != '\n') i++;
        } else if (i + 1 < len && t[i] == '/' && t[i + 1] == '*') {
            const char *e = strstr(t + i + 2, "*/");
            if (!e) return len;
            i = (size_t)(e - t) + 2;
        } else {
            return i;
        }
    }
}

/* One past the token at i (a literal, an identifier or number, one character). */
static size_t token_end(const char *t, size_t len, size_t i)
{
    if (t[i] == '"' || t[i] == '\'') {
        char q = t[i++];
        while (i < len && t[i] != q && t[i] != '\n') i += t[i] == '\\' ? 2 : 1;
        return i < len ? i + 1 : len;
    }
    if (ident_char(t[i])) {
        while (i < len && ident_char(t[i])) i++;
        return i;
    }
    return i + 1;
}

int pt_call_span_at(const char *t, size_t len, size_t off, struct pt_call_span *c)
{
    memset(c, 0, sizeof *c);
    if (off >= len || !ident_char(t[off]) || (off && ident_char(t[off - 1]))) return -1;
    c->name = off;
    c->name_end = token_end(t, len, off);
    size_t i = skip_space(t, len, c->name_end);
    if (i >= len || t[i] != '(') return -1;
    int depth = 0;
    size_t arg_start = (size_t)-1, last_end = 0;
    for (i++;;) {
        i = skip_space(t, len, i);
        if (i >= len) return -1;
        char ch = t[i];
        if (ch == '#') return -1;   /* #if inside the call: not one plain text */
        if (depth == 0 && (ch == ',' || ch == ')')) {
            if (arg_start != (size_t)-1) {
                if (c->nargs >= 32) return -1;
                c->arg[c->nargs] = arg_start;
                c->arg_end[c->nargs++] = last_end;
            } else if (ch == ',' || c->nargs) {
                return -1;   /* an empty argument */
            }
            arg_start = (size_t)-1;
            if (ch == ')') {
                c->close = i;
                return 0;
            }
            i++;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{') depth++;
        if (ch == ')' || ch == ']' || ch == '}') depth--;
        if (depth < 0) return -1;
        if (arg_start == (size_t)-1) arg_start = i;
        i = last_end = token_end(t, len, i);
    }
}

struct fixer {
    struct pt_fix *fix;
    const char *file, *text;
};

static void edit(struct fixer *x, size_t off, size_t n, const char *repl)
{
    struct pt_fix *f = x->fix;
    f->edits = pt_xrealloc(f->edits, (f->nedits + 1) * sizeof *f->edits);
    struct pt_edit *e = &f->edits[f->nedits++];
    e->file = pt_strdup(x->file);
    e->offset = off;
    e->length = n;
    e->text = pt_strdup(repl);
    pt_src_linecol(x->text, off, &e->line, &e->col);
    pt_src_linecol(x->text, off + n, &e->end_line, &e->end_col);
}

static char *arg_text(const char *t, const struct pt_call_span *c, int k)
{
    size_t n = c->arg_end[k] - c->arg[k];
    char *s = pt_xmalloc(n + 1);
    memcpy(s, t + c->arg[k], n);
    s[n] = 0;
    return s;
}

/* The call at loc named name, parsed; -1 when it is not written there. */
static int call_at(const char *file, unsigned line, unsigned col, const char *name, const char **text,
                   struct pt_call_span *c)
{
    size_t len;
    const char *t = pt_src_get(file, &len);
    size_t off = t ? pt_src_offset(t, len, line, col) : (size_t)-1;
    if (off == (size_t)-1 || pt_call_span_at(t, len, off, c) != 0) return -1;
    if (name && (c->name_end - c->name != strlen(name) || memcmp(t + c->name, name, strlen(name)) != 0))
        return -1;
    *text = t;
    return 0;
}

/* "Cfg1" -> '1gfC' (PoolMon shows the bytes lowest first); NULL if not plain.
 * C casts in front go too: (ULONG)(ULONG_PTR)"Tag1" is the same mistake. */
static char *string_tag_constant(const char *lit)
{
    while (*lit == '(') {
        const char *close = strchr(lit, ')');
        if (!close) return NULL;
        for (const char *q = lit + 1; q < close; q++)
            if (!ident_char(*q) && *q != ' ' && *q != '*') return NULL;
        lit = close + 1;
        while (*lit == ' ') lit++;
    }
    size_t n = strlen(lit);
    if (n < 3 || n > 6 || lit[0] != '"' || lit[n - 1] != '"') return NULL;
    char chars[4] = {' ', ' ', ' ', ' '};
    for (size_t i = 1; i + 1 < n; i++) {
        if (lit[i] < 0x20 || lit[i] > 0x7E || lit[i] == '\\' || lit[i] == '\'' || lit[i] == '"') return NULL;
        chars[i - 1] = lit[i];
    }
    return pt_asprintf("'%c%c%c%c'", chars[3], chars[2], chars[1], chars[0]);
}

/* The driver's tag as a four-character constant (pt_tag_constant), or NULL. */
static char *tag_constant(int64_t tag)
{
    char k[7];
    return pt_tag_constant(tag, k) && strlen(k) == 6 ? pt_strdup(k) : NULL;
}

static int valid_arg(const struct pt_call_span *c, int k)
{
    return k >= 0 && (size_t)k < c->nargs;
}

/* The text of argument k of the call at `from`, or NULL. */
static char *from_arg(const struct pt_fix_hint *h, int k)
{
    struct pt_call_span c;
    const char *t;
    if (!h->from.file || call_at(h->from.file, h->from.line, h->from.col, h->text, &t, &c) != 0) return NULL;
    return valid_arg(&c, k) ? arg_text(t, &c, k) : NULL;
}

/* u.Buffer -> &u, p->Buffer -> p: the string struct whose buffer is named. */
static char *string_struct(const char *arg)
{
    size_t n = strlen(arg);
    if (n > 7 && strcmp(arg + n - 7, ".Buffer") == 0) return pt_asprintf("&%.*s", (int)(n - 7), arg);
    if (n > 8 && strcmp(arg + n - 8, "->Buffer") == 0) return pt_asprintf("%.*s", (int)(n - 8), arg);
    return NULL;
}

/* PT_FIX_CALL's template ("Name(A0,P)") filled in; NULL when a part is missing. */
static char *call_from_template(const struct pt_fix_hint *h, const char *t, const struct pt_call_span *c)
{
    const char *open = strchr(h->callee, '(');
    if (!open) return NULL;
    char *out = pt_asprintf("%.*s(", (int)(open - h->callee), h->callee);
    for (const char *p = open + 1; *p && *p != ')';) {
        char *part = NULL, *tmp;
        if (*p == 'P') {
            part = arg_text(t, c, h->arg);
            p++;
        } else if (*p == 'S') {
            tmp = arg_text(t, c, h->arg);
            part = string_struct(tmp);
            free(tmp);
            p++;
        } else if (*p == 'A') {
            char *end;
            long k = strtol(p + 1, &end, 10);
            part = from_arg(h, (int)k);
            p = end;
        }
        if (!part || strchr(part, '\n')) {
            free(part);
            free(out);
            return NULL;
        }
        tmp = pt_asprintf("%s%s%s", out, out[strlen(out) - 1] == '(' ? "" : ", ", part);
        free(out);
        free(part);
        out = tmp;
        if (*p == ',') p++;
    }
    char *done = pt_asprintf("%s)", out);
    free(out);
    return done;
}

static int resolve(struct pt_finding *f, struct fixer *x, const struct pt_call_span *c, int have_tag,
                   int64_t driver_tag)
{
    const struct pt_fix_hint *h = &f->hint;
    const char *t = x->text;
    char *s = NULL, *a = NULL;
    int ok = 0;
    switch (h->kind) {
    case PT_FIX_STRING_TAG:
        if (!valid_arg(c, h->arg) || !(s = string_tag_constant(a = arg_text(t, c, h->arg)))) break;
        edit(x, c->arg[h->arg], c->arg_end[h->arg] - c->arg[h->arg], s);
        x->fix->description = pt_asprintf("use the tag constant %s instead of the string %s", s, a);
        ok = 1;
        break;
    case PT_FIX_DRIVER_TAG:
        if (!have_tag || !(s = tag_constant(driver_tag))) break;
        if (h->arg >= 0) {
            if (!valid_arg(c, h->arg)) break;
            edit(x, c->arg[h->arg], c->arg_end[h->arg] - c->arg[h->arg], s);
            x->fix->description = pt_asprintf("use the driver's tag %s (driver_tag in .pooltrack.json)", s);
        } else {
            if (!h->callee || !c->nargs) break;
            edit(x, c->name, c->name_end - c->name, h->callee);
            a = pt_asprintf(", %s", s);
            edit(x, c->arg_end[c->nargs - 1], 0, a);
            x->fix->description = pt_asprintf("call %s with the driver's tag %s (driver_tag in "
                                              ".pooltrack.json)", h->callee, s);
        }
        ok = 1;
        break;
    case PT_FIX_SWAP:
        if (!valid_arg(c, h->arg) || !valid_arg(c, h->arg2) || h->arg == h->arg2) break;
        s = arg_text(t, c, h->arg);
        a = arg_text(t, c, h->arg2);
        edit(x, c->arg[h->arg], c->arg_end[h->arg] - c->arg[h->arg], a);
        edit(x, c->arg[h->arg2], c->arg_end[h->arg2] - c->arg[h->arg2], s);
        x->fix->description = pt_asprintf("swap the size (%s) and the tag (%s)", s, a);
        ok = 1;
        break;
    case PT_FIX_COPY_ARG: case PT_FIX_ARG:
        if (!valid_arg(c, h->arg)) break;
        s = h->kind == PT_FIX_ARG ? (h->text ? pt_strdup(h->text) : NULL) : from_arg(h, h->arg2);
        if (!s || strchr(s, '\n')) break;
        edit(x, c->arg[h->arg], c->arg_end[h->arg] - c->arg[h->arg], s);
        x->fix->description = pt_asprintf("free with the allocation's tag %s", s);
        ok = 1;
        break;
    case PT_FIX_CALL:
        if (!valid_arg(c, h->arg) || !h->callee || !(s = call_from_template(h, t, c))) break;
        edit(x, c->name, c->close + 1 - c->name, s);
        x->fix->description = pt_asprintf("release it with %.*s", (int)strcspn(s, "("), s);
        ok = 1;
        break;
    case PT_FIX_NONE:
        break;
    }
    free(s);
    free(a);
    return ok;
}

static void free_fix(struct pt_fix *fix)
{
    for (size_t i = 0; i < fix->nedits; i++) {
        free(fix->edits[i].file);
        free(fix->edits[i].text);
    }
    free(fix->edits);
    free(fix->description);
    free(fix);
}

void pt_fixes_resolve(struct pt_results *r, int have_tag, int64_t driver_tag)
{
    for (size_t i = 0; i < r->nfindings; i++) {
        struct pt_finding *f = &r->findings[i];
        struct pt_call_span c;
        const char *t;
        if (!f->loc.file || call_at(f->loc.file, f->loc.line, f->loc.col, NULL, &t, &c) != 0) continue;
        pt_src_linecol(t, c.close + 1, &f->end_line, &f->end_col);
        if (f->hint.kind == PT_FIX_NONE || !f->hint.call || f->fix || f->suppressed) continue;
        if (c.name_end - c.name != strlen(f->hint.call) || memcmp(t + c.name, f->hint.call, c.name_end - c.name))
            continue;   /* written through a macro: the edit would change the macro's other uses */
        struct fixer x = {pt_xcalloc(1, sizeof *x.fix), f->loc.file, t};
        if (resolve(f, &x, &c, have_tag, driver_tag)) f->fix = x.fix;
        else free_fix(x.fix);
    }
}
