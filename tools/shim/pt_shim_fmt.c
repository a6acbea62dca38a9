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

/* Bytes that still fit before the terminating NUL. */
static size_t room(const struct pt_fmt *f)
{
    return f->len + 1 < f->cap ? f->cap - 1 - f->len : 0;
}

/* The bytes a JSON string holds as they are: not the controls (and NUL),
 * '"' (0x22) or '\\' (0x5c); bytes from 0x80 are UTF-8, kept. */
#define ONES16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char json_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ONES16, ONES16,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    ONES16, ONES16,
    ONES16, ONES16, ONES16, ONES16, ONES16, ONES16, ONES16, ONES16,
};

/* Copies s until its NUL, a byte JSON must escape (json), or the buffer is
 * full, with one bounds check and one NUL per run: a report writes about
 * half a kilobyte a block, several times over, so this loop is most of its
 * time. Returns the bytes copied. No libc: the same code links in a driver. */
static size_t copy_run(struct pt_fmt *f, const char *s, int json)
{
    size_t n = 0, max = room(f);
    char *d = f->buf + f->len;
    const unsigned char *u = (const unsigned char *)s;
    if (json)
        for (; n < max && json_plain[u[n]]; n++)
            d[n] = (char)u[n];
    else
        for (; n < max && u[n] != '\0'; n++)
            d[n] = (char)u[n];
    f->len += n;
    if (f->cap > 0)
        f->buf[f->len] = '\0';
    return n;
}

void pt_fmt_str(struct pt_fmt *f, const char *s)
{
    (void)copy_run(f, s == NULL ? "(null)" : s, 0);
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
    while (f->len - start < col && room(f) > 0)
        put(f, ' ');
}

void pt_fmt_json_str(struct pt_fmt *f, const char *s)
{
    if (s == NULL) {
        pt_fmt_str(f, "null");
        return;
    }
    put(f, '"');
    for (;;) {
        unsigned char c;
        s += copy_run(f, s, 1);
        c = (unsigned char)*s;
        if (c == '\0' || room(f) == 0)
            break;
        if (c == '"' || c == '\\') {
            put(f, '\\');
            put(f, (char)c);
        } else {
            pt_fmt_str(f, "\\u00");
            pt_fmt_hex(f, c, 2, 0);
        }
        s++;
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
