/* Pool tags as PoolMon shows them, and the tag argument of a call. */
#include <stdio.h>
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

int pt_tag_constant(int64_t tag, char out[7])
{
    if (tag <= 0 || tag > 0xFFFFFFFFLL) return 0;
    size_t n = 0;
    out[n++] = '\'';
    for (int shift = 24; shift >= 0; shift -= 8) {
        int ch = (int)((tag >> shift) & 0xFF);
        if (!ch && n == 1) continue;   /* 'abc' is a three-byte constant */
        if (ch < 0x20 || ch > 0x7E || ch == '\'' || ch == '\\') return 0;
        out[n++] = (char)ch;
    }
    out[n++] = '\'';
    out[n] = 0;
    return n > 2;
}

const char *pt_tag_text(int64_t tag, char out[40])
{
    char k[7], chars[5];
    pt_tag_chars(tag, chars);
    if (pt_tag_constant(tag, k)) snprintf(out, 40, "%s (PoolMon '%s')", k, chars);
    else snprintf(out, 40, "'%s'", chars);
    return out;
}
