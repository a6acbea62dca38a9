/* Pool tags: a tag value shown as PoolMon shows it ("MTag"), and the tag
 * argument of a call of the families table. */
#ifndef PT_TAGS_H
#define PT_TAGS_H
#include <stdint.h>
#include "ir.h"
#include "pool_api.h"

void pt_tag_chars(int64_t tag, char out[5]);
int pt_tag_printable(int64_t tag);
/* The tag argument of an allocation/free call: 1 and *out when it is a constant. */
int pt_call_tag(const struct pt_expr *call, const struct pt_api *api, int64_t *out);

#endif
