/* Just enough MSBuild to read a driver's .vcxproj: properties, conditions,
 * imports of .props files, item definitions and ClCompile items. */
#ifndef PT_MSBUILD_H
#define PT_MSBUILD_H
#include <stddef.h>

struct pt_props {              /* name -> value, later definitions win */
    char **names, **values;
    size_t n, cap;
};

const char *pt_props_get(const struct pt_props *p, const char *name);
void pt_props_set(struct pt_props *p, const char *name, const char *value);
void pt_props_free(struct pt_props *p);
/* $(Name) expanded from props (unknown names stay as written, so paths that
 * name an absent WDK do not exist); %(Name) from meta when given. */
char *pt_msb_expand(const char *s, const struct pt_props *props, const struct pt_props *meta);
/* Evaluates an MSBuild Condition ('a'=='b', !=, and, or, !, Exists(), parentheses). */
int pt_msb_condition(const char *cond, const struct pt_props *props);

#endif
