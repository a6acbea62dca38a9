/* Small helpers every module uses: checked allocation, growable arrays, strings. */
#ifndef PT_UTIL_H
#define PT_UTIL_H
#include <stdarg.h>
#include <stddef.h>

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
/* A new folder $TMPDIR/pooltrack-NAME-XXXXXX (or under /tmp); NULL on failure. */
char *pt_make_tmpdir(const char *name);
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
