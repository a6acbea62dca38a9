/* Small helpers every module uses: checked allocation, growable arrays, strings. */
#ifndef PT_UTIL_H
#define PT_UTIL_H
#include <stdarg.h>
#include <stddef.h>

/* The one way library code ends the process (out of memory, an internal
 * error it cannot report otherwise): the message goes to stderr as one line,
 * then the hook a program's main installed ends it with code (each main
 * exits, so the documented exit codes hold: 3 is an internal error). Without
 * a hook the process aborts. Library code never calls exit() itself. */
typedef void (*pt_fatal_hook)(int code);
void pt_set_fatal_hook(pt_fatal_hook hook);
_Noreturn void pt_fatal(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void *pt_xmalloc(size_t n);
void *pt_xcalloc(size_t n, size_t size);
void *pt_xrealloc(void *p, size_t n);
char *pt_strdup(const char *s);
/* realpath(), or the path made absolute when it does not exist; to free. */
char *pt_canonical_path(const char *p);
char *pt_strndup(const char *s, size_t n);
char *pt_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *pt_vasprintf(const char *fmt, va_list ap);
/* Control characters (line breaks from user data) become spaces: an error stays one line. */
void pt_one_line(char *s);
/* A new folder $TMPDIR/pooltrack-NAME-XXXXXX (or under /tmp); NULL on failure.
 * The process remembers it: should a signal end the run (workers.c), every
 * such folder still there is removed first. */
char *pt_make_tmpdir(const char *name);
/* Removes every folder pt_make_tmpdir made in this process that still exists. */
void pt_remove_tmpdirs(void);
/* Removes path and everything under it, never following a symbolic link;
 * 0, or -1 when something could not be removed. */
int pt_remove_tree(const char *path);
/* A worker's own scratch folder (workers.c makes it and removes it after the
 * worker ends, however it ends): temp files of the worker go there. NULL
 * outside a worker. */
const char *pt_scratch_dir(void);
void pt_set_scratch_dir(const char *dir);
struct stat;
/* A file's modification time in nanoseconds. */
long long pt_mtime_ns(const struct stat *st);

/* Grow array v (count n, capacity cap) so that one more element fits. */
#define PT_GROW(v, n, cap)                                                       \
    do {                                                                         \
        if ((n) >= (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 8;                                       \
            (v) = pt_xrealloc((v), (cap) * sizeof *(v));                         \
        }                                                                        \
    } while (0)

#endif
