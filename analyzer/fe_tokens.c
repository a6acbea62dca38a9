/* Frontend helpers over libclang: children, locations, source text, and the
 * operator of a binary/unary expression (libclang 14 has no API for it). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fe_internal.h"
#include "util.h"
#include "wdk_flags.h"

struct kids_ctx { CXCursor *out; unsigned n, max; };

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct kids_ctx *k = d;
    if (k->n < k->max) k->out[k->n] = c;
    k->n++;
    return CXChildVisit_Continue;
}

/* Returns the number of children; stores at most max of them. */
unsigned fe_children(CXCursor c, CXCursor *out, unsigned max)
{
    struct kids_ctx k = {out, 0, max};
    clang_visitChildren(c, collect, &k);
    return k.n;
}

int fe_is_function_def(CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    return (k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
            k == CXCursor_Destructor || k == CXCursor_ConversionFunction) &&
           clang_isCursorDefinition(c);
}

int fe_is_private_def(CXCursor c)
{
    return clang_Cursor_getStorageClass(c) == CX_SC_Static || clang_Cursor_isFunctionInlined(c);
}

int fe_is_scope(enum CXCursorKind k)
{
    return k == CXCursor_Namespace || k == CXCursor_LinkageSpec || k == CXCursor_ClassDecl ||
           k == CXCursor_StructDecl || k == CXCursor_UnexposedDecl;
}

int fe_is_wdk(CXSourceLocation loc, CXFile f)
{
    if (clang_Location_isInSystemHeader(loc)) return 1;
    if (!f) return 0;
    CXString n = clang_getFileName(f);
    const char *p = clang_getCString(n);
    int wdk = p && pt_wdk_is_system_path(p);
    clang_disposeString(n);
    return wdk;
}

int fe_is_expr(CXCursor c)
{
    return clang_isExpression(clang_getCursorKind(c));
}

static const char *file_name(struct fe *fe, CXFile f)
{
    if (!f) return "";
    if (fe->last_file && clang_File_isEqual(fe->last_file, f)) return fe->last_name;
    CXString s = clang_File_tryGetRealPathName(f);
    const char *p = clang_getCString(s);
    if (!p || !*p) {
        clang_disposeString(s);
        s = clang_getFileName(f);
        p = clang_getCString(s);
    }
    fe->last_name = pt_arena_strdup(fe->arena, p ? p : "");
    fe->last_file = f;
    clang_disposeString(s);
    return fe->last_name;
}

/* The place the user wrote: for code inside a macro, the macro's use site. */
struct pt_srcloc fe_loc(struct fe *fe, CXCursor c)
{
    CXSourceLocation l = clang_getCursorLocation(c);
    CXFile f;
    unsigned line, col, off;
    clang_getExpansionLocation(l, &f, &line, &col, &off);
    struct pt_srcloc r = {file_name(fe, f), line, col};
    return r;
}

/* libclang 14 reports macro-body code at the macro's use site for every kind
 * of location, so: inside a macro argument the file location differs from the
 * expansion location; inside a macro body a macro expansion sits there. */
int fe_in_macro(struct fe *fe, CXCursor c)
{
    CXSourceLocation l = clang_getCursorLocation(c);
    CXFile f1, f2;
    unsigned o1, o2;
    clang_getExpansionLocation(l, &f1, NULL, NULL, &o1);
    clang_getFileLocation(l, &f2, NULL, NULL, &o2);
    if (o1 != o2 || !clang_File_isEqual(f1, f2)) return 1;
    return !clang_Cursor_isNull(fe_macro_at(fe, c));
}

/* Looked up in the table of the macro expansions of the main file and the
 * project headers, sorted by file (a CXFile is one object per file) and
 * offset (clang_getCursor would walk the AST each time: quadratic on deep
 * expressions). */
CXCursor fe_macro_at(struct fe *fe, CXCursor c)
{
    CXFile f;
    unsigned off;
    clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
    if (!f) return clang_getNullCursor();
    unsigned lo = 0, hi = fe->nmacros;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        const struct fe_macro *m = &fe->macros[mid];
        if (m->file == f && m->off == off) return m->c;
        if ((uintptr_t)m->file < (uintptr_t)f || (m->file == f && m->off < off)) lo = mid + 1; else hi = mid;
    }
    return clang_getNullCursor();
}

