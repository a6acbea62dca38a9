/* Rule selection by name: --checks lists and --explain. */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "checks.h"
#include "util.h"

const struct pt_rule_info *pt_rule_lookup(const char *text)
{
    size_t n;
    const struct pt_rule_info *r = pt_rule_infos(&n);
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(r[i].id, text) == 0 || strcasecmp(r[i].name, text) == 0) return &r[i];
    return NULL;
}

int pt_checks_parse(const char *list, unsigned char *enabled, char *bad, size_t badlen)
{
    size_t n;
    const struct pt_rule_info *rules = pt_rule_infos(&n);
    char *copy = pt_strdup(list), *save = NULL;
    int positive = 0, rc = 0;
    for (const char *p = list; *p; p++)   /* an entry not starting with '-' */
        if ((p == list || p[-1] == ',') && *p != '-' && *p != ',') positive = 1;
    for (size_t i = 0; i < n && i < PT_RULE_COUNT; i++) enabled[i] = !positive;
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        int off = tok[0] == '-', hits = 0;
        for (size_t i = 0; i < n && i < PT_RULE_COUNT; i++)
            if (fnmatch(tok + off, rules[i].id, FNM_CASEFOLD) == 0 ||
                fnmatch(tok + off, rules[i].name, FNM_CASEFOLD) == 0) {
                enabled[i] = !off;
                hits++;
            }
        if (!hits) {
            snprintf(bad, badlen, "%s", tok);
            rc = -1;
            break;
        }
    }
    free(copy);
    return rc;
}
