/* The at-a-glance text output of pooltrack-confirm. */
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "output.h"

static const char *status_label(const char *s)
{
    if (s == NULL)
        return "?";
    if (strcmp(s, "confirmed") == 0)
        return "CONFIRMED     ";
    if (strcmp(s, "not_reproduced") == 0)
        return "not reproduced";
    if (strcmp(s, "ambiguous") == 0)
        return "AMBIGUOUS     ";
    if (strcmp(s, "executed") == 0)
        return "executed      ";
    return "RUNTIME ONLY  ";
}

static const char *str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int num(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsNumber(v) ? v->valueint : 0;
}

/* Names, rules and wordings come from the SARIF and the runtime log, which a
 * hostile repository may have written: escaped (output.h pt_printable) so
 * that no ESC sequence or CR reaches the terminal. */
static void put(FILE *out, const char *fmt, const char *text)
{
    char *p = pt_printable(text);
    fprintf(out, fmt, p);
    free(p);
}

/* file:line, or the function for a result the verifier located by symbol. */
static void print_where(FILE *out, const cJSON *loc)
{
    const cJSON *phys = cJSON_GetObjectItemCaseSensitive(loc, "physicalLocation");
    const char *uri = str(cJSON_GetObjectItemCaseSensitive(phys, "artifactLocation"), "uri");
    const cJSON *ll = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(loc, "logicalLocations"), 0);
    if (uri != NULL) {
        put(out, "%s", uri);
        fprintf(out, ":%d", num(cJSON_GetObjectItemCaseSensitive(phys, "region"), "startLine"));
    } else {
        put(out, "%s", str(ll, "fullyQualifiedName") ? str(ll, "fullyQualifiedName")
                       : str(ll, "name") ? str(ll, "name") : "?");
    }
}

static void print_result(FILE *out, const cJSON *res)
{
    const cJSON *props = cJSON_GetObjectItemCaseSensitive(res, "properties");
    const char *rule = str(res, "ruleId"), *match = str(props, "pooltrackVerifierMatch");
    int n = num(props, "pooltrackRuntimeCount"), v = num(props, "pooltrackVerifierCount");
    fprintf(out, "%s  ", status_label(str(props, "pooltrackRuntime")));
    put(out, "%-8s ", rule ? rule : "-");
    print_where(out, cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(res, "locations"), 0));
    if (n > 0)
        fprintf(out, "  (%d runtime event%s)", n, n == 1 ? "" : "s");
    if (v > 0) {
        fprintf(out, "  (%d verifier record%s", v, v == 1 ? "" : "s");
        if (match)
            put(out, "; %s", match);
        fputc(')', out);
    }
    fputc('\n', out);
}

void pt_confirm_print_text(FILE *out, const cJSON *sarif, const struct pt_confirm_stats *st)
{
    const cJSON *run, *res;
    cJSON_ArrayForEach(run, cJSON_GetObjectItemCaseSensitive(sarif, "runs"))
        cJSON_ArrayForEach(res, cJSON_GetObjectItemCaseSensitive(run, "results"))
            print_result(out, res);
    fprintf(out, "%zu static result(s): %zu confirmed, ", st->results, st->confirmed);
    if (st->ambiguous)
        fprintf(out, "%zu ambiguous, ", st->ambiguous);
    if (st->executed)
        fprintf(out, "%zu executed, ", st->executed);
    fprintf(out, "%zu not reproduced; %zu runtime-only result(s) added from %zu runtime event(s)",
            st->not_reproduced, st->runtime_only, st->events);
    if (st->verifier_records)
        fprintf(out, " and %zu verifier record(s), %zu of them matched", st->verifier_records,
                st->verifier_matched);
    if (st->verifier_other)
        fprintf(out, "; %zu record(s) of other drivers skipped", st->verifier_other);
    fputc('\n', out);
}