/* A cursor's extent as a plain file range (clang_tokenize returns nothing for
 * a range that starts inside a macro): a macro's text is its invocation. */
CXSourceRange fe_file_range(struct fe *fe, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile f1, f2;
    unsigned o1, o2;
    clang_getExpansionLocation(clang_getRangeStart(r), &f1, NULL, NULL, &o1);
    clang_getExpansionLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
    if (f1 && clang_File_isEqual(f1, f2) && o2 > o1)
        r = clang_getRange(clang_getLocationForOffset(fe->tu, f1, o1),
                           clang_getLocationForOffset(fe->tu, f2, o2));
    return r;
}

/* Source text of a cursor's extent, tokens joined by single spaces. */
const char *fe_text(struct fe *fe, CXCursor c, unsigned max_chars)
{
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(fe->tu, fe_file_range(fe, c), &toks, &n);
    char *buf = pt_arena_alloc(fe->arena, max_chars + 4);
    size_t len = 0;
    for (unsigned i = 0; i < n && len < max_chars; i++) {
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        const char *t = clang_getCString(s);
        size_t tl = strlen(t);
        int space = len > 0 && strcmp(t, "->") != 0 && !(strchr("()[].,", t[0]) || strchr("([.!~", buf[len - 1]) ||
                                 (len >= 2 && buf[len - 1] == '>' && buf[len - 2] == '-'));
        if (len + tl + 1 > max_chars) {
            memcpy(buf + len, "...", 3);
            len += 3;
            clang_disposeString(s);
            break;
        }
        if (space) buf[len++] = ' ';
        memcpy(buf + len, t, tl);
        len += tl;
        clang_disposeString(s);
    }
    buf[len] = 0;
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    return buf;
}

static const struct { const char *s; enum pt_op op; } ops[] = {
    {"==", PT_OP_EQ}, {"!=", PT_OP_NE}, {"<=", PT_OP_LE}, {">=", PT_OP_GE}, {"<", PT_OP_LT},
    {">", PT_OP_GT}, {"&&", PT_OP_LAND}, {"||", PT_OP_LOR}, {"<<", PT_OP_SHL}, {">>", PT_OP_SHR},
    {"+", PT_OP_ADD}, {"-", PT_OP_SUB}, {"*", PT_OP_MUL}, {"/", PT_OP_DIV}, {"%", PT_OP_REM},
    {"&", PT_OP_AND}, {"|", PT_OP_OR}, {"^", PT_OP_XOR}, {"!", PT_OP_NOT}, {"~", PT_OP_BITNOT},
    {"++", PT_OP_INC}, {"--", PT_OP_DEC}, {"=", PT_OP_ASSIGN},
    {"+=", PT_OP_ADD}, {"-=", PT_OP_SUB}, {"*=", PT_OP_MUL}, {"/=", PT_OP_DIV},
    {"%=", PT_OP_REM}, {"&=", PT_OP_AND}, {"|=", PT_OP_OR}, {"^=", PT_OP_XOR},
    {"<<=", PT_OP_SHL}, {">>=", PT_OP_SHR}, {",", PT_OP_COMMA},
};

static enum pt_op op_of(const char *s)
{
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(ops[i].s, s) == 0) return ops[i].op;
    return PT_OP_NONE;
}

typedef void (*loc_fn)(CXSourceLocation, CXFile *, unsigned *, unsigned *, unsigned *);

/* The last operator token at bracket depth 0 in [from, to): for `lhs op rhs`
 * scanned from lhs's start to rhs's start, that is op. */
static enum pt_op op_scan(struct fe *fe, CXSourceLocation a, CXSourceLocation b, loc_fn where)
{
    CXFile f1, f2;
    unsigned o1, o2;
    where(a, &f1, NULL, NULL, &o1);
    where(b, &f2, NULL, NULL, &o2);
    if (!f1 || !f2 || !clang_File_isEqual(f1, f2) || o2 <= o1 || o2 - o1 > 65536) return PT_OP_NONE;
    CXSourceLocation from = clang_getLocationForOffset(fe->tu, f1, o1);
    CXSourceLocation to = clang_getLocationForOffset(fe->tu, f1, o2);
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(fe->tu, clang_getRange(from, to), &toks, &n);
    enum pt_op op = PT_OP_NONE;
    int depth = 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned off;
        clang_getFileLocation(clang_getTokenLocation(fe->tu, toks[i]), NULL, NULL, NULL, &off);
        if (off >= o2) break;
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation) continue;
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        const char *t = clang_getCString(s);
        if (strchr("([{", t[0]) && !t[1]) depth++;
        else if (strchr(")]}", t[0]) && !t[1]) depth--;
        else if (depth == 0) {
            enum pt_op o = op_of(t);
            if (o != PT_OP_NONE) op = o;
        }
        clang_disposeString(s);
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    return op;
}

