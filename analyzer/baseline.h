/* --baseline old.sarif: which findings are new. A finding is matched to the
 * baseline by the fingerprint pooltrack writes (partialFingerprints
 * "pooltrack/v1", no line numbers); findings sharing a fingerprint are counted,
 * so a third copy of a bug present twice in the baseline is new. */
#ifndef PT_BASELINE_H
#define PT_BASELINE_H
#include <stddef.h>
#include "finding.h"

struct cJSON;
struct pt_baseline_key;
struct pt_baseline {
    char *path;
    struct cJSON *doc;
    struct cJSON **results;     /* the baseline's results (not its own "absent" ones) */
    char **fps;                 /* their fingerprints, without the ":N" occurrence */
    unsigned char *matched;
    size_t n;
    size_t new_count, unchanged, absent;
    struct pt_baseline_key *keys;   /* the fingerprints sorted, for lookups */
    size_t *used;                   /* by first key of a fingerprint: how many matched */
    size_t *absent_at;              /* the unmatched results' indexes, in order */
    int applied;
};

/* 0, or -1 with one line in err (unreadable, not SARIF, not from pooltrack). */
int pt_baseline_load(const char *path, struct pt_baseline *b, char *err, size_t errlen);
/* Sets every finding's baseline state (r must be finished: sorted) and counts. */
void pt_baseline_apply(struct pt_baseline *b, const struct pt_results *r);
/* SARIF: a copy of the i-th unmatched baseline result marked "absent", detached
 * from the old run's rule and artifact indexes; NULL when i is past the end. */
struct cJSON *pt_baseline_absent(const struct pt_baseline *b, size_t i);
void pt_baseline_free(struct pt_baseline *b);

#endif
