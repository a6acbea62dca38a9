/* cl.exe's dialect where clang cannot be told: casts used as lvalues. */
#include "fe_msvc.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

static size_t skip_space(const char *t, size_t len, size_t i)
{
    while (i < len && (t[i] == ' ' || t[i] == '\t')) i++;
    return i;
}

/* At t[i] '(': a type name in parentheses (identifiers, '*', spaces), followed
 * by an operand (an identifier or '('). Returns the offset of its ')', or 0. */
static size_t type_cast_end(const char *t, size_t len, size_t i)
{
    if (i >= len || t[i] != '(') return 0;
    size_t k = skip_space(t, len, i + 1);
    if (k >= len || !(isalpha((unsigned char)t[k]) || t[k] == '_')) return 0;
    for (; k < len && t[k] != ')'; k++)
        if (!(isalnum((unsigned char)t[k]) || t[k] == '_' || t[k] == '*' || t[k] == ' ' || t[k] == '\t'))
            return 0;
    if (k >= len) return 0;
    size_t after = skip_space(t, len, k + 1);
    if (after >= len || !(isalpha((unsigned char)t[after]) || t[after] == '_' || t[after] == '(')) return 0;
    return k;
}

char *pt_fe_msvc_lvalue_casts(CXTranslationUnit tu, const char *main_path, size_t *len)
{
    CXFile main = clang_getFile(tu, main_path);
    if (!main) return NULL;
    size_t size = 0;
    const char *text = clang_getFileContents(tu, main, &size);
    if (!text) return NULL;
    char *out = NULL;
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned d = 0; d < n; d++) {
        CXDiagnostic diag = clang_getDiagnostic(tu, d);
        CXString sp = clang_getDiagnosticSpelling(diag);
        const char *s = clang_getCString(sp);
        int address = strncmp(s, "cannot take the address of an rvalue", 36) == 0;
        int assign = strncmp(s, "assignment to cast is illegal", 29) == 0;
        clang_disposeString(sp);
        CXFile f = NULL;
        unsigned off = 0;
        if (address || assign) clang_getSpellingLocation(clang_getDiagnosticLocation(diag), &f, NULL, NULL, &off);
        clang_disposeDiagnostic(diag);
        if (!f || !clang_File_isEqual(f, main) || off >= size) continue;
        size_t open = off;
        if (address) {
            if (text[off] != '&') continue;
            open = skip_space(text, size, off + 1);
        }
        size_t close = type_cast_end(text, size, open);
        if (!close) continue;
        if (!out) {
            out = pt_xmalloc(size + 1);
            memcpy(out, text, size);
            out[size] = 0;
        }
        memset(out + open, ' ', close - open + 1);
    }
    *len = size;
    return out;
}
