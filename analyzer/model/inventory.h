/* --inventory: every allocation site of the run (tag, allocator, pool type or
 * flags, place), collected from PT_EV_CALL events. It reports nothing; the
 * writer is analyzer/output_inventory.c. */
#ifndef PT_INVENTORY_H
#define PT_INVENTORY_H
#include <stddef.h>
#include <stdint.h>
#include "pool_api.h"

enum pt_inv_tag { PT_INV_TAG_CONST, PT_INV_TAG_UNKNOWN, PT_INV_UNTAGGED };

struct pt_inv_site {
    char *file, *function, *allocator;
    unsigned line, col;
    enum pt_inv_tag tag_kind;
    int64_t tag;             /* PT_INV_TAG_CONST */
    int has_pool, pool_flags; /* pool: a constant POOL_TYPE, or POOL_FLAGS when pool_flags */
    int64_t pool;
    enum pt_family family;
    int quota;
};

void pt_inventory_enable(void);
struct pt_event;
void pt_inventory_on_event(const struct pt_event *ev);
/* Sorted by file, line, column; each site once. */
const struct pt_inv_site *pt_inventory_sites(size_t *n);
void pt_inventory_free(void);

#endif
