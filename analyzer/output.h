/* Writers for the three output formats. Each writes the whole document to a
 * FILE*; pt_output_write_file() makes -o atomic (temp file + rename). */
#ifndef PT_OUTPUT_H
#define PT_OUTPUT_H
#include <stdio.h>
#include "coverage.h"
#include "finding.h"
#include "json_write.h"

struct pt_baseline;
struct pt_pooltag;
enum pt_format { PT_FMT_TEXT, PT_FMT_SARIF, PT_FMT_JSON, PT_FMT_MSVC, PT_FMT_HTML };

/* Which driver (project) a source file is compiled into: HTML's pages. */
struct pt_output_driver { const char *file, *driver; };

struct pt_output_opts {
    enum pt_format format;
    const char *srcroot;    /* absolute; URIs under it are relative to %SRCROOT% */
    int color;              /* text only: ANSI colour */
    const char *command_line; /* for SARIF invocations */
    int show_suppressed;    /* text: print suppressed findings too */
    int quiet;              /* text: findings only */
    const struct pt_baseline *baseline; /* --baseline (applied): text/JSON hide the
                                           unchanged findings, SARIF marks baselineState */
    int inventory;          /* --inventory: the allocation sites instead of the findings */
    const struct pt_pooltag *pooltag; /* --pooltag-file, for the inventory; may be NULL */
    const struct pt_coverage *coverage; /* what was path-analysed; NULL: not known */
    const char *category;   /* --sarif-category: SARIF runs[0].automationDetails.id */
    const struct pt_output_driver *drivers;   /* HTML: one page per driver; none: one page */
    size_t ndrivers;
    char *const *modules;   /* the kernel modules analysed ("npf"): SARIF run property */
    size_t nmodules;
};

/* 0 on success, -1 on write error (errno set). */
int pt_output_write(FILE *out, const struct pt_results *r, const struct pt_output_opts *o);
/* Writes to path atomically (safe_io.h pt_atomic: a temp file beside it,
 * renamed over it; mode 0666 & ~umask): a failed write leaves the old file
 * whole and no partial one; a device (-o /dev/stdout) is written in place.
 * Returns 0, or -1 with a one-line message in err. */
int pt_output_write_file(const char *path, const struct pt_results *r,
                         const struct pt_output_opts *o, char *err, size_t errlen);
/* --format html: index.html and one page per driver in the folder dir
 * (made when missing; every page written atomically inside it, under a name
 * made of safe characters only). 0, or -1 with a one-line message in err. */
int pt_output_html_dir(const char *dir, const struct pt_results *r, const struct pt_output_opts *o,
                       char *err, size_t errlen);
/* Whether an output path can be written, checked before the analysis: not a
 * folder, its folder exists and is writable (a device is fine). 0, or -1
 * with the reason in why. */
int pt_output_path_check(const char *path, char *why, size_t whylen);
/* Terminal-safe text for the text outputs: a file name, tag or message from
 * a hostile repository may hold ESC sequences or CR that rewrite what the
 * user sees (hide a finding). Tab, LF and CR become \t \n \r; other
 * control characters (C0, DEL, U+0080..U+009F), the bidi overrides
 * (U+202A..U+202E, U+2066..U+2069) and stray bytes 0x80..0x9F (C1 to an
 * 8-bit terminal) become \ooo per byte (ESC is \033); other UTF-8, other
 * bytes (Latin-1 names are shown as they are) and backslashes pass unchanged.
 * pt_printable returns a new string (never NULL; NULL text gives ""). */
char *pt_printable(const char *text);
int pt_fputs_printable(FILE *out, const char *text);
/* Stable hex digest of a finding's fingerprint_key (for partialFingerprints). */
void pt_fingerprint(const struct pt_finding *f, char out[33]);

#endif
