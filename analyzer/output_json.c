/* JSON output: the findings and notifications as plain objects (cJSON). */
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "baseline.h"
#include "json_write.h"
#include "output_internal.h"
#include "rule_info.h"

static cJSON *place(const struct pt_loc *l, const struct pt_output_opts *o)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "file", pt_display_path(l->file, o->srcroot));
    cJSON_AddNumberToObject(j, "line", l->line);
    cJSON_AddNumberToObject(j, "column", l->col);
    return j;
}

/* The same edits SARIF's fixes carry, flat: file, 1-based start and the
 * column after the end, byte offset and length, and the new text. */
static cJSON *fix_json(const struct pt_fix *fix, const struct pt_output_opts *o)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "description", fix->description);
    cJSON *edits = cJSON_AddArrayToObject(j, "edits");
    for (size_t i = 0; i < fix->nedits; i++) {
        const struct pt_edit *e = &fix->edits[i];
        cJSON *x = cJSON_CreateObject();
        cJSON_AddStringToObject(x, "file", pt_display_path(e->file, o->srcroot));
        cJSON_AddNumberToObject(x, "line", e->line);
        cJSON_AddNumberToObject(x, "column", e->col);
        cJSON_AddNumberToObject(x, "end_line", e->end_line);
        cJSON_AddNumberToObject(x, "end_column", e->end_col);
        cJSON_AddNumberToObject(x, "offset", (double)e->offset);
        cJSON_AddNumberToObject(x, "length", (double)e->length);
        cJSON_AddStringToObject(x, "text", e->text);
        cJSON_AddItemToArray(edits, x);
    }
    return j;
}

int pt_output_json(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *tool = cJSON_AddObjectToObject(root, "tool");
    cJSON_AddStringToObject(tool, "name", "pooltrack");
    cJSON_AddStringToObject(tool, "version", PT_VERSION);
    cJSON *arr = cJSON_AddArrayToObject(root, "findings");
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        if (f->baseline == PT_BASELINE_UNCHANGED) continue;   /* --baseline: only what is new */
        const struct pt_rule_info *info = pt_rule_info_find(f->rule_id);
        cJSON *j = place(&f->loc, o);
        cJSON_AddStringToObject(j, "rule", f->rule_id);
        cJSON_AddStringToObject(j, "name", info ? info->name : "");
        cJSON_AddStringToObject(j, "level", pt_level_name(f->level));
        if (f->function) cJSON_AddStringToObject(j, "function", f->function);
        const char *family = f->family;
        if (family) cJSON_AddStringToObject(j, "family", family);
        cJSON_AddStringToObject(j, "message", f->message);
        if (f->suppressed) {
            cJSON_AddTrueToObject(j, "suppressed");
            cJSON_AddStringToObject(j, "suppression_reason", f->suppression_reason);
        }
        char fp[33];
        pt_fingerprint(f, fp);
        cJSON_AddStringToObject(j, "fingerprint", fp);
        cJSON *path = cJSON_AddArrayToObject(j, "path");
        for (size_t k = 0; k < f->nsteps; k++) {
            cJSON *s = place(&f->steps[k].loc, o);
            cJSON_AddStringToObject(s, "message", f->steps[k].message);
            cJSON_AddItemToArray(path, s);
        }
        if (f->fix) {
            cJSON *fixes = cJSON_AddArrayToObject(j, "fixes");
            cJSON_AddItemToArray(fixes, fix_json(f->fix, o));
        }
        cJSON_AddItemToArray(arr, j);
    }
    if (o->baseline) {
        cJSON *b = cJSON_AddObjectToObject(root, "baseline");
        cJSON_AddStringToObject(b, "file", o->baseline->path);
        cJSON_AddNumberToObject(b, "new", (double)o->baseline->new_count);
        cJSON_AddNumberToObject(b, "unchanged", (double)o->baseline->unchanged);
        cJSON_AddNumberToObject(b, "absent", (double)o->baseline->absent);
    }
    cJSON *notes = cJSON_AddArrayToObject(root, "notifications");
    for (size_t i = 0; i < r->nnotes; i++) {
        const struct pt_notification *n = &r->notes[i];
        cJSON *j = cJSON_CreateObject();
        cJSON_AddStringToObject(j, "level", pt_level_name(n->level));
        cJSON_AddStringToObject(j, "file", n->file ? pt_display_path(n->file, o->srcroot) : "");
        cJSON_AddNumberToObject(j, "line", n->line);
        cJSON_AddStringToObject(j, "message", n->message);
        cJSON_AddItemToArray(notes, j);
    }
    if (o->coverage) cJSON_AddItemToObject(root, "coverage", pt_coverage_json(o->coverage));
    int rc = pt_write_json(out, root);
    cJSON_Delete(root);
    return rc;
}
