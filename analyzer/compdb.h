/* Compile database: read compile_commands.json and turn each entry into the
 * arguments libclang gets. Nothing from the database is ever executed. */
#ifndef PT_COMPDB_H
#define PT_COMPDB_H
#include <stddef.h>

struct pt_tu {
    char *file;        /* absolute, normalised path of the source */
    char *directory;   /* absolute working directory of the entry */
    char *driver;      /* the driver it builds (compdb_driver.c), NULL: its directory's */
    char **args;       /* clang arguments after translation (no compiler, no source,
                          no -c/-o); project -I/-D/-include kept, made absolute */
    size_t nargs;
    int is_cxx;        /* C++ source (by extension or -x c++ / /TP) */
    char *wpp_functions; /* the project's WPP trace functions, as its build gives them
                            to tracewpp (`DEBUGP(LEVEL,MSG,...);...`), NULL: none */
    char **dropped;    /* flags removed because they cannot apply or could load
                          code (-Xclang -load, -fplugin=, -B...), for a one-line note */
    size_t ndropped;
};

struct pt_compdb {
    struct pt_tu *tus;
    size_t ntus;
    char **warnings;   /* entries skipped, one line each ("entry 3: \"file\" is not a string") */
    size_t nwarnings, cap_warnings;
    /* Left out by a file selection (select.h) but of the same project (compile
     * directory) as a selected TU: their cached units join the link, so the
     * whole-driver rules see the whole driver. */
    struct pt_tu *context;
    size_t ncontext;
};

/* path: a compile_commands.json file or a folder holding one.
 * Returns 0, or -1 with a one-line message in err (naming the file and the cause). */
int pt_compdb_load(const char *path, struct pt_compdb *out, char *err, size_t errlen);
/* A TU for a file given without a database: default flags only. */
int pt_compdb_single(const char *file, char **extra_args, size_t nextra,
                     struct pt_tu *out, char *err, size_t errlen);
/* Translate one raw argument vector (compiler first, as in "arguments") into a TU.
 * Exposed for tests. */
int pt_compdb_translate(const char *directory, const char *file, char **argv, size_t argc,
                        struct pt_tu *out, char *err, size_t errlen);
void pt_tu_free(struct pt_tu *tu);
/* The project (driver) a TU belongs to: what builds it (driver), else its
 * compile directory ("" when it has none). Functions are keyed per project
 * across files (link.c), and whole-driver rules judge a project at a time. */
static inline const char *pt_tu_project(const struct pt_tu *tu)
{
    return tu->driver ? tu->driver : tu->directory ? tu->directory : "";
}
void pt_compdb_free(struct pt_compdb *db);

#endif
