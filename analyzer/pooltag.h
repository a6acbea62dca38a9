/* Pooltag.txt (Debugging Tools for Windows, triage folder): lines
 * "Tag - file - description" naming the tags other components use. */
#ifndef PT_POOLTAG_H
#define PT_POOLTAG_H
#include <stddef.h>
#include <stdint.h>

struct pt_pooltag_entry {
    int64_t tag;
    char *file, *description;
    unsigned line;       /* in Pooltag.txt */
};

struct pt_pooltag {
    struct pt_pooltag_entry *entries;   /* sorted by tag; the first line of a tag wins */
    size_t n, cap;
};

/* 0, or -1 with one line in err (unreadable, or no line of that form at all). */
int pt_pooltag_load(const char *path, struct pt_pooltag *p, char *err, size_t errlen);
const struct pt_pooltag_entry *pt_pooltag_find(const struct pt_pooltag *p, int64_t tag);
void pt_pooltag_free(struct pt_pooltag *p);

#endif
