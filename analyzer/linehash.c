/* The rolling hash of fingerprints.ts: over UTF-16 code units of the file
 * (read as UTF-8), spaces and tabs skipped, CR and CRLF read as LF, a hash
 * of the next 100 units at the start of every line, multiplier 37, 64-bit
 * wrap-around (its Long arithmetic); the file ends with 65535 and 100
 * zeros. ":n" counts how often the same hash came before, from 1. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "linehash.h"
#include "strmap.h"
#include "util.h"

#define BLOCK 100

struct roll {
    uint32_t window[BLOCK];
    long lines[BLOCK];   /* line starting at that window slot, or -1 */
    uint64_t hash, first_mod;
    unsigned index;
    long line;
    int line_start, prev_cr;
    char (*out)[40];   /* per line, from 1 */
    size_t nout, cap;
    struct pt_strmap counts;
};

static void output(struct roll *r)
{
    char hex[17];
    snprintf(hex, sizeof hex, "%" PRIx64, r->hash);
    long n = pt_strmap_get(&r->counts, hex);
    n = n < 0 ? 1 : n + 1;
    pt_strmap_put(&r->counts, hex, n);
    long l = r->lines[r->index];
    if (l >= 1) {
        while ((size_t)l >= r->cap) {
            r->cap = r->cap ? 2 * r->cap : 256;
            r->out = pt_xrealloc(r->out, r->cap * sizeof *r->out);
        }
        for (; r->nout <= (size_t)l; r->nout++) r->out[r->nout][0] = 0;
        snprintf(r->out[l], 40, "%s:%ld", hex, n);
    }
    r->lines[r->index] = -1;
}

static void update(struct roll *r, uint32_t cur)
{
    uint32_t begin = r->window[r->index];
    r->window[r->index] = cur;
    r->hash = 37 * r->hash + cur - r->first_mod * begin;
    r->index = (r->index + 1) % BLOCK;
}

static void character(struct roll *r, uint32_t cur)
{
    if (cur == ' ' || cur == '\t' || (r->prev_cr && cur == '\n')) {
        r->prev_cr = 0;
        return;
    }
    r->prev_cr = cur == '\r';
    if (cur == '\r') cur = '\n';
    if (r->lines[r->index] != -1) output(r);
    if (r->line_start) {
        r->line_start = 0;
        r->lines[r->index] = ++r->line;
    }
    if (cur == '\n') r->line_start = 1;
    update(r, cur);
}

/* One code point from UTF-8 at *p, as Node's decoder reads it: a malformed
 * sequence is U+FFFD per maximal valid prefix. */
static uint32_t decode(const unsigned char *s, size_t len, size_t *p)
{
    size_t i = *p;
    unsigned c = s[i], need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                             : c >= 0xF0 && c <= 0xF4 ? 3 : 99;
    if (need == 0) { *p = i + 1; return c; }
    if (need == 99) { *p = i + 1; return 0xFFFD; }
    uint32_t cp = c & (0x3F >> need);
    for (unsigned k = 1; k <= need; k++) {
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1 && c == 0xE0) lo = 0xA0;
        if (k == 1 && c == 0xED) hi = 0x9F;
        if (k == 1 && c == 0xF0) lo = 0x90;
        if (k == 1 && c == 0xF4) hi = 0x8F;
        if (i + k >= len || s[i + k] < lo || s[i + k] > hi) { *p = i + k; return 0xFFFD; }
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    *p = i + need + 1;
    return cp;
}

static struct roll r;
static const char *done;
static size_t done_len;

void pt_line_hash_forget(void)
{
    done = NULL;
}

/* Every line's hash; the last file's are kept (findings come sorted by file). */
int pt_line_hash(const char *text, size_t len, unsigned line, char out[40])
{
    if (text != done || len != done_len) {
        char (*keep)[40] = r.out;
        size_t cap = r.cap;
        memset(&r, 0, sizeof r);
        r.out = keep;
        r.cap = cap;
        for (unsigned i = 0; i < BLOCK; i++) r.lines[i] = -1;
        r.first_mod = 1;
        for (unsigned i = 0; i < BLOCK; i++) r.first_mod *= 37;
        r.line_start = 1;
        const unsigned char *s = (const unsigned char *)text;
        for (size_t p = 0; p < len;) {
            uint32_t cp = decode(s, len, &p);
            if (cp >= 0x10000) {   /* a surrogate pair: two code units */
                character(&r, 0xD800 + ((cp - 0x10000) >> 10));
                character(&r, 0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                character(&r, cp);
            }
        }
        character(&r, 65535);
        for (unsigned i = 0; i < BLOCK; i++) {
            if (r.lines[r.index] != -1) output(&r);
            update(&r, 0);
        }
        pt_strmap_free(&r.counts);
        done = text;
        done_len = len;
    }
    if (line == 0 || line >= r.nout || !r.out[line][0]) return -1;
    memcpy(out, r.out[line], 40);
    return 0;
}
