/* --format html -o DIR: index.html (the findings per driver, per rule and
 * per file, each linked) and one page per driver drawing every finding's path
 * over its source. Static pages: no script, no URL outside the folder. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "baseline.h"
#include "output_html.h"
#include "output_internal.h"
#include "rule_info.h"
#include "safe_io.h"
#include "util.h"

struct driver {
    const char *name;   /* as the run names the project; "" when unknown */
    char *page;         /* its file in the folder: safe characters only */
    size_t count;
};

struct report {
    const struct pt_results *r;
    const struct pt_output_opts *o;
    size_t *shown, nshown;   /* the findings the report lists, by index in r */
    size_t *driver_of;       /* per listed finding: its index in drivers */
    struct driver *drivers;
    size_t ndrivers;
};

static const char *driver_name(const struct pt_output_opts *o, const char *file)
{
    for (size_t i = 0; file && i < o->ndrivers; i++)
        if (strcmp(o->drivers[i].file, file) == 0) return o->drivers[i].driver;
    return NULL;
}

/* The driver of the file it is reported in, else of a step's file (a
 * header's finding belongs to the driver that compiles the path). */
static const char *finding_driver(const struct pt_output_opts *o, const struct pt_finding *f)
{
    const char *d = driver_name(o, f->loc.file);
    for (size_t k = 0; !d && k < f->nsteps; k++) d = driver_name(o, f->steps[k].loc.file);
    return d ? d : "";
}

/* What the reader sees for a driver: a folder as a path under srcroot. */
static const char *driver_shown(const struct report *rep, const char *name)
{
    if (!*name) return rep->o->ndrivers ? "(files of no driver)" : "all files";
    const char *root = rep->o->srcroot ? rep->o->srcroot : "";
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/') n--;
    const char *base = strrchr(name, '/');
    if (base && base[1] && strncmp(name, root, n) == 0 && (!name[n] || (name[n] == '/' && !name[n + 1])))
        return base + 1;   /* the folder of the report itself: its name */
    return pt_display_path(name, rep->o->srcroot);
}

/* driver-3-mydrv.html: the number keeps names unique, the rest is the last
 * path component reduced to [A-Za-z0-9_-] (the repository names drivers: no
 * '/', '.' or NUL from it reaches the file name). */
static char *page_name(size_t index, const char *shown)
{
    const char *base = strrchr(shown, '/');
    base = base && base[1] ? base + 1 : shown;
    char safe[41];
    size_t n = 0;
    for (const char *p = base; *p && n + 1 < sizeof safe; p++)
        safe[n++] = (char)((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                           *p == '-' ? *p : '_');
    safe[n] = 0;
    return pt_asprintf("driver-%zu%s%s.html", index + 1, n ? "-" : "", safe);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void collect(struct report *rep)
{
    const struct pt_results *r = rep->r;
    rep->shown = pt_xcalloc(r->nfindings + 1, sizeof *rep->shown);
    rep->driver_of = pt_xcalloc(r->nfindings + 1, sizeof *rep->driver_of);
    const char **names = pt_xcalloc(r->nfindings + 1, sizeof *names);
    size_t nnames = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        if (f->baseline == PT_BASELINE_UNCHANGED || (f->suppressed && !rep->o->show_suppressed)) continue;
        rep->shown[rep->nshown++] = i;
        names[nnames++] = finding_driver(rep->o, f);
    }
    qsort(names, nnames, sizeof *names, cmp_str);
    rep->drivers = pt_xcalloc(nnames + 1, sizeof *rep->drivers);
    for (size_t i = 0; i < nnames; i++)
        if (!i || strcmp(names[i], names[i - 1]) != 0) {
            struct driver *d = &rep->drivers[rep->ndrivers];
            d->name = names[i];
            d->page = page_name(rep->ndrivers++, driver_shown(rep, names[i]));
        }
    for (size_t k = 0; k < rep->nshown; k++) {
        const char *name = finding_driver(rep->o, &r->findings[rep->shown[k]]);
        for (size_t d = 0; d < rep->ndrivers; d++)
            if (strcmp(rep->drivers[d].name, name) == 0) { rep->driver_of[k] = d; rep->drivers[d].count++; }
    }
    free(names);
}

static void head(FILE *out, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          /* nothing loads: no script, no image, no font, no frame */
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
          "<title>", out);
    pt_html_str(out, title);
    fprintf(out, "</title>\n<style>\n%s</style></head>\n<body>\n", pt_html_css);
}

