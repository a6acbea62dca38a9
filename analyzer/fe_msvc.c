/* cl.exe's dialect where clang cannot be told: casts used as lvalues, fields
 * of an enum type declared but not yet defined. */
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

/* The copy of f's text among the rewrites, made on first use. */
static char *copy_of(struct CXUnsavedFile **fixes, unsigned *n, CXTranslationUnit tu, CXFile f, size_t *size)
{
    CXString name = clang_getFileName(f);
    const char *path = clang_getCString(name);
    for (unsigned i = 0; path && i < *n; i++)
        if (strcmp((*fixes)[i].Filename, path) == 0) {
            clang_disposeString(name);
            *size = (*fixes)[i].Length;
            return (char *)(*fixes)[i].Contents;
        }
    size_t len = 0;
    const char *text = path ? clang_getFileContents(tu, f, &len) : NULL;
    if (!text) {
        clang_disposeString(name);
        return NULL;
    }
    char *copy = pt_xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    *fixes = pt_xrealloc(*fixes, (*n + 1) * sizeof **fixes);
    (*fixes)[*n].Filename = pt_strdup(path);
    (*fixes)[*n].Contents = copy;
    (*fixes)[*n].Length = (unsigned long)len;
    (*n)++;
    clang_disposeString(name);
    *size = len;
    return copy;
}

static int ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* At off, the name of a field declared `enum Tag Name`: the type becomes
 * `int` padded with spaces. Returns 1 if it matched. */
static int enum_field_to_int(char *t, size_t len, size_t off)
{
    if (off >= len || !ident_char(t[off])) return 0;
    size_t k = off;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--;
    size_t tag_end = k;
    while (k > 0 && ident_char(t[k - 1])) k--;
    if (k == tag_end) return 0;
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\n' || t[k - 1] == '\r')) k--;
    if (k < 4 || strncmp(t + k - 4, "enum", 4) != 0 || (k > 4 && ident_char(t[k - 5]))) return 0;
    size_t start = k - 4;
    memcpy(t + start, "int", 3);
    for (size_t i = start + 3; i < tag_end; i++)
        if (t[i] != '\n' && t[i] != '\r') t[i] = ' ';
    return 1;
}

unsigned pt_fe_msvc_rewrites(CXTranslationUnit tu, const char *main_path, struct CXUnsavedFile **out)
{
    struct CXUnsavedFile *fixes = NULL;
    unsigned n = 0;
    size_t main_len = 0;
    char *main_text = pt_fe_msvc_lvalue_casts(tu, main_path, &main_len);
    if (main_text) {
        fixes = pt_xmalloc(sizeof *fixes);
        fixes[0].Filename = pt_strdup(main_path);
        fixes[0].Contents = main_text;
        fixes[0].Length = (unsigned long)main_len;
        n = 1;
    }
    unsigned nd = clang_getNumDiagnostics(tu), changed = main_text != NULL;
    for (unsigned d = 0; d < nd; d++) {
        CXDiagnostic diag = clang_getDiagnostic(tu, d);
        CXString sp = clang_getDiagnosticSpelling(diag);
        int enum_field = strncmp(clang_getCString(sp), "field has incomplete type 'enum ", 32) == 0;
        clang_disposeString(sp);
        CXFile f = NULL;
        unsigned off = 0;
        if (enum_field) clang_getSpellingLocation(clang_getDiagnosticLocation(diag), &f, NULL, NULL, &off);
        clang_disposeDiagnostic(diag);
        size_t size = 0;
        char *t = f ? copy_of(&fixes, &n, tu, f, &size) : NULL;
        if (t && enum_field_to_int(t, size, off)) changed = 1;
    }
    if (!changed) {
        pt_fe_msvc_rewrites_free(fixes, n);
        fixes = NULL;
        n = 0;
    }
    *out = fixes;
    return n;
}

void pt_fe_msvc_rewrites_free(struct CXUnsavedFile *fixes, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        free((char *)fixes[i].Filename);
        free((char *)fixes[i].Contents);
    }
    free(fixes);
}
