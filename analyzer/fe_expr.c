/* Lowering of libclang expressions into pt_expr trees, and variables. */
#include <stdlib.h>
#include <string.h>
#include "fe_internal.h"
#include "util.h"

int fe_type_is_pointer(CXType t)
{
    t = clang_getCanonicalType(t);
    switch (t.kind) {
    case CXType_Pointer: case CXType_BlockPointer: case CXType_MemberPointer:
    case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    case CXType_NullPtr:
        return 1;
    default:
        return 0;
    }
}

int fe_type_is_aggregate(CXType t)
{
    t = clang_getCanonicalType(t);
    switch (t.kind) {
    case CXType_Record: case CXType_ConstantArray: case CXType_IncompleteArray:
    case CXType_VariableArray:
        return 1;
    default:
        return 0;
    }
}

struct pt_expr *fe_new_expr(struct fb *b, enum pt_ex_kind kind, CXCursor at)
{
    struct pt_expr *e = PT_ANEW(b->fe->arena, struct pt_expr);
    e->kind = kind;
    e->id = b->fn->nexprs++;
    e->var = -1;
    if (!clang_Cursor_isNull(at)) {
        e->loc = fe_loc(b->fe, at);
        CXType t = clang_getCanonicalType(clang_getCursorType(at));
        e->is_pointer = fe_type_is_pointer(t);
        e->is_array = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
                      t.kind == CXType_VariableArray;
        e->is_unsigned = t.kind == CXType_UInt || t.kind == CXType_ULong || t.kind == CXType_ULongLong ||
                         t.kind == CXType_UShort || t.kind == CXType_UChar || t.kind == CXType_Char_U ||
                         t.kind == CXType_Bool;
    }
    return e;
}

/* A record's name as C spells it, "struct _FDO": C++ leaves the keyword out
 * ("_FDO"), and a parameter's pointee must compare with a field's (PT006). */
static char *record_spelling(CXType rec)
{
    CXString s = clang_getTypeSpelling(rec);
    const char *t = clang_getCString(s);
    int bare = !clang_isConstQualifiedType(rec) && !clang_isVolatileQualifiedType(rec) &&
               strncmp(t, "struct ", 7) != 0 && strncmp(t, "union ", 6) != 0 && strncmp(t, "class ", 6) != 0;
    char *r = bare ? pt_asprintf("struct %s", t) : pt_strdup(t);
    clang_disposeString(s);
    return r;
}

/* A variable's canonical type, with a pointee record spelled as in C. */
static const char *type_spelling(struct fb *b, CXType t)
{
    CXType p = t.kind == CXType_Pointer ? clang_getCanonicalType(clang_getPointeeType(t)) : t;
    char *r;
    if (t.kind == CXType_Pointer && p.kind == CXType_Record) {
        char *rec = record_spelling(p);
        r = pt_asprintf("%s *", rec);
        free(rec);
    } else {
        CXString s = clang_getTypeSpelling(t);
        r = pt_strdup(clang_getCString(s));
        clang_disposeString(s);
    }
    const char *out = pt_arena_strdup(b->fe->arena, r);
    free(r);
    return out;
}

static int add_var(struct fb *b, const char *name, enum pt_var_kind kind, CXType t)
{
    struct pt_func *fn = b->fn;
    PT_GROW(fn->vars, fn->nvars, fn->cap_vars);
    struct pt_var *v = &fn->vars[fn->nvars];
    memset(v, 0, sizeof *v);
    v->name = pt_arena_strdup(b->fe->arena, name);
    v->kind = kind;
    if (t.kind != CXType_Invalid) {
        v->is_pointer = fe_type_is_pointer(t) && !fe_type_is_aggregate(t);
        v->is_aggregate = fe_type_is_aggregate(t);
        v->type = type_spelling(b, clang_getCanonicalType(t));
    }
    return (int)fn->nvars++;
}

int fe_new_temp(struct fb *b, const char *name)
{
    CXType none = {CXType_Invalid, {0, 0}};
    return add_var(b, name, PT_VAR_TEMP, none);
}

static int is_function_kind(enum CXCursorKind k)
{
    return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
           k == CXCursor_Destructor || k == CXCursor_ConversionFunction ||
           k == CXCursor_FunctionTemplate || k == CXCursor_LambdaExpr;
}