static void place(FILE *out, const struct report *rep, const struct pt_loc *l)
{
    pt_html_str(out, pt_display_path(l->file, rep->o->srcroot));
    if (l->line) fprintf(out, ":%u", l->line);
    if (l->line && l->col) fprintf(out, ":%u", l->col);
}

/* <a href="driver-1-x.html#f3">file:line</a> */
static void finding_link(FILE *out, const struct report *rep, size_t k)
{
    const struct pt_finding *f = &rep->r->findings[rep->shown[k]];
    fprintf(out, "<a href=\"%s#f%zu\"><code>", rep->drivers[rep->driver_of[k]].page, k + 1);
    place(out, rep, &f->loc);
    fputs("</code></a>", out);
}

static void level(FILE *out, const struct pt_finding *f)
{
    const char *l = f->suppressed ? "note" : pt_level_name(f->level);
    fprintf(out, "<span class=\"lvl %s\">%s</span>", l, f->suppressed ? "suppressed" : l);
}

static void rule_table(FILE *out, const struct report *rep)
{
    size_t count;
    const struct pt_rule_info *rules = pt_rule_infos(&count);
    fputs("<h2>By rule</h2>\n<table class=\"sum\"><tr><th>Rule</th><th>Findings</th><th>Where</th></tr>\n", out);
    for (size_t i = 0; i < count; i++) {
        size_t n = 0;
        for (size_t k = 0; k < rep->nshown; k++) n += strcmp(rep->r->findings[rep->shown[k]].rule_id, rules[i].id) == 0;
        if (!n) continue;
        fprintf(out, "<tr><td><b>%s</b> %s<br><span class=\"muted\">", rules[i].id, rules[i].name);
        pt_html_str(out, rules[i].summary);
        fprintf(out, "</span></td><td class=\"num\">%zu</td><td>", n);
        for (size_t k = 0; k < rep->nshown; k++)
            if (strcmp(rep->r->findings[rep->shown[k]].rule_id, rules[i].id) == 0) {
                finding_link(out, rep, k);
                fputs("<br>", out);
            }
        fputs("</td></tr>\n", out);
    }
    fputs("</table>\n", out);
}

/* Findings are sorted by file: one row per run of the same file. */
static void file_table(FILE *out, const struct report *rep)
{
    fputs("<h2>By file</h2>\n<table class=\"sum\"><tr><th>File</th><th>Findings</th><th>Rules and lines</th></tr>\n",
          out);
    for (size_t k = 0; k < rep->nshown;) {
        const char *file = rep->r->findings[rep->shown[k]].loc.file;
        size_t end = k;
        while (end < rep->nshown && strcmp(rep->r->findings[rep->shown[end]].loc.file, file) == 0) end++;
        fputs("<tr><td><code>", out);
        pt_html_str(out, pt_display_path(file, rep->o->srcroot));
        fprintf(out, "</code></td><td class=\"num\">%zu</td><td>", end - k);
        for (size_t j = k; j < end; j++) {
            const struct pt_finding *f = &rep->r->findings[rep->shown[j]];
            fprintf(out, "<a href=\"%s#f%zu\">%s line %u</a><br>", rep->drivers[rep->driver_of[j]].page, j + 1,
                    f->rule_id, f->loc.line);
        }
        fputs("</td></tr>\n", out);
        k = end;
    }
    fputs("</table>\n", out);
}

