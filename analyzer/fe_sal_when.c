/* SAL's conditional hand-over on a declaration without a body here:
 * `_In_opt_ _When_(return >= 0, __drv_aliasesMem) PVOID Data` says the callee
 * keeps Data only when it succeeds. The annotation expands to nothing, so it
 * is read from the declaration's tokens, one parameter per top-level comma. */
#include <string.h>
#include "fe_internal.h"

/* The condition of _When_ as written, spaces removed, when it means "the
 * call succeeded" for an NTSTATUS-returning routine. */
static int success_condition(const char *cond)
{
    static const char *const ok[] = {"return>=0",   "return==0", "return==STATUS_SUCCESS", "NT_SUCCESS(return)",
                                     "return>=STATUS_SUCCESS", "0<=return", "0==return", NULL};
    for (int i = 0; ok[i]; i++)
        if (strcmp(cond, ok[i]) == 0) return 1;
    return 0;
}

struct when_scan {
    char cond[64];
    size_t clen;
    int depth;        /* paren depth inside _When_( ), 0: not in one */
    int in_cond;      /* before _When_'s first top-level comma */
    int aliases;      /* __drv_aliasesMem among its annotations */
    int allocates;    /* __drv_allocatesMem too: fresh memory in an out-parameter, another matter */
};

static unsigned scan(CXTranslationUnit tu, const CXToken *toks, unsigned n, const char *name)
{
    unsigned mask = 0, param = 0, i = 0;
    int depth = 0;
    /* the parameter list: the first `name (` */
    for (; i + 1 < n; i++) {
        CXString s = clang_getTokenSpelling(tu, toks[i]), p = clang_getTokenSpelling(tu, toks[i + 1]);
        int at = strcmp(clang_getCString(s), name) == 0 && strcmp(clang_getCString(p), "(") == 0;
        clang_disposeString(s);
        clang_disposeString(p);
        if (at) break;
    }
    struct when_scan w;
    memset(&w, 0, sizeof w);
    int want_open = 0;
    for (i += 2; i < n && param < 32; i++) {
        CXString s = clang_getTokenSpelling(tu, toks[i]);
        const char *t = clang_getCString(s);
        int open = strcmp(t, "(") == 0, close = strcmp(t, ")") == 0;
        if (w.depth) {   /* inside _When_( ... ) */
            if (open) w.depth++;
            if (close && --w.depth == 0) {
                if (w.aliases && !w.allocates && success_condition(w.cond)) mask |= 1u << param;
            } else if (w.in_cond && w.depth == 1 && strcmp(t, ",") == 0) {
                w.in_cond = 0;
            } else if (w.in_cond) {
                size_t l = strlen(t);
                if (w.clen + l < sizeof w.cond) {
                    memcpy(w.cond + w.clen, t, l + 1);
                    w.clen += l;
                }
            } else if (strcmp(t, "__drv_aliasesMem") == 0) {
                w.aliases = 1;
            } else if (strstr(t, "allocatesMem")) {
                w.allocates = 1;
            }
        } else if (want_open) {
            want_open = 0;
            if (open) w.depth = 1;
        } else if (strcmp(t, "_When_") == 0) {
            memset(&w, 0, sizeof w);
            w.in_cond = 1;
            want_open = 1;
        } else {
            if (open) depth++;
            if (close && depth-- == 0) {   /* the end of the parameter list */
                clang_disposeString(s);
                break;
            }
            if (depth == 0 && strcmp(t, ",") == 0) param++;
        }
        clang_disposeString(s);
    }
    return mask;
}

unsigned fe_sal_taken_if_ok(struct fe *fe, CXCursor decl, const char *name)
{
    if (!name) return 0;
    CXCursor tries[2] = {decl, clang_getCanonicalCursor(decl)};
    for (int k = 0; k < 2; k++) {
        if (k == 1 && clang_equalCursors(tries[0], tries[1])) break;
        CXToken *toks = NULL;
        unsigned n = 0;
        clang_tokenize(fe->tu, fe_file_range(fe, tries[k]), &toks, &n);
        unsigned mask = scan(fe->tu, toks, n, name);
        if (toks) clang_disposeTokens(fe->tu, toks, n);
        if (mask) return mask;
    }
    return 0;
}