/* The variable index for a VarDecl/ParmDecl, created on first sight. */
int fe_var_for(struct fb *b, CXCursor decl)
{
    for (unsigned i = 0; i < b->nvars; i++)
        if (clang_equalCursors(b->vars[i].c, decl)) return b->vars[i].var;
    enum pt_var_kind kind = PT_VAR_GLOBAL;
    if (clang_getCursorKind(decl) == CXCursor_ParmDecl) {
        kind = PT_VAR_PARAM;
    } else if (is_function_kind(clang_getCursorKind(clang_getCursorSemanticParent(decl)))) {
        kind = clang_Cursor_getStorageClass(decl) == CX_SC_Static ? PT_VAR_STATIC : PT_VAR_LOCAL;
    }
    CXString name = clang_getCursorSpelling(decl);
    int v = add_var(b, clang_getCString(name), kind, clang_getCursorType(decl));
    clang_disposeString(name);
    PT_GROW(b->vars, b->nvars, b->cap_vars);
    b->vars[b->nvars].c = decl;
    b->vars[b->nvars].var = v;
    b->nvars++;
    return v;
}

/* Integer value of a constant expression, if clang can fold it. */
static int try_eval(CXCursor c, int64_t *out)
{
    CXEvalResult r = clang_Cursor_Evaluate(c);
    if (!r) return 0;
    int ok = 0;
    if (clang_EvalResult_getKind(r) == CXEval_Int) {
        *out = clang_EvalResult_isUnsignedInt(r) ? (int64_t)clang_EvalResult_getAsUnsigned(r)
                                                 : (int64_t)clang_EvalResult_getAsLongLong(r);
        ok = 1;
    }
    clang_EvalResult_dispose(r);
    return ok;
}

static int may_be_constant(CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_IntegerLiteral: case CXCursor_CharacterLiteral: case CXCursor_UnaryExpr:
    case CXCursor_CXXBoolLiteralExpr:
        return 1;
    case CXCursor_ParenExpr: case CXCursor_UnexposedExpr: case CXCursor_CStyleCastExpr:
    case CXCursor_BinaryOperator: case CXCursor_UnaryOperator: case CXCursor_DeclRefExpr:
    case CXCursor_CXXStaticCastExpr: case CXCursor_CXXFunctionalCastExpr: {
        CXType t = clang_getCanonicalType(clang_getCursorType(c));
        return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) || t.kind == CXType_Enum ||
               t.kind == CXType_Pointer;
    }
    default:
        return 0;
    }
}

/* A const-qualified variable with a constant initializer (C: `const ULONG Tag = 'gaTM';`). */
static int const_var_value(CXCursor decl, int64_t *out)
{
    if (clang_getCursorKind(decl) != CXCursor_VarDecl) return 0;
    if (!clang_isConstQualifiedType(clang_getCursorType(decl))) return 0;
    CXCursor kids[4];
    unsigned n = fe_children(decl, kids, 4);
    for (unsigned i = n > 4 ? 4 : n; i-- > 0;)
        if (fe_is_expr(kids[i])) return try_eval(kids[i], out);
    return 0;
}

static struct pt_expr *kids_expr(struct fb *b, enum pt_ex_kind kind, CXCursor c, unsigned first)
{
    CXCursor kids[16];
    unsigned n = fe_children(c, kids, 16);
    if (n > 16) n = 16;
    struct pt_expr *e = fe_new_expr(b, kind, c);
    e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, n ? n : 1);
    for (unsigned i = first; i < n; i++)
        if (fe_is_expr(kids[i])) e->kids[e->nkids++] = fe_expr(b, kids[i]);
    return e;
}

static struct pt_expr *lower_call(struct fb *b, CXCursor c);
static struct pt_expr *lower_ref(struct fb *b, CXCursor c);
static struct pt_expr *lower_member(struct fb *b, CXCursor c);
static struct pt_expr *lower_operator(struct fb *b, CXCursor c, enum CXCursorKind k);

