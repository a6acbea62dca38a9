/* Initializer lists that store functions into fields: `FLT_REGISTRATION R =
 * { ..., NcUnload, ... }`, a `FLT_CONTEXT_REGISTRATION` array naming each
 * context's cleanup routine, an operation table. They are lowered as the
 * assignments they stand for (`R.FilterUnloadCallback = NcUnload`,
 * `Regs[1].ContextCleanupCallback = Close`), so the model and the
 * function-pointer table see them as they see the same stores written out in
 * DriverEntry. Only stores of functions are lowered; a list whose shape is not
 * sure (brace elision, nested designators) stops where the doubt starts. */
#include <stdlib.h>
#include <string.h>
#include "fe_internal.h"
#include "util.h"

#define FE_INIT_MAX_DEPTH 8     /* nested lists deeper than this are not followed */
#define FE_INIT_MAX_ITEMS 4096  /* items per list */

struct cursor_list {
    CXCursor *v;
    unsigned n, cap;
};

static enum CXChildVisitResult add_child(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct cursor_list *l = d;
    if (l->n >= FE_INIT_MAX_ITEMS) return CXChildVisit_Break;
    PT_GROW(l->v, l->n, l->cap);
    l->v[l->n++] = c;
    return CXChildVisit_Continue;
}

struct field_pick {
    unsigned want, at;
    CXCursor found;
};

static enum CXVisitorResult pick_field(CXCursor c, CXClientData d)
{
    struct field_pick *p = d;
    if (p->at++ == p->want) {
        p->found = c;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* The index-th field of a struct (positional initializers), or a null cursor. */
static CXCursor nth_field(CXType rec, unsigned index)
{
    struct field_pick p = {index, 0, clang_getNullCursor()};
    clang_Type_visitFields(rec, pick_field, &p);
    return p.found;
}

static int is_aggregate_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_Record || t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
}

static struct pt_expr *member_of(struct fb *b, struct pt_expr *place, CXCursor field, CXCursor at)
{
    struct pt_expr *e = fe_new_expr(b, PT_EX_MEMBER, at);
    CXString s = clang_getCursorSpelling(field);
    e->name = pt_arena_strdup(b->fe->arena, clang_getCString(s));
    clang_disposeString(s);
    fe_member_record(b, e, field);
    CXType ft = clang_getCanonicalType(clang_getCursorType(field));
    e->is_pointer = fe_type_is_pointer(ft);
    e->is_array = ft.kind == CXType_ConstantArray || ft.kind == CXType_IncompleteArray;
    e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 1);
    e->kids[0] = place;
    e->nkids = 1;
    return e;
}

static struct pt_expr *element_of(struct fb *b, struct pt_expr *place, unsigned index, CXCursor at)
{
    struct pt_expr *i = fe_new_expr(b, PT_EX_INT, at);
    i->ival = index;
    i->is_const = 1;
    struct pt_expr *e = fe_new_expr(b, PT_EX_INDEX, at);
    e->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 2);
    e->kids[0] = place;
    e->kids[1] = i;
    e->nkids = 2;
    return e;
}

/* `place = value` when value is a function (through casts and `&`). */
static void store_if_function(struct fb *b, struct pt_expr *place, CXCursor value)
{
    CXType vt = clang_getCanonicalType(clang_getCursorType(value));
    if (vt.kind != CXType_Pointer && vt.kind != CXType_FunctionProto && vt.kind != CXType_FunctionNoProto)
        return;
    struct pt_expr *v = fe_expr(b, value);
    const struct pt_expr *f = v->kind == PT_EX_ADDR && v->nkids == 1 ? v->kids[0] : v;
    if (f->kind != PT_EX_FUNC || !f->name) return;
    struct pt_expr *a = fe_new_expr(b, PT_EX_ASSIGN, value);
    a->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 2);
    a->kids[0] = place;
    a->kids[1] = v;
    a->nkids = 2;
    a->loc = v->loc;
    fe_emit(b, a);
}

static void lower_list(struct fb *b, CXCursor list, CXType type, struct pt_expr *place, unsigned depth);

/* One item of a list: a nested list, or a value stored into place. */
static int lower_item(struct fb *b, CXCursor value, CXType type, struct pt_expr *place, unsigned depth)
{
    if (clang_getCursorKind(value) == CXCursor_InitListExpr) {
        lower_list(b, value, type, place, depth + 1);
        return 1;
    }
    /* a scalar where an aggregate starts: brace elision, whose positions we do not follow */
    if (is_aggregate_type(type) && !is_aggregate_type(clang_getCursorType(value))) return 0;
    if (!is_aggregate_type(type)) store_if_function(b, place, value);
    return 1;
}

/* A designated item is an unexposed expression with its designators, then the
 * value (an implicit cast has one child). 1: `.Field = value`, with field and
 * value set; -1: another designator (`[3] =`, `.a.b =`); 0: a positional item. */
static int designated(CXCursor item, CXCursor *field, CXCursor *value)
{
    if (clang_getCursorKind(item) != CXCursor_UnexposedExpr) return 0;
    struct cursor_list k = {0};
    clang_visitChildren(item, add_child, &k);
    int r = k.n < 2 ? 0 : k.n == 2 && clang_getCursorKind(k.v[0]) == CXCursor_MemberRef ? 1 : -1;
    if (r == 1) {
        *field = clang_getCursorReferenced(k.v[0]);
        *value = k.v[1];
    }
    free(k.v);
    return r;
}

static void lower_list(struct fb *b, CXCursor list, CXType type, struct pt_expr *place, unsigned depth)
{
    if (depth > FE_INIT_MAX_DEPTH) return;
    CXType t = clang_getCanonicalType(type);
    int is_array = t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray;
    if (!is_array && t.kind != CXType_Record) return;
    int is_union = !is_array && clang_getCursorKind(clang_getTypeDeclaration(t)) == CXCursor_UnionDecl;
    struct cursor_list items = {0};
    clang_visitChildren(list, add_child, &items);
    int after_designator = 0;
    for (unsigned i = 0; i < items.n; i++) {
        CXCursor item = items.v[i], field = clang_getNullCursor(), value = item;
        int d = designated(item, &field, &value);
        /* positions after a designator continue from it, and array designators
         * renumber: neither is followed */
        if (d < 0 || (d == 1 && is_array) || (d == 0 && after_designator)) break;
        struct pt_expr *to;
        CXType vt;
        if (is_array) {
            to = element_of(b, place, i, item);
            vt = clang_getArrayElementType(t);
        } else {
            if (d == 0) field = i == 0 || !is_union ? nth_field(t, i) : clang_getNullCursor();
            if (clang_Cursor_isNull(field)) break;
            to = member_of(b, place, field, item);
            vt = clang_getCursorType(field);
        }
        if (!lower_item(b, value, vt, to, depth)) break;
        after_designator = d == 1;
    }
    free(items.v);
}

void fe_lower_init_stores(struct fb *b, CXCursor list, CXType type, struct pt_expr *place)
{
    if (clang_getCursorKind(list) == CXCursor_InitListExpr) lower_list(b, list, type, place, 0);
}