static CXSourceLocation begin_of(CXCursor c)
{
    return clang_getRangeStart(clang_getCursorExtent(c));
}

/* Returns PT_OP_ASSIGN for a plain '='. Operators written inside macros
 * (NT_SUCCESS) are found in the macro's definition through spelling locations. */
/* libclang 14 has no spelling locations inside macros. For an operator written
 * in a macro's body (NT_SUCCESS), read the definition: if its body holds exactly
 * one binary operator, that is the one. */
static int op_wanted(enum pt_op o, int want)
{
    if (want == FE_OPS_COMPARE) return (o >= PT_OP_EQ && o <= PT_OP_GE) || o == PT_OP_LAND || o == PT_OP_LOR;
    if (want == FE_OPS_ASSIGN) return o == PT_OP_ASSIGN;
    return 1;
}

/* want: FE_OPS_ANY, or only comparisons (a condition) or only '=' (a statement). */
enum pt_op fe_macro_op(struct fe *fe, CXCursor c, int want)
{
    CXCursor m = fe_macro_at(fe, c);
    if (clang_Cursor_isNull(m)) return PT_OP_NONE;
    CXCursor def = clang_getCursorReferenced(m);
    if (clang_getCursorKind(def) != CXCursor_MacroDefinition) return PT_OP_NONE;
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(fe->tu, clang_getCursorExtent(def), &toks, &n);
    enum pt_op op = PT_OP_NONE;
    unsigned found = 0, i = 1;
    if (n > 2) {   /* skip the name and a parameter list */
        CXString s = clang_getTokenSpelling(fe->tu, toks[1]);
        if (strcmp(clang_getCString(s), "(") == 0)
            while (i < n) {
                CXString t = clang_getTokenSpelling(fe->tu, toks[i++]);
                int close = strcmp(clang_getCString(t), ")") == 0;
                clang_disposeString(t);
                if (close) break;
            }
        clang_disposeString(s);
    }
    for (; i < n && n < 512; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation) continue;
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        enum pt_op o = op_of(clang_getCString(s));
        clang_disposeString(s);
        if (o == PT_OP_NONE || o == PT_OP_NOT || o == PT_OP_BITNOT || !op_wanted(o, want)) continue;
        if (o != op) found++;
        op = o;
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    return found == 1 ? op : PT_OP_NONE;
}

/* The operand starts right after a '(' that does not open a macro's own
 * argument list: `TRACE(("fmt", p))` or `LOG(lvl, ("fmt", p))`, not
 * `CALC(a, b)`, whose comma separates the arguments. */