static struct pt_expr *last_expr_child(struct fb *b, CXCursor c)
{
    CXCursor kids[8];
    unsigned n = fe_children(c, kids, 8);
    if (n > 8) n = 8;
    for (unsigned i = n; i-- > 0;)
        if (fe_is_expr(kids[i])) {
            struct pt_expr *e = fe_expr(b, kids[i]);
            if (fe_type_is_pointer(clang_getCursorType(c))) e->is_pointer = 1;
            return e;
        }
    return fe_new_expr(b, PT_EX_UNKNOWN, c);
}

struct pt_expr *fe_expr(struct fb *b, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (b->depth > FE_MAX_DEPTH) return fe_new_expr(b, PT_EX_UNKNOWN, c);
    b->depth++;
    struct pt_expr *e = NULL;
    int64_t v;
    if (k == CXCursor_StringLiteral) {
        e = fe_new_expr(b, PT_EX_STRING, c);
        e->is_string = 1;
    } else if (may_be_constant(c) && try_eval(c, &v)) {
        e = fe_new_expr(b, PT_EX_INT, c);
        e->ival = v;
        e->is_const = 1;
    } else {
        switch (k) {
        case CXCursor_CXXNullPtrLiteralExpr: case CXCursor_GNUNullExpr:
            e = fe_new_expr(b, PT_EX_INT, c);
            e->is_const = 1;
            break;
        case CXCursor_ParenExpr: case CXCursor_CStyleCastExpr: case CXCursor_CXXStaticCastExpr:
        case CXCursor_CXXReinterpretCastExpr: case CXCursor_CXXConstCastExpr:
        case CXCursor_CXXFunctionalCastExpr: case CXCursor_CXXDynamicCastExpr:
            e = last_expr_child(b, c);
            break;
        case CXCursor_UnexposedExpr: {
            CXCursor kids[2];
            unsigned n = fe_children(c, kids, 2);
            /* an implicit cast spans exactly its operand; a recovery expression
             * (clang could not type it) spans more and must not become its child */
            if (n == 1 && fe_is_expr(kids[0]) &&
                clang_equalRanges(clang_getCursorExtent(c), clang_getCursorExtent(kids[0]))) {
                e = fe_expr(b, kids[0]);
                if (fe_type_is_pointer(clang_getCursorType(c))) e->is_pointer = 1;
            } else {
                e = kids_expr(b, PT_EX_UNKNOWN, c, 0);
            }
            break;
        }
        case CXCursor_CallExpr:
            e = lower_call(b, c);
            break;
        case CXCursor_DeclRefExpr:
            e = lower_ref(b, c);
            break;
        case CXCursor_MemberRefExpr:
            e = lower_member(b, c);
            break;
        case CXCursor_BinaryOperator: case CXCursor_CompoundAssignOperator:
        case CXCursor_UnaryOperator: case CXCursor_ConditionalOperator:
        case CXCursor_ArraySubscriptExpr:
            e = lower_operator(b, c, k);
            break;
        case CXCursor_CXXThisExpr:
            e = fe_new_expr(b, PT_EX_UNKNOWN, c);
            break;
        default:
            e = kids_expr(b, PT_EX_UNKNOWN, c, 0);
            break;
        }
    }
    b->depth--;
    return e;
}

static struct pt_expr *lower_ref(struct fb *b, CXCursor c)
{
    CXCursor ref = clang_getCursorReferenced(c);
    enum CXCursorKind rk = clang_getCursorKind(ref);
    struct pt_expr *e;
    int64_t v;
    if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
        if (const_var_value(ref, &v)) {
            e = fe_new_expr(b, PT_EX_INT, c);
            e->ival = v;
            e->is_const = 1;
            return e;
        }
        e = fe_new_expr(b, PT_EX_VAR, c);
        e->var = fe_var_for(b, ref);
        return e;
    }
    if (is_function_kind(rk)) {
        e = fe_new_expr(b, PT_EX_FUNC, c);
        e->callee_static = clang_Cursor_getStorageClass(ref) == CX_SC_Static;
        CXString s = clang_getCursorSpelling(ref);
        e->name = pt_arena_strdup(b->fe->arena, clang_getCString(s));
        clang_disposeString(s);
        return e;
    }
    return fe_new_expr(b, PT_EX_UNKNOWN, c);
}

/* "struct _FDO" for a field declared `struct _FDO *` (PFDO): what the
 * whole-driver rules compare with the blocks an unload path frees. */
