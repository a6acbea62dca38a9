/* The at-a-glance text output of pooltrack-confirm. */
#include <string.h>
#include "confirm.h"

static const char *status_label(const char *s)
{
    if (s == NULL)
        return "?";
    if (strcmp(s, "confirmed") == 0)
        return "CONFIRMED     ";
    if (strcmp(s, "not_reproduced") == 0)
        return "not reproduced";
    return "RUNTIME ONLY  ";
}

static void print_result(FILE *out, const cJSON *res)
{
    const cJSON *props = cJSON_GetObjectItemCaseSensitive(res, "properties");
    const cJSON *loc = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(res, "locations"), 0);
    const cJSON *phys = cJSON_GetObjectItemCaseSensitive(loc, "physicalLocation");
    const cJSON *uri = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(phys, "artifactLocation"), "uri");
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(phys, "region"), "startLine");
    const cJSON *rule = cJSON_GetObjectItemCaseSensitive(res, "ruleId");
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(props, "pooltrackRuntime");
    const cJSON *n = cJSON_GetObjectItemCaseSensitive(props, "pooltrackRuntimeCount");
    fprintf(out, "%s  %-8s %s:%d", status_label(cJSON_IsString(st) ? st->valuestring : NULL),
            cJSON_IsString(rule) ? rule->valuestring : "-",
            cJSON_IsString(uri) ? uri->valuestring : "?", cJSON_IsNumber(line) ? line->valueint : 0);
    if (cJSON_IsNumber(n) && n->valueint > 0)
        fprintf(out, "  (%d runtime event%s)", n->valueint, n->valueint == 1 ? "" : "s");
    fputc('\n', out);
}

void pt_confirm_print_text(FILE *out, const cJSON *sarif, const struct pt_confirm_stats *st)
{
    const cJSON *run, *res;
    cJSON_ArrayForEach(run, cJSON_GetObjectItemCaseSensitive(sarif, "runs"))
        cJSON_ArrayForEach(res, cJSON_GetObjectItemCaseSensitive(run, "results"))
            print_result(out, res);
    fprintf(out, "%zu static result(s): %zu confirmed, %zu not reproduced; "
                 "%zu runtime-only result(s) added from %zu runtime event(s)\n",
            st->results, st->confirmed, st->not_reproduced, st->runtime_only, st->events);
}