static int in_inner_parens(struct fe *fe, CXCursor operand)
{
    CXFile f;
    unsigned off;
    clang_getFileLocation(begin_of(operand), &f, NULL, NULL, &off);
    if (!f || off == 0) return 0;
    unsigned from = off > 256 ? off - 256 : 0;
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(fe->tu, clang_getRange(clang_getLocationForOffset(fe->tu, f, from),
                                          clang_getLocationForOffset(fe->tu, f, off)), &toks, &n);
    int last = -1, before = -1;   /* the two tokens ending before the operand */
    for (unsigned i = 0; i < n; i++) {
        unsigned o;
        clang_getFileLocation(clang_getTokenLocation(fe->tu, toks[i]), NULL, NULL, NULL, &o);
        if (o >= off) break;
        before = last;
        last = (int)i;
    }
    int ok = 0;
    if (last >= 0 && before >= 0 && clang_getTokenKind(toks[last]) == CXToken_Punctuation &&
        clang_getTokenKind(toks[before]) == CXToken_Punctuation) {
        CXString l = clang_getTokenSpelling(fe->tu, toks[last]), b = clang_getTokenSpelling(fe->tu, toks[before]);
        ok = strcmp(clang_getCString(l), "(") == 0 &&
             (strcmp(clang_getCString(b), "(") == 0 || strcmp(clang_getCString(b), ",") == 0);
        clang_disposeString(l);
        clang_disposeString(b);
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    return ok;
}

enum pt_op fe_binary_op(struct fe *fe, CXCursor c, CXCursor lhs, CXCursor rhs)
{
    CXSourceLocation a = clang_getCursorLocation(lhs), b = clang_getCursorLocation(rhs);
    enum pt_op op = PT_OP_NONE;
    if (!fe_in_macro(fe, lhs) || !fe_in_macro(fe, rhs)) {
        op = op_scan(fe, a, b, clang_getFileLocation);
        if (op == PT_OP_NONE) op = op_scan(fe, begin_of(lhs), begin_of(rhs), clang_getFileLocation);
    }
    /* Both operands in one argument of a macro call, written at the use site
     * (NT_ASSERT(n > 3), whose body has its own ',' and '?'): the operator is
     * between them there. A ',' there separates two arguments instead. */
    if (op == PT_OP_NONE && fe_in_macro(fe, lhs) && fe_in_macro(fe, rhs)) {
        op = op_scan(fe, a, b, clang_getFileLocation);
        if (op == PT_OP_NONE) op = op_scan(fe, begin_of(lhs), begin_of(rhs), clang_getFileLocation);
        if (op == PT_OP_COMMA) op = PT_OP_NONE;
    }
    if (op == PT_OP_NONE) op = fe_macro_op(fe, c, FE_OPS_ANY);
    /* No operator in the macro's body: it came with an argument written at
     * the use site (`TRACE(("fmt %p", p))`, a comma), where the file's tokens
     * between the operands hold it. */
    if (op == PT_OP_NONE && fe_in_macro(fe, lhs) && fe_in_macro(fe, rhs) && in_inner_parens(fe, lhs)) {
        op = op_scan(fe, a, b, clang_getFileLocation);
        if (op == PT_OP_NONE) op = op_scan(fe, begin_of(lhs), begin_of(rhs), clang_getFileLocation);
    }
    return op;
}

static enum pt_op token_op_at(struct fe *fe, CXSourceLocation l, loc_fn where)
{
    CXFile f;
    unsigned off;
    where(l, &f, NULL, NULL, &off);
    if (!f) return PT_OP_NONE;
    CXToken *t = clang_getToken(fe->tu, clang_getLocationForOffset(fe->tu, f, off));
    if (!t) return PT_OP_NONE;
    enum pt_op op = PT_OP_NONE;
    if (clang_getTokenKind(*t) == CXToken_Punctuation) {
        CXString s = clang_getTokenSpelling(fe->tu, *t);
        op = op_of(clang_getCString(s));
        clang_disposeString(s);
    }
    clang_disposeTokens(fe->tu, t, 1);
    return op;
}

/* Inside a macro argument (NT_SUCCESS(Create(&ctx))) libclang 14 gives no
 * location of the operator's token; '&' and '*' still show in the types. */
static enum pt_op op_from_types(CXCursor c, CXCursor sub)
{
    CXType rt = clang_getCanonicalType(clang_getCursorType(c));
    CXType st = clang_getCanonicalType(clang_getCursorType(sub));
    if (rt.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(rt)), st))
        return PT_OP_AND;
    if (st.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(st)), rt))
        return PT_OP_MUL;
    return PT_OP_NONE;
}

/* Prefix operators sit at the expression's start; anything else is postfix ++/--. */
enum pt_op fe_unary_op(struct fe *fe, CXCursor c, CXCursor sub)
{
    if (fe_in_macro(fe, c)) {
        enum pt_op t = op_from_types(c, sub);
        if (t != PT_OP_NONE) return t;
    }
    CXSourceLocation l = clang_getCursorLocation(c);
    enum pt_op op = token_op_at(fe, l, clang_getSpellingLocation);
    if (op == PT_OP_NONE) op = token_op_at(fe, l, clang_getFileLocation);
    if (op == PT_OP_NONE || op == PT_OP_ASSIGN) {   /* postfix: the last token */
        CXToken *toks = NULL;
        unsigned n = 0;
        clang_tokenize(fe->tu, clang_getCursorExtent(c), &toks, &n);
        op = PT_OP_NONE;
        if (n && n < 256 && clang_getTokenKind(toks[n - 1]) == CXToken_Punctuation) {
            CXString s = clang_getTokenSpelling(fe->tu, toks[n - 1]);
            op = op_of(clang_getCString(s));
            clang_disposeString(s);
        }
        if (toks) clang_disposeTokens(fe->tu, toks, n);
        if (op != PT_OP_INC && op != PT_OP_DEC) op = PT_OP_NONE;
    }
    if (op == PT_OP_ADD) op = PT_OP_PLUS;
    if (op == PT_OP_SUB) op = PT_OP_NEG;
    return op;
}

