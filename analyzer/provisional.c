/* PROVISIONAL stand-ins until the compdb and output branches land. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>
#include "compdb.h"
#include "output.h"
#include "util.h"

static const char *rel(const char *f, const char *root)
{
    size_t n = root ? strlen(root) : 0;
    if (n && strncmp(f, root, n) == 0 && f[n] == '/') return f + n + 1;
    return f;
}
void pt_fingerprint(const struct pt_finding *f, char out[33]) { snprintf(out, 33, "%08x", (unsigned)strlen(f->fingerprint_key)); }
int pt_output_write(FILE *out, const struct pt_results *r, const struct pt_output_opts *o)
{
    if (o->format == PT_FMT_JSON) {
        cJSON *root = cJSON_CreateObject(), *arr = cJSON_AddArrayToObject(root, "findings");
        for (size_t i = 0; i < r->nfindings; i++) {
            const struct pt_finding *f = &r->findings[i];
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "rule", f->rule_id);
            cJSON_AddStringToObject(j, "file", rel(f->loc.file, o->srcroot));
            cJSON_AddNumberToObject(j, "line", f->loc.line);
            cJSON_AddNumberToObject(j, "column", f->loc.col);
            cJSON_AddStringToObject(j, "message", f->message);
            cJSON_AddItemToArray(arr, j);
        }
        cJSON *na = cJSON_AddArrayToObject(root, "notifications");
        for (size_t i = 0; i < r->nnotes; i++) {
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "message", r->notes[i].message);
            cJSON_AddItemToArray(na, j);
        }
        char *s = cJSON_Print(root);
        fputs(s, out); fputs("\n", out);
        free(s); cJSON_Delete(root);
        return 0;
    }
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_finding *f = &r->findings[i];
        fprintf(out, "%s:%u:%u: %s: %s [%s]\n", rel(f->loc.file, o->srcroot), f->loc.line, f->loc.col,
                pt_level_name(f->level), f->message, f->rule_id);
        for (size_t k = 0; k < f->nsteps; k++)
            fprintf(out, "%s:%u:%u: note: %s\n", rel(f->steps[k].loc.file, o->srcroot), f->steps[k].loc.line,
                    f->steps[k].loc.col, f->steps[k].message);
    }
    for (size_t i = 0; i < r->nnotes; i++)
        if (r->notes[i].level != PT_ERROR) fprintf(out, "%s:%u: %s: %s\n", r->notes[i].file ? r->notes[i].file : "pooltrack", r->notes[i].line,
                pt_level_name(r->notes[i].level), r->notes[i].message);
    return 0;
}
int pt_output_write_file(const char *path, const struct pt_results *r, const struct pt_output_opts *o, char *err, size_t errlen)
{
    FILE *f = fopen(path, "w");
    if (!f) { snprintf(err, errlen, "cannot write %s", path); return -1; }
    pt_output_write(f, r, o); fclose(f); return 0;
}