static void write_index(FILE *out, const struct report *rep)
{
    head(out, "pooltrack report");
    size_t suppressed = 0;
    for (size_t i = 0; i < rep->r->nfindings; i++)
        suppressed += rep->r->findings[i].suppressed && rep->r->findings[i].baseline != PT_BASELINE_UNCHANGED;
    fprintf(out, "<h1>pooltrack report</h1>\n<p>%zu finding%s in %zu driver%s", rep->nshown,
            rep->nshown == 1 ? "" : "s", rep->ndrivers, rep->ndrivers == 1 ? "" : "s");
    if (suppressed && !rep->o->show_suppressed) fprintf(out, "; %zu suppressed with pooltrack-ignore", suppressed);
    if (rep->o->baseline && rep->o->baseline->unchanged)
        fprintf(out, "; %zu hidden by the baseline", rep->o->baseline->unchanged);
    fputs(".</p>\n", out);
    if (rep->o->coverage) {   /* never a silent pass: what was not path-analysed */
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (m) {
            pt_coverage_print(m, rep->o->coverage);
            fclose(m);
            for (char *line = text, *nl; line < text + len; line = nl + 1) {   /* a paragraph a line */
                nl = memchr(line, '\n', (size_t)(text + len - line));
                if (!nl) nl = text + len;
                fputs("<p class=\"muted\">", out);
                pt_html_text(out, line, (size_t)(nl - line), 0);
                fputs("</p>\n", out);
            }
            free(text);
        }
    }
    fputs("<h2>By driver</h2>\n<table class=\"sum\"><tr><th>Driver</th><th>Findings</th></tr>\n", out);
    for (size_t d = 0; d < rep->ndrivers; d++) {
        fprintf(out, "<tr><td><a href=\"%s\">", rep->drivers[d].page);
        pt_html_str(out, driver_shown(rep, rep->drivers[d].name));
        fprintf(out, "</a></td><td class=\"num\">%zu</td></tr>\n", rep->drivers[d].count);
    }
    fputs("</table>\n", out);
    if (rep->nshown) {
        rule_table(out, rep);
        file_table(out, rep);
        fputs("<h2>All findings</h2>\n<table class=\"sum\">"
              "<tr><th></th><th>Rule</th><th>Where</th><th>Message</th></tr>\n", out);
        for (size_t k = 0; k < rep->nshown; k++) {
            const struct pt_finding *f = &rep->r->findings[rep->shown[k]];
            fputs("<tr><td>", out);
            level(out, f);
            fprintf(out, "</td><td>%s</td><td>", f->rule_id);
            finding_link(out, rep, k);
            fputs("</td><td>", out);
            pt_html_str(out, f->message);
            fputs("</td></tr>\n", out);
        }
        fputs("</table>\n", out);
    }
    int notes = 0;
    for (size_t i = 0; i < rep->r->nnotes; i++) {
        const struct pt_notification *n = &rep->r->notes[i];
        if (!notes++) fputs("<h2>Notes of the run</h2>\n<table class=\"sum\">\n", out);
        fputs("<tr><td>", out);
        fprintf(out, "<span class=\"lvl %s\">%s</span></td><td><code>", pt_level_name(n->level),
                pt_level_name(n->level));
        struct pt_loc l = {n->file, n->line, 0};
        if (n->file) place(out, rep, &l);
        fputs("</code></td><td>", out);
        pt_html_str(out, n->message);
        fputs("</td></tr>\n", out);
    }
    if (notes) fputs("</table>\n", out);
    fprintf(out, "<p class=\"muted\">pooltrack %s</p>\n</body></html>\n", PT_VERSION);
}

static int cmp_mark(const void *a, const void *b)
{
    const struct pt_html_mark *x = a, *y = b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    return x->step < y->step ? -1 : x->step > y->step;
}

static int same(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "") == 0;
}

/* The marks of one finding in one file. */
static size_t marks_in(const struct pt_finding *f, const char *file, struct pt_html_mark *m)
{
    size_t n = 0;
    int report_on_step = 0;
    for (size_t k = 0; k < f->nsteps; k++) {
        const struct pt_step *s = &f->steps[k];
        report_on_step |= same(s->loc.file, f->loc.file) && s->loc.line == f->loc.line;
        if (!same(s->loc.file, file)) continue;
        enum pt_html_kind kind = strncmp(s->message ? s->message : "", "allocated", 9) == 0 ? PT_MARK_ALLOC
                               : k + 1 == f->nsteps && k ? PT_MARK_END : PT_MARK_STEP;
        m[n++] = (struct pt_html_mark){s->loc.line, kind, (unsigned)k + 1, s->message};
    }
    if (!report_on_step && same(f->loc.file, file))
        m[n++] = (struct pt_html_mark){f->loc.line, PT_MARK_REPORT, 0, "reported here"};
    for (size_t k = 0; k < f->nrelated; k++) {   /* a place no step already shows */
        const struct pt_related *rl = &f->related[k];
        int shown = 0;
        for (size_t j = 0; j < f->nsteps; j++)
            shown |= same(f->steps[j].loc.file, rl->loc.file) && f->steps[j].loc.line == rl->loc.line;
        if (!shown && same(rl->loc.file, file))
            m[n++] = (struct pt_html_mark){rl->loc.line, PT_MARK_RELATED, 0, rl->message};
    }
    qsort(m, n, sizeof *m, cmp_mark);
    return n;
}

