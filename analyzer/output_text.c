/* Compiler-style text: file:line:col: warning: message [PT005], the source
 * line with a caret under the column (clang's layout), the fix as clang's
 * parseable fix-it line, the path as notes. */
#include <stdlib.h>
#include <string.h>
#include "baseline.h"
#include "util.h"
#include "output_internal.h"
#include "rule_info.h"
#include "srcfile.h"

#define BOLD "\033[1m"
#define RESET "\033[0m"

static const char *level_colour(enum pt_level l)
{
    return l == PT_ERROR ? "\033[1;31m" : l == PT_WARNING ? "\033[1;35m" : "\033[1;36m";
}

static void line(FILE *out, const struct pt_output_opts *o, const struct pt_loc *loc, enum pt_level lvl,
                 const char *level_name, const char *msg, const char *rule)
{
    /* names and messages come from the repository: no raw control character
     * reaches the terminal (pt_printable) */
    char *path = pt_printable(pt_display_path(loc->file, o->srcroot)), *text = pt_printable(msg);
    if (o->color) fputs(BOLD, out);
    if (loc->line && loc->col) fprintf(out, "%s:%u:%u:", path, loc->line, loc->col);
    else if (loc->line) fprintf(out, "%s:%u:", path, loc->line);
    else fprintf(out, "%s:", path);
    if (o->color) fprintf(out, RESET " %s%s:" RESET BOLD " %s" RESET, level_colour(lvl), level_name, text);
    else fprintf(out, " %s: %s", level_name, text);
    if (rule) fprintf(out, " [%s]", rule);
    fputc('\n', out);
    free(path);
    free(text);
}

/* "   23 |     code" and "      |     ^~~~" under it: tabs kept so the caret
 * lines up, the range underlined to the call's end when it is on that line. */
static void snippet(FILE *out, const struct pt_output_opts *o, const struct pt_finding *f)
{
    size_t len;
    const char *t = f->loc.line && f->loc.col ? pt_src_get(f->loc.file, &len) : NULL;
    size_t start = t ? pt_src_offset(t, len, f->loc.line, 1) : (size_t)-1;
    if (start == (size_t)-1) return;
    const char *nl = memchr(t + start, '\n', len - start);
    size_t n = (nl ? (size_t)(nl - t) : len) - start;
    if (n && t[start + n - 1] == '\r') n--;
    if (f->loc.col - 1 > n) return;
    char *src = pt_xmalloc(n + 1);
    memcpy(src, t + start, n);
    src[n] = 0;
    char *shown = pt_printable(src);
    fprintf(out, "%5u | %s\n      | ", f->loc.line, shown);
    for (size_t i = 0; i + 1 < f->loc.col; i++) fputc(src[i] == '\t' ? '\t' : ' ', out);
    if (o->color) fputs("\033[1;32m", out);
    fputc('^', out);
    size_t end = f->end_line == f->loc.line && f->end_col > f->loc.col ? f->end_col - 1 : f->loc.col;
    for (size_t i = f->loc.col; i < end && i < n; i++) fputc('~', out);
    if (o->color) fputs(RESET, out);
    fputc('\n', out);
    free(shown);
    free(src);
}

/* clang's -fdiagnostics-parseable-fixits: fix-it:"file":{l:c-l:c}:"text" */
static void escaped(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\\' || *p == '"') fprintf(out, "\\%c", *p);
        else if (*p == '\n') fputs("\\n", out);
        else if (*p == '\t') fputs("\\t", out);
        else if (*p < 0x20 || *p == 0x7f) fprintf(out, "\\%03o", *p);
        else fputc(*p, out);
    }
}

static void fixits(FILE *out, const struct pt_output_opts *o, const struct pt_fix *fix)
{
    for (size_t i = 0; fix && i < fix->nedits; i++) {
        const struct pt_edit *e = &fix->edits[i];
        fputs("fix-it:\"", out);
        escaped(out, pt_display_path(e->file, o->srcroot));
        fprintf(out, "\":{%u:%u-%u:%u}:\"", e->line, e->col, e->end_line, e->end_col);
        escaped(out, e->text);
        fputs("\"\n", out);
    }
}

int pt_output_text(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    size_t shown = 0, suppressed = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        if (f->baseline == PT_BASELINE_UNCHANGED) continue;   /* counted below */
        if (f->suppressed) {
            suppressed++;
            if (!o->show_suppressed) continue;
            char *m = pt_asprintf("%s (suppressed: %s)", f->message, f->suppression_reason);
            line(out, o, &f->loc, PT_NOTE, "suppressed", m, f->rule_id);
            free(m);
            continue;
        }
        shown++;
        line(out, o, &f->loc, f->level, pt_level_name(f->level), f->message, f->rule_id);
        snippet(out, o, f);
        fixits(out, o, f->fix);
        for (size_t k = 0; k < f->nsteps; k++)
            line(out, o, &f->steps[k].loc, PT_NOTE, "note", f->steps[k].message, NULL);
    }
    for (size_t i = 0; i < r->nnotes && !o->quiet; i++) {
        const struct pt_notification *n = &r->notes[i];
        if (n->level == PT_ERROR) continue;   /* errors go to stderr, once */
        struct pt_loc loc = {n->file, n->line, 0};
        if (!n->file) loc.file = "pooltrack";
        line(out, o, &loc, n->level, pt_level_name(n->level), n->message, NULL);
    }
    if (shown && !o->quiet) {
        size_t count;
        const struct pt_rule_info *rules = pt_rule_infos(&count);
        fprintf(out, "%zu finding%s (", shown, shown == 1 ? "" : "s");
        int first = 1;
        for (size_t k = 0; k < count; k++) {
            size_t n = 0;
            for (size_t i = 0; i < r->nfindings; i++)
                n += !r->findings[i].suppressed && r->findings[i].baseline != PT_BASELINE_UNCHANGED &&
                     strcmp(r->findings[i].rule_id, rules[k].id) == 0;
            if (n) { fprintf(out, "%s%s: %zu", first ? "" : ", ", rules[k].id, n); first = 0; }
        }
        fputs(")\n", out);
    }
    if (o->baseline && o->baseline->unchanged && !o->quiet) {
        char *path = pt_printable(o->baseline->path);
        fprintf(out, "%zu finding%s hidden by the baseline (%s)\n", o->baseline->unchanged,
                o->baseline->unchanged == 1 ? "" : "s", path);
        free(path);
    }
    if (suppressed && !o->show_suppressed && !o->quiet)
        fprintf(out, "%zu suppressed with pooltrack-ignore (--show-suppressed lists them)\n", suppressed);
    if (o->coverage && !o->quiet) pt_coverage_print(out, o->coverage);   /* never a silent pass */
    return ferror(out) ? -1 : 0;
}