/* For a for-statement written in a macro body: which of init/cond/inc exist. */
static void macro_for_parts(struct fe *fe, CXCursor c, int present[3])
{
    CXCursor m = fe_macro_at(fe, c);
    if (clang_Cursor_isNull(m)) return;
    CXCursor def = clang_getCursorReferenced(m);
    if (clang_getCursorKind(def) != CXCursor_MacroDefinition) return;
    CXToken *toks = NULL;
    unsigned n = 0, i = 0;
    clang_tokenize(fe->tu, clang_getCursorExtent(def), &toks, &n);
    for (; i + 1 < n; i++) {
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        int is_for = strcmp(clang_getCString(s), "for") == 0;
        clang_disposeString(s);
        if (is_for) break;
    }
    int depth = 0, part = 0, nonempty[3] = {0, 0, 0}, ok = 0;
    for (i += 2; i < n; i++) {   /* after "for (" */
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        const char *t = clang_getCString(s);
        int done = 0;
        if (t[0] == '(' && !t[1]) depth++;
        if (t[0] == ')' && !t[1] && depth-- == 0) { done = 1; ok = part == 2; }
        else if (t[0] == ';' && !t[1] && depth == 0) part++;
        else if (part < 3) nonempty[part] = 1;
        clang_disposeString(s);
        if (done || part > 2) break;
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    if (ok)
        for (int p = 0; p < 3; p++) present[p] = nonempty[p];
}

/* libclang skips absent for-statement parts; find which children are which
 * from the two ';' of the header. Returns 1 when the split is certain. */
unsigned fe_for_parts(struct fe *fe, CXCursor c, CXCursor *kids, unsigned n,
                      CXCursor *init, CXCursor *cond, CXCursor *inc, CXCursor *body)
{
    *init = *cond = *inc = clang_getNullCursor();
    *body = n ? kids[n - 1] : clang_getNullCursor();
    if (n == 0) return 0;
    unsigned semi[2] = {0, 0}, nsemi = 0;
    CXToken *toks = NULL;
    unsigned nt = 0;
    if (!fe_in_macro(fe, c)) {
        CXSourceRange r = clang_getRange(clang_getRangeStart(clang_getCursorExtent(c)),
                                         clang_getRangeStart(clang_getCursorExtent(*body)));
        clang_tokenize(fe->tu, r, &toks, &nt);
        int depth = 0;
        for (unsigned i = 0; i < nt && nsemi < 2; i++) {
            CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
            const char *t = clang_getCString(s);
            if (t[0] == '(' && !t[1]) depth++;
            else if (t[0] == ')' && !t[1]) depth--;
            else if (t[0] == ';' && !t[1] && depth == 1) {
                unsigned off;
                clang_getFileLocation(clang_getTokenLocation(fe->tu, toks[i]), NULL, NULL, NULL, &off);
                semi[nsemi++] = off;
            }
            clang_disposeString(s);
        }
        if (toks) clang_disposeTokens(fe->tu, toks, nt);
    }
    if (nsemi == 2) {
        for (unsigned i = 0; i + 1 < n; i++) {
            unsigned off;
            clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(kids[i])), NULL, NULL,
                                  NULL, &off);
            if (off < semi[0]) *init = kids[i];
            else if (off < semi[1]) *cond = kids[i];
            else *inc = kids[i];
        }
        return 1;
    }
    /* In a macro: read which parts exist from the macro's definition
     * (`for (; p == 0; )`); without it, assume the leading ones. */
    CXCursor *slots[3] = {init, cond, inc};
    int present[3] = {1, 1, 1};
    macro_for_parts(fe, c, present);
    unsigned k = 0;
    for (unsigned p = 0; p < 3 && k + 1 < n; p++)
        if (present[p]) *slots[p] = kids[k++];
    return 0;
}
