/* Static metadata of the rules: what --list-rules, --explain and SARIF's
 * tool.driver.rules print, from the catalogue (rule_catalogue.def). The
 * reporting logic lives in rules/ptNNN_*.c. */
#ifndef PT_RULE_INFO_H
#define PT_RULE_INFO_H
#include <stddef.h>
#include "finding.h"

struct pt_rule_info {
    const char *id;        /* "PT004" */
    const char *name;      /* "tag-mismatch" */
    const char *summary;   /* one line: --list-rules, SARIF shortDescription */
    const char *explain;   /* paragraphs: what, the bug check it prevents, how to fix */
    enum pt_level level;   /* default level */
};

/* PT_RULE_INDEX_PT004: a rule's index in the catalogue; PT_RULE_COUNT: how
 * many rules (sizes arrays indexed like pt_rule_infos). An id listed twice
 * does not compile. */
enum {
#define PT_RULE(id, name, level, on_event, on_finish, kinds, summary, explain) PT_RULE_INDEX_##id,
#include "rule_catalogue.def"
#undef PT_RULE
    PT_RULE_COUNT
};

/* A rule's id as the string "PT004", for pt_report & co.; an id that is not
 * in the catalogue does not compile. */
#define PT_RULE_ID(id) ((void)PT_RULE_INDEX_##id, #id)

/* All rules in catalogue order; *count is PT_RULE_COUNT. */
const struct pt_rule_info *pt_rule_infos(size_t *count);
const struct pt_rule_info *pt_rule_info_find(const char *id);

#endif
