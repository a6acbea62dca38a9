/* Visual Studio's Error List and MSBuild logs read the canonical form
 * `file(line,col): warning CODE: text` (MSBuild's CanonicalError); a path
 * step is a `file(line,col): note: text` line, which that form skips. Only
 * "error" and "warning" are categories there: a finding at level note is
 * written as a warning. */
#include <stdlib.h>
#include "baseline.h"
#include "output_internal.h"

static void origin(FILE *out, const struct pt_output_opts *o, const struct pt_loc *l)
{
    char *path = pt_printable(pt_display_path(l->file ? l->file : "", o->srcroot));
    if (l->line && l->col) fprintf(out, "%s(%u,%u)", path, l->line, l->col);
    else if (l->line) fprintf(out, "%s(%u)", path, l->line);
    else fputs(path, out);
    free(path);
}

int pt_output_msvc(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        if (f->suppressed || f->baseline == PT_BASELINE_UNCHANGED) continue;
        origin(out, o, &f->loc);
        fprintf(out, ": %s %s: ", f->level == PT_ERROR ? "error" : "warning", f->rule_id);
        pt_fputs_printable(out, f->message);
        fputc('\n', out);
        for (size_t k = 0; k < f->nsteps; k++) {
            origin(out, o, &f->steps[k].loc);
            fputs(": note: ", out);
            pt_fputs_printable(out, f->steps[k].message);
            fputc('\n', out);
        }
    }
    return ferror(out) ? -1 : 0;
}
