/* Helpers for the shim tests: capture the JSON lines the shim emits and
 * query them with cJSON; minimal check macros. */
#ifndef SHIM_TEST_H
#define SHIM_TEST_H
#include <stdio.h>
#include <cjson/cJSON.h>
#include "pt_um_harness.h"

extern int st_failures;
#define CHECK(c) \
    do { if (!(c)) { st_failures++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_INT(a, b) \
    do { long long a_ = (long long)(a), b_ = (long long)(b); if (a_ != b_) { st_failures++; \
        fprintf(stderr, "%s:%d: %s == %lld, expected %lld\n", __FILE__, __LINE__, #a, a_, b_); } } while (0)
#define CHECK_STR(a, b)                                                                                                \
    do {                                                                                                               \
        const char *a_ = (a), *b_ = (b);                                                                               \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                                       \
            st_failures++;                                                                                             \
            fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, a_ ? a_ : "(null)",      \
                    b_ ? b_ : "(null)");                                                                               \
        }                                                                                                              \
    } while (0)

/* Routes the shim's JSON lines into memory (and clears what was kept). */
void st_capture(void);
void st_capture_clear(void);
size_t st_nlines(void);
const char *st_line(size_t i);
/* The i-th captured line parsed (owned by the capture; NULL if not JSON). */
cJSON *st_json(size_t i);
/* How many captured events have this "event" (and "rule" if not NULL). */
size_t st_count(const char *event, const char *rule);
/* The first captured event with this "event", or NULL. */
cJSON *st_first(const char *event);
const char *st_str(cJSON *o, const char *key);
long st_num(cJSON *o, const char *key);
/* Captures the human table into one string (caller frees). */
char *st_table(void);
/* Line number of the first line in file containing marker (for asserting
 * call sites without hard-coding line numbers). */
int st_line_of(const char *file, const char *marker);
/* The capture holds exactly one unload leak (PT006) and it is the block of
 * this family allocated at marker in file, with this tag (NULL: any). */
void st_check_one_leak(const char *family, const char *file, const char *marker, const char *tag);
int st_done(void);
#endif
