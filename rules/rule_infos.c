/* The rules' metadata, from the catalogue (rule_catalogue.def). */
#include "rule_info.h"
#include <string.h>

static const struct pt_rule_info infos[] = {
#define PT_RULE(id, name, level, on_event, on_finish, kinds, summary, explain) {#id, name, summary, explain, level},
#include "rule_catalogue.def"
#undef PT_RULE
};

const struct pt_rule_info *pt_rule_infos(size_t *count)
{
    *count = sizeof infos / sizeof infos[0];
    return infos;
}

const struct pt_rule_info *pt_rule_info_find(const char *id)
{
    for (size_t i = 0; i < sizeof infos / sizeof infos[0]; i++)
        if (strcmp(infos[i].id, id) == 0 || strcmp(infos[i].name, id) == 0)
            return &infos[i];
    return NULL;
}