static const char *pointee_record(struct fb *b, CXCursor field)
{
    CXType t = clang_getCanonicalType(clang_getCursorType(field));
    if (t.kind != CXType_Pointer) return NULL;
    CXType p = clang_getCanonicalType(clang_getPointeeType(t));
    if (p.kind != CXType_Record) return NULL;
    char *rec = record_spelling(p);
    const char *r = pt_arena_strdup(b->fe->arena, rec);
    free(rec);
    return r;
}

void fe_member_record(struct fb *b, struct pt_expr *e, CXCursor field)
{
    e->pointee = pointee_record(b, field);
    CXCursor rec = clang_getCursorSemanticParent(field);
    if (clang_Cursor_isNull(rec)) return;
    e->record_system = clang_Location_isInSystemHeader(clang_getCursorLocation(rec)) != 0;
    CXString rs = clang_getTypeSpelling(clang_getCanonicalType(clang_getCursorType(rec)));
    e->record = pt_arena_strdup(b->fe->arena, clang_getCString(rs));
    clang_disposeString(rs);
}

static struct pt_expr *lower_member(struct fb *b, CXCursor c)
{
    CXCursor kids[2];
    unsigned n = fe_children(c, kids, 2);
    struct pt_expr *e = fe_new_expr(b, PT_EX_MEMBER, c);
    CXString s = clang_getCursorSpelling(c);
    e->name = pt_arena_strdup(b->fe->arena, clang_getCString(s));
    clang_disposeString(s);
    fe_member_record(b, e, clang_getCursorReferenced(c));
    e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 1);
    if (n >= 1 && fe_is_expr(kids[0])) {
        e->kids[0] = fe_expr(b, kids[0]);
        e->arrow = fe_type_is_pointer(clang_getCursorType(kids[0]));
    } else {
        e->kids[0] = fe_new_expr(b, PT_EX_UNKNOWN, c);   /* implicit this-> */
        e->arrow = 1;
    }
    e->nkids = 1;
    return e;
}

static struct pt_expr *lower_operator(struct fb *b, CXCursor c, enum CXCursorKind k)
{
    CXCursor kids[3];
    unsigned n = fe_children(c, kids, 3);
    struct pt_expr *e;
    if (k == CXCursor_UnaryOperator && n >= 1) {
        enum pt_op op = fe_unary_op(b->fe, c, kids[0]);
        struct pt_expr *sub = fe_expr(b, kids[0]);
        if (op == PT_OP_MUL) e = fe_new_expr(b, PT_EX_DEREF, c);
        else if (op == PT_OP_AND) e = fe_new_expr(b, PT_EX_ADDR, c);
        else if (op == PT_OP_INC || op == PT_OP_DEC) e = fe_new_expr(b, PT_EX_INCDEC, c);
        else e = fe_new_expr(b, PT_EX_UNARY, c);
        if (op == PT_OP_AND) e->is_pointer = 1;
        e->op = op;
        e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 1);
        e->kids[0] = sub;
        e->nkids = 1;
        return e;
    }
    if ((k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) && n >= 2) {
        enum pt_op op = fe_binary_op(b->fe, c, kids[0], kids[1]);
        if (op == PT_OP_NONE && b->hint != FE_OPS_ANY && clang_equalCursors(c, b->hint_cursor))
            op = fe_macro_op(b->fe, c, b->hint);
        if (k == CXCursor_CompoundAssignOperator) e = fe_new_expr(b, PT_EX_ASSIGN, c);
        else if (op == PT_OP_ASSIGN) e = fe_new_expr(b, PT_EX_ASSIGN, c);
        else if (op == PT_OP_NONE) e = fe_new_expr(b, PT_EX_UNKNOWN, c);
        else if (op == PT_OP_LAND || op == PT_OP_LOR) e = fe_new_expr(b, PT_EX_LOGIC, c);
        else if (op == PT_OP_COMMA) e = fe_new_expr(b, PT_EX_COMMA, c);   /* trace macros: ("fmt", p) */
        else e = fe_new_expr(b, PT_EX_BINARY, c);
        e->op = op;
        if (e->kind == PT_EX_ASSIGN && op == PT_OP_ASSIGN) e->op = PT_OP_NONE;
        e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 2);
        e->kids[0] = fe_expr(b, kids[0]);
        e->kids[1] = fe_expr(b, kids[1]);
        e->nkids = 2;
        return e;
    }
    if (k == CXCursor_ConditionalOperator && n >= 3) return kids_expr(b, PT_EX_COND, c, 0);
    if (k == CXCursor_ArraySubscriptExpr && n >= 2) return kids_expr(b, PT_EX_INDEX, c, 0);
    return kids_expr(b, PT_EX_UNKNOWN, c, 0);
}

