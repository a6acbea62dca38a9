/* --export-fixes: clang-tidy's YAML (MainSourceFile, Diagnostics with
 * DiagnosticMessage and Replacements: FilePath, Offset, Length,
 * ReplacementText), so clang-apply-replacements and editors that read
 * clang-tidy's fixes apply pooltrack's. The edits are the ones --fix makes. */
#include <stdlib.h>
#include <string.h>
#include "fixes.h"
#include "safe_io.h"

/* A single-quoted YAML scalar: only ' needs escaping (doubled). */
static void yaml_str(FILE *out, const char *s)
{
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'') fputc('\'', out);
        if (*s == '\n') fputs("\n\n", out);   /* a newline in a flow scalar is a blank line */
        else fputc(*s, out);
    }
    fputc('\'', out);
}

static int selected(const struct pt_edit *const *v, size_t n, const struct pt_edit *e)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == e) return 1;
    return 0;
}

int pt_fixes_export(const char *path, const struct pt_results *r, const char *srcroot, char *err, size_t errlen)
{
    size_t n;
    const struct pt_edit **v = pt_fixes_selected(r, srcroot, NULL, &n);
    struct pt_atomic a;
    if (pt_atomic_open(&a, path, 0666, err, errlen) != 0) {
        free(v);
        return -1;
    }
    FILE *out = a.f;
    fputs("---\nMainSourceFile:  ", out);
    yaml_str(out, n ? v[0]->file : "");
    fputs("\nDiagnostics:", out);
    int any = 0;
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        if (!f->fix || !f->fix->nedits || !selected(v, n, &f->fix->edits[0])) continue;
        fputs("\n  - DiagnosticName:  ", out);
        yaml_str(out, f->rule_id);
        fputs("\n    DiagnosticMessage:\n      Message:         ", out);
        yaml_str(out, f->message);
        fputs("\n      FilePath:        ", out);
        yaml_str(out, f->loc.file);
        fprintf(out, "\n      FileOffset:      %zu\n      Replacements:", f->fix->edits[0].offset);
        for (size_t k = 0; k < f->fix->nedits; k++) {
            const struct pt_edit *e = &f->fix->edits[k];
            fputs("\n        - FilePath:        ", out);
            yaml_str(out, e->file);
            fprintf(out, "\n          Offset:          %zu\n          Length:          %zu\n"
                    "          ReplacementText: ", e->offset, e->length);
            yaml_str(out, e->text);
        }
        fprintf(out, "\n    Level:           %s", f->level == PT_ERROR ? "Error" : "Warning");
        any = 1;
    }
    fputs(any ? "\n...\n" : " []\n...\n", out);
    free(v);
    return pt_atomic_commit(&a, err, errlen);
}
