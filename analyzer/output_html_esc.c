/* HTML escaping for the report: every file name, message and source line
 * comes from the analysed repository, so none may open markup or hide text. */
#include <stdio.h>
#include <string.h>
#include "output_internal.h"

static void octal(FILE *out, unsigned char c)
{
    fprintf(out, "<span class=\"ctl\">\\%03o</span>", c);
}

void pt_html_text(FILE *out, const char *text, size_t n, int keep_tabs)
{
    const unsigned char *s = (const unsigned char *)text, *end = s + n;
    while (s < end) {
        unsigned char c = *s;
        switch (c) {
        case '&': fputs("&amp;", out); s++; continue;
        case '<': fputs("&lt;", out); s++; continue;
        case '>': fputs("&gt;", out); s++; continue;
        case '"': fputs("&quot;", out); s++; continue;
        case '\'': fputs("&#39;", out); s++; continue;
        }
        if (c == '\t' && keep_tabs) {
            fputc('\t', out);
            s++;
        } else if (c < 0x20 || c == 0x7F) {
            octal(out, c);
            s++;
        } else if (c < 0x80) {
            fputc(c, out);
            s++;
        } else {
            /* pt_utf8_seq reads up to 4 bytes: only when they are there */
            size_t k = (size_t)(end - s) >= 4 ? pt_utf8_seq(s) : 0;
            if (!k && (size_t)(end - s) < 4) {   /* near the end: a copy with NULs after it */
                unsigned char tmp[4] = {0};
                for (size_t i = 0; i < (size_t)(end - s); i++) tmp[i] = s[i];
                k = pt_utf8_seq(tmp);
                if (k > (size_t)(end - s)) k = 0;
            }
            if (!k) {
                fputs("&#xFFFD;", out);   /* not UTF-8: the page's charset would do the same, visibly */
                s++;
            } else if ((k == 2 && s[0] == 0xC2 && s[1] < 0xA0) || (k == 3 && pt_is_bidi_control(s))) {
                for (size_t i = 0; i < k; i++) octal(out, s[i]);   /* C1, "Trojan Source" reordering */
                s += k;
            } else {
                fwrite(s, 1, k, out);
                s += k;
            }
        }
    }
}

void pt_html_str(FILE *out, const char *text)
{
    const char *s = text ? text : "";
    pt_html_text(out, s, strlen(s), 0);
}
