/* Pool tags as PoolMon shows them, and the tag argument of a call. */
#include "tags.h"

void pt_tag_chars(int64_t tag, char out[5])
{
    for (int i = 0; i < 4; i++) {
        unsigned char ch = (unsigned char)((uint64_t)tag >> (8 * i));
        out[i] = ch >= 0x20 && ch < 0x7f ? (char)ch : '.';
    }
    out[4] = 0;
}

int pt_tag_printable(int64_t tag)
{
    if (tag < 0 || tag > 0xffffffffLL) return 0;
    for (int i = 0; i < 4; i++) {
        unsigned char ch = (unsigned char)((uint64_t)tag >> (8 * i));
        if (ch < 0x20 || ch >= 0x7f) return 0;
    }
    return 1;
}

int pt_call_tag(const struct pt_expr *call, const struct pt_api *api, int64_t *out)
{
    if (!call) return 0;
    if (api && api->tag_fixed) {
        *out = api->tag_value & 0xffffffffLL;
        return 1;
    }
    if (!api || api->tag < 0 || (unsigned)api->tag >= call->nkids) return 0;
    const struct pt_expr *t = call->kids[api->tag];
    if (t->kind != PT_EX_INT) return 0;
    *out = t->ival & 0xffffffffLL;
    return 1;
}
