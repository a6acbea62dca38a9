/* Reading the inputs a hostile repository controls (configuration, baseline,
 * compile database, Pooltag.txt, sources for suppressions, WPP headers):
 * each has a size limit of its own, regular files only (pt_read_file), and an
 * error line that keeps its cause however long the path is. */
#ifndef PT_INPUT_READ_H
#define PT_INPUT_READ_H
#include <stddef.h>

/* Limits: far above any real file of the kind, far below what hurts. */
#define PT_LIMIT_CONFIG (1u << 20)          /* .pooltrack.json, --config */
#define PT_LIMIT_BASELINE (256u << 20)      /* --baseline */
#define PT_LIMIT_COMPDB (512u << 20)        /* compile_commands.json */
#define PT_LIMIT_POOLTAG (16u << 20)        /* --pooltag-file (the WDK's is ~1 MiB) */
#define PT_LIMIT_SOURCE (256u << 20)        /* a source read for pooltrack-ignore comments */
#define PT_LIMIT_WPP_HEADER (1u << 20)      /* a header scanned for begin_wpp config */
/* A longer exclude pattern can match no path (PATH_MAX) */
#define PT_LIMIT_PATTERN 4096u

/* pt_read_file (safe_io.h) whose error, "WHAT PATH: cause", is fitted into err
 * with pt_fit_line: a long path is cut in the middle, the cause survives. */
char *pt_input_read(const char *what, const char *path, size_t max, int flags, size_t *len,
                    char *err, size_t errlen);
/* msg into dst as one line (pt_one_line); when too long, its middle becomes
 * "..." so that the start (which input) and the end (the cause) survive. */
void pt_fit_line(char *dst, size_t dstlen, const char *msg);
/* pt_fit_line of a printf format. */
void pt_fit_linef(char *dst, size_t dstlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
