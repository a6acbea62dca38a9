/* One file of a finding's path drawn over its source: only the lines around
 * the marks (a driver file can be thousands of lines), the step numbers in
 * the margin, each step's message under its line. */
#include <stdlib.h>
#include <string.h>
#include "output_html.h"
#include "output_internal.h"
#include "srcfile.h"
#include "util.h"

enum { CONTEXT = 2, JOIN = 4, MAX_LINE = 400 };

static const char *kind_class(enum pt_html_kind k)
{
    static const char *const names[] = {"step", "alloc", "end", "report", "related"};
    return names[k];
}

/* The badge in the margin: the step number, ! for the reported place, R for
 * a related one. */
static void badge(FILE *out, const struct pt_html_mark *m)
{
    fprintf(out, "<span class=\"n %s\">", kind_class(m->kind));
    if (m->step) fprintf(out, "%u", m->step);
    else fputs(m->kind == PT_MARK_REPORT ? "!" : "R", out);
    fputs("</span>", out);
}

static void note_row(FILE *out, const struct pt_html_mark *m)
{
    fprintf(out, "<tr class=\"note %s\"><td class=\"m\"></td><td class=\"ln\"></td><td class=\"msg\">",
            kind_class(m->kind));
    badge(out, m);
    fputc(' ', out);
    pt_html_str(out, m->message);
    fputs("</td></tr>\n", out);
}

static void code_row(FILE *out, const char *t, size_t len, size_t start, unsigned line,
                     const struct pt_html_mark *marks, size_t n)
{
    const char *nl = memchr(t + start, '\n', len - start);
    size_t end = nl ? (size_t)(nl - t) : len;
    if (end > start && t[end - 1] == '\r') end--;
    fputs("<tr class=\"l", out);
    for (size_t i = 0; i < n; i++)
        if (marks[i].line == line) fprintf(out, " %s", kind_class(marks[i].kind));
    fputs("\"><td class=\"m\">", out);
    for (size_t i = 0; i < n; i++)
        if (marks[i].line == line) badge(out, &marks[i]);
    fprintf(out, "</td><td class=\"ln\">%u</td><td class=\"c\">", line);
    size_t shown = end - start > MAX_LINE ? MAX_LINE : end - start;   /* a generated one-line file */
    pt_html_text(out, t + start, shown, 1);
    if (shown < end - start) fputs("<span class=\"ctl\">&#8230;</span>", out);
    fputs("</td></tr>\n", out);
    for (size_t i = 0; i < n; i++)
        if (marks[i].line == line && marks[i].message) note_row(out, &marks[i]);
}

void pt_html_source(FILE *out, const char *file, const char *shown, const struct pt_html_mark *marks, size_t n)
{
    fputs("<div class=\"file\"><div class=\"fname\">", out);
    pt_html_str(out, shown);
    fputs("</div>\n<table class=\"code\">\n", out);
    size_t len = 0;
    const char *t = pt_src_get(file, &len);
    unsigned last = 0;   /* the last line drawn */
    for (size_t i = 0; t && i < n; i++) {
        unsigned lo = marks[i].line > CONTEXT ? marks[i].line - CONTEXT : 1, hi = marks[i].line + CONTEXT;
        if (!marks[i].line || marks[i].line <= last) continue;
        for (size_t k = i + 1; k < n && marks[k].line <= hi + JOIN; k++)   /* close marks share a window */
            hi = marks[k].line + CONTEXT;
        if (lo <= last) lo = last + 1;
        size_t off = pt_src_offset(t, len, lo, 1);
        if (off == (size_t)-1) continue;   /* past the end: listed below */
        if (lo > last + 1)
            fprintf(out, "<tr class=\"gap\"><td class=\"m\"></td><td class=\"ln\">&#8942;</td><td></td></tr>\n");
        for (unsigned line = lo; line <= hi && off <= len; line++) {
            if (off == len && line > lo) break;   /* no line after the last newline */
            code_row(out, t, len, off, line, marks, n);
            last = line;
            const char *nl = memchr(t + off, '\n', len - off);
            if (!nl) break;
            off = (size_t)(nl - t) + 1;
        }
    }
    fputs("</table>\n", out);
    for (size_t i = 0; i < n; i++)   /* not drawn: no source, no line, or past its end */
        if (!t || !marks[i].line || marks[i].line > last) {
            if (!t && i == 0) fputs("<p class=\"nosrc\">(the source could not be read)</p>\n", out);
            fputs("<table class=\"code\">", out);
            note_row(out, &marks[i]);
            fputs("</table>\n", out);
        }
    fputs("</div>\n", out);
}
