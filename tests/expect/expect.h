/* The expectation runner: expected findings come from `// expect:` comments in a
 * test case's sources, actual ones from one pooltrack-analyze run in JSON. */
#ifndef PT_EXPECT_H
#define PT_EXPECT_H
#include <stddef.h>

/* One (file, line, rule) triple; file is relative to the case directory. */
struct ex_item {
    char *file;
    unsigned line;
    char *rule;
    char *message;   /* actual findings only; NULL for expectations */
};

struct ex_set {
    struct ex_item *v;
    size_t n, cap;
};

/* The files of one case: every source/header (for expectations) and the
 * .c/.cpp files handed to the analyzer, both sorted, absolute paths. */
struct ex_case {
    char *dir;          /* absolute case directory: the --srcroot */
    char **files;       /* .c .cpp .h .hpp */
    size_t nfiles;
    char **sources;     /* .c .cpp */
    size_t nsources;
};

/* expect_case.c */
int ex_case_open(struct ex_case *c, const char *path, char *err, size_t errlen);
void ex_case_free(struct ex_case *c);
const char *ex_relpath(const struct ex_case *c, const char *abs);

/* expect_parse.c: adds the expectations of one file (rel = name in reports). */
int ex_parse_file(struct ex_set *s, const char *abs, const char *rel,
                  char *err, size_t errlen);
/* Parses the rule list after "expect...:"; exposed for the self-test. */
int ex_parse_line(struct ex_set *s, const char *line, const char *rel, unsigned lineno,
                  char *err, size_t errlen);

/* expect_run.c: runs the analyzer, fills s with its findings. Returns 0, or -1
 * with a message (exit code 2/3, crash, bad JSON). */
int ex_run_analyzer(struct ex_set *s, const char *binary, const struct ex_case *c,
                    char *err, size_t errlen);
/* Arguments given to every analyzer run before the usual ones (not copied). */
void ex_set_analyzer_args(char **args, size_t n);

/* expect_set.c */
void ex_set_add(struct ex_set *s, const char *file, unsigned line, const char *rule,
                const char *message);
void ex_set_sort_unique(struct ex_set *s);
int ex_item_cmp(const struct ex_item *a, const struct ex_item *b);
void ex_set_free(struct ex_set *s);

#endif