/* Undeclared callees in C get an implicit declaration at their first use, inside
 * some function body; names that look like WDK routines are then treated as such. */
static int implicit_decl(struct fe *fe, CXCursor decl)
{
    CXFile f;
    unsigned off;
    clang_getFileLocation(clang_getCursorLocation(decl), &f, NULL, NULL, &off);
    if (!f || !clang_File_isEqual(f, fe->main_file)) return 0;
    for (unsigned i = 0; i < fe->nfn_extents; i++)
        if (off > fe->fn_extents[i].begin && off < fe->fn_extents[i].end) return 1;
    return 0;
}

static int wdk_name(const char *n)
{
    static const char *const prefixes[] = {
        "Ex", "Ke", "Io", "Mm", "Ob", "Ps", "Rtl", "Zw", "Nt", "Wdf", "Ndis", "Flt", "Se", "Po",
        "Hal", "Wmi", "Ks", "Cm", "Dbg", "Interlocked", "Wsk", "Etw", "Tdi", "Pc", "Vid", "Usbd",
        "Iof", "Exf", "Kef", "Fsrtl", "FsRtl", "Cc", NULL};
    for (int i = 0; prefixes[i]; i++) {
        size_t l = strlen(prefixes[i]);
        if (strncmp(n, prefixes[i], l) == 0 && n[l] >= 'A' && n[l] <= 'Z') return 1;
    }
    static const char *const crt[] = {"memcpy", "memset", "memmove", "memcmp", "strlen", "wcslen",
                                      "strcpy", "wcscpy", "sprintf", "swprintf", "_snwprintf",
                                      "DbgPrint", "DbgPrintEx", "KdPrint", NULL};
    for (int i = 0; crt[i]; i++)
        if (strcmp(n, crt[i]) == 0) return 1;
    return 0;
}

static enum pt_callee_kind classify_callee(struct fe *fe, CXCursor decl, const char *name)
{
    if (clang_Cursor_isNull(decl)) return PT_CALLEE_UNKNOWN;
    CXCursor def = clang_getCursorDefinition(decl);
    if (!clang_Cursor_isNull(def)) decl = def;   /* an inline WDK routine is still WDK */
    CXSourceLocation loc = clang_getCursorLocation(decl);
    CXFile f;
    clang_getFileLocation(loc, &f, NULL, NULL, NULL);
    if (fe_is_wdk(loc, f)) return PT_CALLEE_SYSTEM;
    if (!clang_Cursor_isNull(def)) return PT_CALLEE_LOCAL;
    if (name && implicit_decl(fe, decl) && wdk_name(name)) return PT_CALLEE_SYSTEM;
    return PT_CALLEE_UNKNOWN;
}

static enum CXChildVisitResult find_annotation(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    const char *want = ((const char **)d)[0];
    if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
        CXString s = clang_getCursorSpelling(c);
        if (strcmp(clang_getCString(s), want) == 0) ((const char **)d)[1] = want;
        clang_disposeString(s);
    }
    return CXChildVisit_Continue;
}

static int has_annotation(CXCursor c, const char *what)
{
    const char *d[2] = {what, NULL};
    clang_visitChildren(c, find_annotation, d);
    return d[1] != NULL;
}

/* SAL on the declaration of a function without a body here (our pt_sal.h
 * turns __drv_allocatesMem / __drv_freesMem / _Frees_ptr_ into annotations;
 * _When_ is read from the tokens, fe_sal_when.c). */
