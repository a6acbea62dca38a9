/* Just enough MSBuild to read a driver's .vcxproj: properties, conditions,
 * imports of .props files, item definitions and ClCompile items. A hostile
 * repository writes these files, so every evaluation is bounded (struct
 * pt_msb): a value's length, the project's total expansion, the nesting of a
 * condition. */
#ifndef PT_MSBUILD_H
#define PT_MSBUILD_H
#include <stddef.h>

struct pt_props {              /* name -> value, case-insensitive names */
    char **names, **values;
    size_t n, cap;
    size_t *slots, nslots;     /* hash index into names: 1 + i, 0 = empty */
};

const char *pt_props_get(const struct pt_props *p, const char *name);
void pt_props_set(struct pt_props *p, const char *name, const char *value);
void pt_props_free(struct pt_props *p);

#define PT_MSB_VALUE_MAX ((size_t)64 << 10)     /* one expanded value */
#define PT_MSB_BUDGET ((size_t)64 << 20)        /* all expansion of one project */
#define PT_MSB_COND_DEPTH 64                    /* ( and ! in one Condition */

/* One project's evaluation. Once a limit is hit, error says which and every
 * later expansion is empty: the caller stops and drops the project. */
struct pt_msb {
    struct pt_props props;
    int use_env;               /* --msbuild-env: undefined $(X) from the environment */
    struct pt_props *env_noted;   /* names already noted as not taken (run-wide), may be NULL */
    const char *what;          /* what is being evaluated, for the error: "property X" */
    size_t budget;             /* bytes of expansion left */
    char error[512];
};

void pt_msb_init(struct pt_msb *m, int use_env, struct pt_props *env_noted);
void pt_msb_free(struct pt_msb *m);
/* $(Name) expanded from the properties; undefined names stay as written (so
 * paths that name an absent WDK do not exist), unless the environment has
 * them: then their value with use_env, else empty and a note once per name.
 * %(Name) from meta when given. Never NULL; "" once m->error is set. */
char *pt_msb_expand(struct pt_msb *m, const char *s, const struct pt_props *meta);
/* Evaluates an MSBuild Condition ('a'=='b', !=, and, or, !, Exists(), parentheses). */
int pt_msb_condition(struct pt_msb *m, const char *cond);

/* One line on stderr after "pooltrack-compdb: ": a path or name from the
 * repository may hold a newline, which would forge a line of its own, so
 * control characters are shown as '?'. */
void pt_msb_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
