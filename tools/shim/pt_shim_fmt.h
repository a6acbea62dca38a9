/* A tiny bounded text builder. The core formats its reports with it instead
 * of snprintf so that the same code links in a kernel driver. */
#ifndef PT_SHIM_FMT_H
#define PT_SHIM_FMT_H
#include <stddef.h>
#include <stdint.h>

struct pt_fmt {
    char *buf;      /* always NUL-terminated */
    size_t cap;
    size_t len;     /* stops growing at cap-1: output is truncated, never overrun */
};

void pt_fmt_init(struct pt_fmt *f, char *buf, size_t cap);
void pt_fmt_str(struct pt_fmt *f, const char *s);
void pt_fmt_dec(struct pt_fmt *f, uint64_t v);
/* Hex digits without prefix, zero-padded to width (0 = no padding). */
void pt_fmt_hex(struct pt_fmt *f, uint64_t v, int width, int upper);
/* Right-pads the current line with spaces to column col. */
void pt_fmt_pad(struct pt_fmt *f, size_t start, size_t col);
/* A JSON string literal with quotes; NULL prints null. */
void pt_fmt_json_str(struct pt_fmt *f, const char *s);
/* The four tag bytes in memory order ('gaTM' prints MTag), unprintables as '.'. */
void pt_fmt_tag(struct pt_fmt *f, uint32_t tag);

#endif
