/* Calls that never return (a bug check, a failed assertion): found by name
 * (the model's list) or from the callee's declaration (noreturn, _Noreturn,
 * __declspec(noreturn)), and searched for where an expression statement's
 * value does not matter: the statement itself, a comma list, an arm of ?:
 * (NT_ASSERT, ASSERT) and casts to void. */
#include <string.h>
#include "fe_internal.h"
#include "noreturn.h"

/* C11's _Noreturn is an attribute of the declaration, not of its type. */
static enum CXChildVisitResult find_noreturn_attr(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    if (!clang_isAttribute(clang_getCursorKind(c))) return CXChildVisit_Continue;
    CXTranslationUnit tu = clang_Cursor_getTranslationUnit(c);
    CXToken *t = clang_getToken(tu, clang_getRangeStart(clang_getCursorExtent(c)));
    if (!t) return CXChildVisit_Continue;
    CXString s = clang_getTokenSpelling(tu, *t);
    if (strcmp(clang_getCString(s), "_Noreturn") == 0) *(int *)d = 1;
    clang_disposeString(s);
    clang_disposeTokens(tu, t, 1);
    return *(int *)d ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* noreturn and __declspec(noreturn) make the function's type noreturn. */
static int declared_noreturn(CXCursor decl)
{
    CXString s = clang_getTypeSpelling(clang_getCursorType(decl));
    int yes = strstr(clang_getCString(s), "noreturn") != NULL;
    clang_disposeString(s);
    if (!yes) clang_visitChildren(decl, find_noreturn_attr, &yes);
    return yes;
}

static int call_never_returns(CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    CXString s = clang_getCursorSpelling(clang_Cursor_isNull(callee) ? call : callee);
    int yes = pt_never_returns(clang_getCString(s));
    clang_disposeString(s);
    if (!yes && !clang_Cursor_isNull(callee) && clang_getCursorKind(callee) == CXCursor_FunctionDecl)
        yes = declared_noreturn(callee);
    return yes;
}

static int may_not_return(struct fe *fe, CXCursor c, unsigned depth)
{
    if (depth > 32) return 0;
    CXCursor kids[3];
    switch (clang_getCursorKind(c)) {
    case CXCursor_CallExpr: return call_never_returns(c);
    case CXCursor_ParenExpr: case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr:
        return fe_children(c, kids, 3) >= 1 && may_not_return(fe, kids[0], depth + 1);
    case CXCursor_BinaryOperator: case CXCursor_ConditionalOperator: {
        unsigned n = fe_children(c, kids, 3), found = 0;
        for (unsigned i = n == 3 ? 1 : 0; i < n && i < 3 && !found; i++)
            found = (unsigned)may_not_return(fe, kids[i], depth + 1);
        /* the operator's token scan only where an operand may end: a comma */
        return found && (n == 3 || (n == 2 && fe_binary_op(fe, c, kids[0], kids[1]) == PT_OP_COMMA));
    }
    default: return 0;
    }
}

int fe_may_not_return(struct fe *fe, CXCursor c)
{
    return may_not_return(fe, c, 0);
}

int fe_never_returns(CXCursor c)
{
    return clang_getCursorKind(c) == CXCursor_CallExpr && call_never_returns(c);
}
