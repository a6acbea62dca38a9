/* --checks and --explain: rules named by id or name, any case, with
 * shell wildcards in --checks. */
#ifndef PT_CHECKS_H
#define PT_CHECKS_H
#include <stddef.h>
#include "rule_info.h"

/* A rule by id or name, case ignored ("pt004", "Tag-Mismatch"); NULL if none. */
const struct pt_rule_info *pt_rule_lookup(const char *text);
/* "PT00*,-PT007": enabled[] by catalogue index. With any entry that is not
 * negated the run starts from no rule, else from all; then the entries apply
 * left to right, so a later one wins ("PT00*,-PT007": PT001-PT009 but PT007;
 * "-PT00*,PT005": only PT005). An entry that matches no rule is an error:
 * 0, or -1 with that entry in bad. */
int pt_checks_parse(const char *list, unsigned char *enabled, char *bad, size_t badlen);
#endif
