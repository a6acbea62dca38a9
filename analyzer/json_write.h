/* Writing a cJSON document as a report (JSON, SARIF, stats, summaries): a
 * base service, so that every component that writes JSON escapes the same way. */
#ifndef PT_JSON_WRITE_H
#define PT_JSON_WRITE_H
#include <stdio.h>

/* Writes a cJSON document and a newline: strings made valid UTF-8 (invalid
 * bytes become U+FFFD), C1 controls and bidi overrides written as \uXXXX
 * (cJSON escapes only C0). -1 on a write error. */
struct cJSON;
int pt_write_json(FILE *out, struct cJSON *doc);
/* The same into the file path, atomically (safe_io.h: an old file survives a
 * failed write; mode 0666 & ~umask). 0, or -1 with a one-line reason. */
int pt_write_json_file(const char *path, struct cJSON *doc, char *err, size_t errlen);

#endif
