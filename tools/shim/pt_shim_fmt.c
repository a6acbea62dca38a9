/* The bounded text builder of pt_shim_fmt.h: reports without snprintf, so the same code links in a driver. */
#include "pt_shim_fmt.h"

void pt_fmt_init(struct pt_fmt *f, char *buf, size_t cap)
{
    f->buf = buf;
    f->cap = cap;
    f->len = 0;
    if (cap > 0)
        buf[0] = '\0';
}

static void put(struct pt_fmt *f, char c)
{
    if (f->len + 1 >= f->cap)
        return;
    f->buf[f->len++] = c;
    f->buf[f->len] = '\0';
}

void pt_fmt_str(struct pt_fmt *f, const char *s)
{
    if (s == NULL)
        s = "(null)";
    while (*s)
        put(f, *s++);
}

void pt_fmt_dec(struct pt_fmt *f, uint64_t v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n > 0)
        put(f, tmp[--n]);
}

void pt_fmt_hex(struct pt_fmt *f, uint64_t v, int width, int upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char tmp[17];
    int n = 0;
    do {
        tmp[n++] = digits[v & 0xf];
        v >>= 4;
    } while (v != 0);
    while (n < width && n < 16)
        tmp[n++] = '0';
    while (n > 0)
        put(f, tmp[--n]);
}

void pt_fmt_pad(struct pt_fmt *f, size_t start, size_t col)
{
    put(f, ' ');    /* at least one space between columns */
    while (f->len - start < col)
        put(f, ' ');
}

void pt_fmt_json_str(struct pt_fmt *f, const char *s)
{
    if (s == NULL) {
        pt_fmt_str(f, "null");
        return;
    }
    put(f, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            put(f, '\\');
            put(f, (char)c);
        } else if (c < 0x20) {
            pt_fmt_str(f, "\\u00");
            pt_fmt_hex(f, c, 2, 0);
        } else {
            put(f, (char)c);
        }
    }
    put(f, '"');
}

void pt_fmt_tag(struct pt_fmt *f, uint32_t tag)
{
    int i;
    for (i = 0; i < 4; i++) {
        unsigned char c = (unsigned char)(tag >> (8 * i));
        put(f, (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char)c : '.');
    }
}
