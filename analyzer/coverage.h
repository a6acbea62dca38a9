/* Coverage as a result: how much of the code the run really path-analysed.
 * Every output says it (text summary line, JSON "coverage", SARIF invocation
 * properties and executionSuccessful), and --min-coverage judges it. */
#ifndef PT_COVERAGE_H
#define PT_COVERAGE_H
#include <stdio.h>

struct cJSON;

struct pt_coverage {
    unsigned tus;                    /* files of the run */
    unsigned tus_with_errors;        /* parsed, with clang errors */
    unsigned tus_not_analysed;       /* no unit at all (crash, budget, unreadable) */
    unsigned functions;              /* function bodies seen */
    unsigned functions_with_errors;  /* not path-analysed */
    unsigned functions_partly;       /* path-analysed until the path budget: some paths not */
};

/* Share of the functions seen that were path-analysed, 0..100 (100 with none). */
double pt_coverage_percent(const struct pt_coverage *c);
/* Nothing lost: every file parsed, without errors. */
int pt_coverage_complete(const struct pt_coverage *c);
/* "pooltrack: 822 of 1923 functions path-analysed (43%); ..." and a newline. */
void pt_coverage_print(FILE *out, const struct pt_coverage *c);
/* {"functions":..,"functions_path_analysed":..,"percent":..,...} */
struct cJSON *pt_coverage_json(const struct pt_coverage *c);
#endif
