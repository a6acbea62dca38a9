/* Collection of findings and notifications, with deterministic ordering. */
#include "finding.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

const char *pt_level_name(enum pt_level level)
{
    switch (level) {
    case PT_NOTE: return "note";
    case PT_WARNING: return "warning";
    case PT_ERROR: return "error";
    }
    return "warning";
}

void pt_results_add_finding(struct pt_results *r, struct pt_finding *f)
{
    PT_GROW(r->findings, r->nfindings, r->cap_findings);
    r->findings[r->nfindings++] = *f;
    memset(f, 0, sizeof *f);
}

void pt_results_add_note(struct pt_results *r, enum pt_level level, const char *file,
                         unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = pt_vasprintf(fmt, ap);
    va_end(ap);
    PT_GROW(r->notes, r->nnotes, r->cap_notes);
    struct pt_notification *n = &r->notes[r->nnotes++];
    n->level = level;
    n->file = file ? pt_strdup(file) : NULL;
    n->line = line;
    n->message = msg;
}

static int cmp_str(const char *a, const char *b)
{
    if (!a || !b) return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static int cmp_finding(const void *pa, const void *pb)
{
    const struct pt_finding *a = pa, *b = pb;
    int c = cmp_str(a->loc.file, b->loc.file);
    if (c) return c;
    if (a->loc.line != b->loc.line) return a->loc.line < b->loc.line ? -1 : 1;
    if (a->loc.col != b->loc.col) return a->loc.col < b->loc.col ? -1 : 1;
    if ((c = strcmp(a->rule_id, b->rule_id))) return c;
    return cmp_str(a->message, b->message);
}

static int cmp_note(const void *pa, const void *pb)
{
    const struct pt_notification *a = pa, *b = pb;
    int c = cmp_str(a->file, b->file);
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return cmp_str(a->message, b->message);
}

void pt_results_finish(struct pt_results *r)
{
    if (r->nfindings)
        qsort(r->findings, r->nfindings, sizeof *r->findings, cmp_finding);
    size_t out = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        if (out && cmp_finding(&r->findings[out - 1], &r->findings[i]) == 0) {
            pt_finding_free(&r->findings[i]);
            continue;
        }
        r->findings[out++] = r->findings[i];
    }
    r->nfindings = out;
    if (r->nnotes)
        qsort(r->notes, r->nnotes, sizeof *r->notes, cmp_note);
    out = 0;
    for (size_t i = 0; i < r->nnotes; i++) {
        if (out && cmp_note(&r->notes[out - 1], &r->notes[i]) == 0) {
            free(r->notes[i].file);
            free(r->notes[i].message);
            continue;
        }
        r->notes[out++] = r->notes[i];
    }
    r->nnotes = out;
}

void pt_finding_free(struct pt_finding *f)
{
    free(f->loc.file);
    free(f->function);
    free(f->message);
    for (size_t i = 0; i < f->nsteps; i++) {
        free(f->steps[i].loc.file);
        free(f->steps[i].message);
    }
    free(f->steps);
    free(f->fingerprint_key);
    free(f->suppression_reason);
    for (size_t i = 0; i < f->nrelated; i++) {
        free(f->related[i].loc.file);
        free(f->related[i].message);
    }
    free(f->related);
    free(f->hint.call);
    free(f->hint.text);
    free(f->hint.callee);
    free(f->hint.from.file);
    if (f->fix) {
        for (size_t i = 0; i < f->fix->nedits; i++) {
            free(f->fix->edits[i].file);
            free(f->fix->edits[i].text);
        }
        free(f->fix->edits);
        free(f->fix->description);
        free(f->fix);
    }
    memset(f, 0, sizeof *f);
}

void pt_finding_relate(struct pt_finding *f, const char *file, unsigned line, unsigned col, const char *msg)
{
    f->related = pt_xrealloc(f->related, (f->nrelated + 1) * sizeof *f->related);
    f->related[f->nrelated].loc.file = pt_strdup(file ? file : "");
    f->related[f->nrelated].loc.line = line;
    f->related[f->nrelated].loc.col = col;
    f->related[f->nrelated].message = pt_strdup(msg);
    f->nrelated++;
}

void pt_results_truncate(struct pt_results *r, size_t nf, size_t nn)
{
    while (r->nfindings > nf) pt_finding_free(&r->findings[--r->nfindings]);
    while (r->nnotes > nn) {
        r->nnotes--;
        free(r->notes[r->nnotes].file);
        free(r->notes[r->nnotes].message);
    }
}

void pt_results_free(struct pt_results *r)
{
    for (size_t i = 0; i < r->nfindings; i++)
        pt_finding_free(&r->findings[i]);
    free(r->findings);
    for (size_t i = 0; i < r->nnotes; i++) {
        free(r->notes[i].file);
        free(r->notes[i].message);
    }
    free(r->notes);
    memset(r, 0, sizeof *r);
}