static void note_sal_effects(struct fe *fe, CXCursor decl, const struct pt_expr *call)
{
    if (pt_strmap_put(&fe->sal_read, call->name, 1) >= 0) return;   /* once per callee, not per call */
    int frees = -2, out = -1;
    if (has_annotation(decl, "pt_allocates")) frees = -1;
    int nargs = clang_Cursor_getNumArguments(decl);
    for (int i = 0; i < nargs && i < 64 && frees == -2 && out < 0; i++) {
        CXCursor a = clang_Cursor_getArgument(decl, (unsigned)i);
        if (has_annotation(a, "pt_frees")) frees = i;
        /* `__drv_allocatesMem(Mem) PVOID *Out`, `_Outptr_allocatesMem_`: fresh memory in *Out */
        else if ((has_annotation(a, "pt_allocates") || has_annotation(a, "pt_allocates_out")) &&
                 clang_getCanonicalType(clang_getCursorType(a)).kind == CXType_Pointer)
            out = i;
    }
    unsigned if_ok = fe_sal_taken_if_ok(fe, decl, call->name);
    if (frees == -2 && out < 0 && !if_ok) return;
    CXString rt = clang_getTypeSpelling(clang_getResultType(clang_getCursorType(decl)));
    int status = strcmp(clang_getCString(rt), "NTSTATUS") == 0;
    clang_disposeString(rt);
    struct pt_tu_ir *ir = fe->ir;
    PT_GROW(ir->decls, ir->ndecls, ir->cap_decls);
    ir->decls[ir->ndecls].name = call->name;
    ir->decls[ir->ndecls].frees_param = out >= 0 || frees == -2 ? -1 : frees;
    ir->decls[ir->ndecls].no_api = frees == -2 && out < 0;
    ir->decls[ir->ndecls].taken_if_ok = if_ok;
    ir->decls[ir->ndecls].out_param = out;
    ir->decls[ir->ndecls].status = out >= 0 && status;
    ir->decls[ir->ndecls++].is_static = call->callee_static;
}

/* Bit i set: parameter i of the callee's prototype (a function, or the
 * function pointer a field holds) points to const data. */
static unsigned const_params(CXCursor decl)
{
    if (clang_Cursor_isNull(decl)) return 0;
    CXType t = clang_getCanonicalType(clang_getCursorType(decl));
    if (t.kind == CXType_Pointer) t = clang_getCanonicalType(clang_getPointeeType(t));
    if (t.kind != CXType_FunctionProto) return 0;
    int n = clang_getNumArgTypes(t);
    unsigned mask = 0;
    for (int i = 0; i < n && i < 16; i++) {
        CXType a = clang_getCanonicalType(clang_getArgType(t, (unsigned)i));
        if (a.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(a))) mask |= 1u << i;
    }
    return mask;
}

static struct pt_expr *lower_call(struct fb *b, CXCursor c)
{
    struct pt_expr *e = fe_new_expr(b, PT_EX_CALL, c);
    CXCursor decl = clang_getCursorReferenced(c);
    CXString s = clang_getCursorSpelling(c);
    const char *name = clang_getCString(s);
    if (name && *name) e->name = pt_arena_strdup(b->fe->arena, name);
    clang_disposeString(s);
    e->callee = classify_callee(b->fe, decl, e->name);
    e->callee_static = !clang_Cursor_isNull(decl) && clang_Cursor_getStorageClass(decl) == CX_SC_Static;
    if (e->callee == PT_CALLEE_UNKNOWN && e->name && !clang_Cursor_isNull(decl)) note_sal_effects(b->fe, decl, e);
    e->via_field = clang_getCursorKind(decl) == CXCursor_FieldDecl;
    int nargs = clang_Cursor_getNumArguments(c);
    if (nargs < 0) nargs = 0;
    if (nargs > 64) nargs = 64;
    e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, nargs ? (unsigned)nargs : 1);
    for (int i = 0; i < nargs; i++)
        e->kids[e->nkids++] = fe_expr(b, clang_Cursor_getArgument(c, (unsigned)i));
    if (e->callee == PT_CALLEE_UNKNOWN) e->borrow_args = const_params(decl);
    /* The location of a call is its callee name: the line a person reads. */
    if (e->name && clang_Cursor_isNull(decl) == 0) {
        CXCursor kids[1];
        if (fe_children(c, kids, 1) >= 1) e->loc = fe_loc(b->fe, kids[0]);
    }
    return e;
}
