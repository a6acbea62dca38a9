/* Pool tags: a tag value shown as PoolMon shows it ("MTag"), and the tag
 * argument of a call of the families table. */
#ifndef PT_TAGS_H
#define PT_TAGS_H
#include <stdint.h>
#include "ir.h"
#include "pool_api.h"

void pt_tag_chars(int64_t tag, char out[5]);
int pt_tag_printable(int64_t tag);
/* 'gaTM' for the tag PoolMon shows as MTag; 0 when the constant cannot be
 * written plainly (a quote, a backslash, a byte that is not printable). */
int pt_tag_constant(int64_t tag, char out[7]);
/* A tag as the source writes it and as PoolMon shows it: "'gaTM' (PoolMon
 * 'MTag')"; just "'MTag'" when it has no plain constant. */
const char *pt_tag_text(int64_t tag, char out[40]);
/* The tag argument of an allocation/free call: 1 and *out when it is a constant. */
int pt_call_tag(const struct pt_expr *call, const struct pt_api *api, int64_t *out);

#endif