static void finding_section(FILE *out, const struct report *rep, size_t k)
{
    const struct pt_finding *f = &rep->r->findings[rep->shown[k]];
    const struct pt_rule_info *info = pt_rule_info_find(f->rule_id);
    fprintf(out, "<section class=\"finding\" id=\"f%zu\"><h3>", k + 1);
    level(out, f);
    fprintf(out, " <a href=\"#f%zu\">%s</a> %s &mdash; <code>", k + 1, f->rule_id, info ? info->name : "");
    place(out, rep, &f->loc);
    fputs("</code>", out);
    if (f->function) {
        fputs(" in <code>", out);
        pt_html_str(out, f->function);
        fputs("</code>", out);
    }
    fputs("</h3>\n<p class=\"msg\">", out);
    pt_html_str(out, f->message);
    fputs("</p>\n", out);
    if (f->suppressed) {
        fputs("<p class=\"muted\">Suppressed: ", out);
        pt_html_str(out, f->suppression_reason);
        fputs("</p>\n", out);
    }
    if (f->fix) {
        fputs("<p class=\"fix\">Fix (<code>--fix</code>): ", out);
        pt_html_str(out, f->fix->description);
        fputs("</p>\n", out);
    }
    /* each file the finding touches, in the order the path reaches it */
    size_t nfiles = 0, cap = f->nsteps + f->nrelated + 1;
    const char **files = pt_xcalloc(cap, sizeof *files);
    struct pt_html_mark *marks = pt_xcalloc(cap, sizeof *marks);
    for (size_t i = 0; i < cap; i++) {
        const char *file = i < f->nsteps ? f->steps[i].loc.file : i == f->nsteps ? f->loc.file
                         : f->related[i - f->nsteps - 1].loc.file;
        size_t j = 0;
        while (j < nfiles && !same(files[j], file)) j++;
        if (j == nfiles) files[nfiles++] = file;
    }
    for (size_t j = 0; j < nfiles; j++) {
        size_t n = marks_in(f, files[j], marks);
        if (n) pt_html_source(out, files[j], pt_display_path(files[j], rep->o->srcroot), marks, n);
    }
    free(marks);
    free(files);
    fputs("</section>\n", out);
}

static void write_driver(FILE *out, const struct report *rep, size_t d)
{
    const char *shown = driver_shown(rep, rep->drivers[d].name);
    char *title = pt_asprintf("pooltrack: %s", shown);
    head(out, title);
    free(title);
    fputs("<p><a href=\"index.html\">&larr; summary of all drivers</a></p>\n<h1>", out);
    pt_html_str(out, shown);
    fprintf(out, "</h1>\n<p>%zu finding%s.</p>\n", rep->drivers[d].count, rep->drivers[d].count == 1 ? "" : "s");
    fputs("<p class=\"legend\">In the margin: <span class=\"n alloc\">1</span> the allocation "
          "<span class=\"n step\">2</span> a step of the path <span class=\"n end\">3</span> where it goes wrong "
          "(the leak, the bad free) <span class=\"n report\">!</span> where it is reported "
          "<span class=\"n related\">R</span> a place the message names</p>\n", out);
    for (size_t k = 0; k < rep->nshown; k++)
        if (rep->driver_of[k] == d) finding_section(out, rep, k);
    fputs("</body></html>\n", out);
}

static int write_page(const char *dir, const char *name, const struct report *rep, size_t d,
                      char *err, size_t errlen)
{
    char *path = pt_asprintf("%s/%s", dir, name);
    struct pt_atomic a;
    int rc = pt_atomic_open(&a, path, 0666, err, errlen);
    if (rc == 0) {
        if (d == (size_t)-1) write_index(a.f, rep);
        else write_driver(a.f, rep, d);
        rc = pt_atomic_commit(&a, err, errlen);
    }
    free(path);
    return rc;
}

int pt_output_html_dir(const char *dir, const struct pt_results *r, const struct pt_output_opts *o,
                       char *err, size_t errlen)
{
    char failed[1024];
    struct stat st;
    if (pt_make_folders(dir, 0777, 0777, failed, sizeof failed) != 0 || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "cannot make the folder %s: %s", dir, strerror(errno ? errno : ENOTDIR));
        return -1;
    }
    struct report rep = {r, o, NULL, 0, NULL, NULL, 0};
    collect(&rep);
    int rc = write_page(dir, "index.html", &rep, (size_t)-1, err, errlen);
    for (size_t d = 0; rc == 0 && d < rep.ndrivers; d++)
        rc = write_page(dir, rep.drivers[d].page, &rep, d, err, errlen);
    for (size_t d = 0; d < rep.ndrivers; d++) free(rep.drivers[d].page);
    free(rep.drivers);
    free(rep.shown);
    free(rep.driver_of);
    return rc;
}
