/* How much of the code the run path-analysed, for every output (the interface: coverage.h). */
#include "coverage.h"
#include <cjson/cJSON.h>

double pt_coverage_percent(const struct pt_coverage *c)
{
    if (!c->functions) return 100.0;
    return 100.0 * (c->functions - c->functions_with_errors) / c->functions;
}

int pt_coverage_complete(const struct pt_coverage *c)
{
    return !c->tus_with_errors && !c->tus_not_analysed && !c->functions_with_errors;
}

void pt_coverage_print(FILE *out, const struct pt_coverage *c)
{
    /* the share is rounded down: 99.6% of functions is not "100%" */
    fprintf(out, "pooltrack: %u of %u function(s) path-analysed (%d%%)", c->functions - c->functions_with_errors,
            c->functions, (int)pt_coverage_percent(c));
    if (c->functions_with_errors)
        fprintf(out, "; %u not, for parse errors", c->functions_with_errors);
    if (c->functions_partly)
        fprintf(out, "; %u only partly (path budget)", c->functions_partly);
    fprintf(out, "; %u file(s)", c->tus);
    if (c->tus_with_errors) fprintf(out, ", %u with parse errors", c->tus_with_errors);
    if (c->tus_not_analysed) fprintf(out, ", %u not analysed at all", c->tus_not_analysed);
    fputc('\n', out);
}

cJSON *pt_coverage_json(const struct pt_coverage *c)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "files", c->tus);
    cJSON_AddNumberToObject(o, "files_with_parse_errors", c->tus_with_errors);
    cJSON_AddNumberToObject(o, "files_not_analysed", c->tus_not_analysed);
    cJSON_AddNumberToObject(o, "functions", c->functions);
    cJSON_AddNumberToObject(o, "functions_path_analysed", c->functions - c->functions_with_errors);
    cJSON_AddNumberToObject(o, "functions_with_parse_errors", c->functions_with_errors);
    cJSON_AddNumberToObject(o, "functions_at_path_budget", c->functions_partly);
    cJSON_AddNumberToObject(o, "percent_path_analysed", (int)pt_coverage_percent(c));
    return o;
}
