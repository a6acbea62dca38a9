/* Static metadata of the rules: what --list-rules, --explain and SARIF's
 * tool.driver.rules print. The reporting logic lives in rules/ptNNN_*.c. */
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

/* All rules in catalogue order. */
const struct pt_rule_info *pt_rule_infos(size_t *count);
const struct pt_rule_info *pt_rule_info_find(const char *id);

#endif
