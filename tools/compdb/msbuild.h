/* Just enough MSBuild to read a driver's .vcxproj: properties (global ones
 * read-only), property functions, conditions, imports of .props files, item
 * definitions and ClCompile items. A hostile repository writes these files,
 * so every evaluation is bounded (struct pt_msb): a value's length, the
 * project's total expansion, the nesting of a condition and of property
 * functions, the file-system look-ups. */
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
#define PT_MSB_FUNC_DEPTH 16                    /* property functions inside arguments */
#define PT_MSB_PROBES_MAX 100000                /* Exists(), GetPathOfFileAbove... steps per project */

/* One project's evaluation. Once a limit is hit, error says which and every
 * later expansion is empty: the caller stops and drops the project. */
struct pt_msb {
    struct pt_props props;
    struct pt_props globals;   /* Configuration, Platform: read-only, as MSBuild's global properties */
    struct pt_props local_ok;  /* TreatAsLocalProperty: globals the project may set after all */
    int use_env;               /* --msbuild-env: undefined $(X) from the environment */
    struct pt_props *env_noted;   /* names already noted as not taken (run-wide), may be NULL */
    struct pt_props *fn_noted;    /* property functions already noted as not evaluated (run-wide), may be NULL */
    const char *project;       /* the project as named, for notes */
    const char *what;          /* what is being evaluated, for the error: "property X" */
    const char *base_dir;      /* relative paths of Exists() and path functions: a folder with '/' */
    size_t budget;             /* bytes of expansion left */
    size_t probes;             /* file-system look-ups left */
    int depth;                 /* property functions being evaluated */
    char error[512];
};

void pt_msb_init(struct pt_msb *m, int use_env, struct pt_props *env_noted);
void pt_msb_free(struct pt_msb *m);
/* A property's value: global properties first, then the project's, then
 * (undefined) the environment as use_env says; NULL when none has it. */
const char *pt_msb_get(struct pt_msb *m, const char *name);
/* Sets a property unless it is global (and not TreatAsLocalProperty). */
void pt_msb_set(struct pt_msb *m, const char *name, const char *value);
/* $(Name) and property functions $(Name.Method(...)), $([Class]::Method(...))
 * expanded; undefined names and item lists @(...) expand to nothing, as in
 * MSBuild; %(Name) from meta when given. Never NULL; "" once m->error is set. */
char *pt_msb_expand(struct pt_msb *m, const char *s, const struct pt_props *meta);
/* Evaluates an MSBuild Condition ('a'=='b', !=, <, >, <=, >=, and, or, !,
 * Exists(), HasTrailingSlash(), parentheses). */
int pt_msb_condition(struct pt_msb *m, const char *cond);

/* Property functions (msbuild_functions.c). s/n is what is inside $( ):
 * "Name.Method('a')" or "[Class]::Method(...)". Returns the value (malloc'd),
 * or NULL after m->error was set. Unknown functions are "" with a note. */
char *pt_msb_function(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta);
/* Internal to the evaluator, shared with the functions: a substring expanded
 * (NULL after m->error), a file-system look-up counted (0 when past the limit). */
char *pt_msb_expand_n(struct pt_msb *m, const char *s, size_t n, const struct pt_props *meta);
int pt_msb_probe(struct pt_msb *m);
/* A path of the project (backslashes, relative to base_dir) as a local path. */
char *pt_msb_local_path(struct pt_msb *m, const char *s);

/* One line on stderr after "pooltrack-compdb: ": a path or name from the
 * repository may hold a newline, which would forge a line of its own, so
 * control characters are shown as '?'. */
void pt_msb_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
