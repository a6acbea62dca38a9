/* Lowering of statements into the CFG: if/else, loops, switch with fall-through,
 * goto/labels, return, break/continue, __try/__finally/__except/__leave. */
#include <stdlib.h>
#include <string.h>
#include "fe_internal.h"
#include "util.h"

int fe_new_block(struct fb *b)
{
    struct pt_func *fn = b->fn;
    PT_GROW(fn->blocks, fn->nblocks, fn->cap_blocks);
    struct pt_block *bl = &fn->blocks[fn->nblocks];
    memset(bl, 0, sizeof *bl);
    bl->succ[0] = bl->succ[1] = -1;
    return (int)fn->nblocks++;
}

/* Statements after a return/goto are unreachable: they go to a fresh block no
 * edge leads to, so labels inside them still work. */
static void ensure_block(struct fb *b)
{
    if (b->cur < 0) b->cur = fe_new_block(b);
}

void fe_emit(struct fb *b, struct pt_expr *e)
{
    ensure_block(b);
    struct pt_block *bl = &b->fn->blocks[b->cur];
    PT_GROW(bl->stmts, bl->nstmts, bl->cap);
    bl->stmts[bl->nstmts++].e = e;
}

static void terminate(struct fb *b, enum pt_term_kind kind, int s0, int s1)
{
    ensure_block(b);
    struct pt_block *bl = &b->fn->blocks[b->cur];
    bl->term = kind;
    bl->succ[0] = s0;
    bl->succ[1] = s1;
    b->cur = -1;
}

void fe_goto(struct fb *b, int target)
{
    if (b->cur >= 0) terminate(b, PT_T_GOTO, target, -1);
}

/* Continue in `block` (falling into it from the current block). */
static void start(struct fb *b, int block)
{
    fe_goto(b, block);
    b->cur = block;
}

static int label_block(struct fb *b, CXCursor label)
{
    for (unsigned i = 0; i < b->nlabels; i++)
        if (clang_equalCursors(b->labels[i].c, label)) return b->labels[i].block;
    PT_GROW(b->labels, b->nlabels, b->cap_labels);
    b->labels[b->nlabels].c = label;
    b->labels[b->nlabels].block = fe_new_block(b);
    return b->labels[b->nlabels++].block;
}

static CXCursor strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr) return c;
        CXCursor kids[2];
        if (fe_children(c, kids, 2) != 1 || !fe_is_expr(kids[0])) return c;
        c = kids[0];
    }
}

/* libclang 14 cannot show an operator written in a macro's body
 * (`(!(exp)) ? ...` of NT_ASSERT): there a prefix operator giving int, used
 * as a condition, is taken for '!' (-x and ~x are not written as tests). */
static int cond_not(struct fb *b, CXCursor u, CXCursor sub)
{
    enum pt_op op = fe_unary_op(b->fe, u, sub);
    if (op != PT_OP_NONE) return op == PT_OP_NOT;
    return fe_in_macro(b->fe, u) && clang_getCanonicalType(clang_getCursorType(u)).kind == CXType_Int;
}

/* Branch on a condition, splitting && / || / ! so each test is its own edge. */
void fe_cond(struct fb *b, CXCursor c, int t, int f)
{
    CXCursor s = strip(c);
    enum CXCursorKind k = clang_getCursorKind(s);
    CXCursor kids[2];
    if (b->depth < FE_MAX_DEPTH && k == CXCursor_BinaryOperator && fe_children(s, kids, 2) == 2) {
        enum pt_op op = fe_binary_op(b->fe, s, kids[0], kids[1]);
        if (op == PT_OP_LAND || op == PT_OP_LOR) {
            int mid = fe_new_block(b);
            b->depth++;
            if (op == PT_OP_LAND) fe_cond(b, kids[0], mid, f);
            else fe_cond(b, kids[0], t, mid);
            b->cur = mid;
            fe_cond(b, kids[1], t, f);
            b->depth--;
            return;
        }
    }
    if (b->depth < FE_MAX_DEPTH && k == CXCursor_UnaryOperator && fe_children(s, kids, 1) == 1 &&
        cond_not(b, s, kids[0])) {
        b->depth++;
        fe_cond(b, kids[0], f, t);
        b->depth--;
        return;
    }
    b->hint_cursor = s;
    b->hint = FE_OPS_COMPARE;
    struct pt_expr *e = fe_expr(b, c);
    b->hint = FE_OPS_ANY;
    ensure_block(b);
    struct pt_block *bl = &b->fn->blocks[b->cur];
    bl->cond = e;
    bl->loc = fe_loc(b->fe, c);
    bl->cond_text = fe_text(b->fe, c, 80);
    if (b->if_in_macro) {   /* the text is the macro call: say the test is in it (engine.c branch_msg) */
        char *m = pt_asprintf("%c%s", b->if_in_macro == FE_IN_ASSERTION ? PT_COND_ASSERTION : PT_COND_IN_MACRO,
                              bl->cond_text);
        bl->cond_text = pt_arena_strdup(b->fe->arena, m);
        free(m);
    }
    terminate(b, PT_T_BRANCH, t, f);
}

static void lower_children(struct fb *b, CXCursor c)
{
    CXCursor kids[64];
    unsigned n = fe_children(c, kids, 64);
    if (n <= 64) {
        for (unsigned i = 0; i < n; i++) fe_stmt(b, kids[i]);
        return;
    }
    CXCursor *all = pt_xmalloc(n * sizeof *all);
    fe_children(c, all, n);
    for (unsigned i = 0; i < n; i++) fe_stmt(b, all[i]);
    free(all);
}

static struct pt_expr *assign_expr(struct fb *b, CXCursor at, struct pt_expr *lhs, struct pt_expr *rhs)
{
    struct pt_expr *a = fe_new_expr(b, PT_EX_ASSIGN, at);
    a->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 2);
    a->kids[0] = lhs;
    a->kids[1] = rhs;
    a->nkids = 2;
    return a;
}

static struct pt_expr *var_expr(struct fb *b, CXCursor at, int var)
{
    struct pt_expr *e = fe_new_expr(b, PT_EX_VAR, at);
    e->var = var;
    return e;
}

/* `x = c ? a : b;` becomes a branch with an assignment on each side, so that
 * x stays tied to c (status = p ? STATUS_SUCCESS : STATUS_NO_MEMORY). The lhs
 * is a cursor (an assignment) or a variable (a declaration). */
static int lower_cond_assign(struct fb *b, CXCursor at, CXCursor lhs, int var, CXCursor rhs)
{
    CXCursor r = strip(rhs), kids[3];
    if (clang_getCursorKind(r) != CXCursor_ConditionalOperator || fe_children(r, kids, 3) != 3)
        return 0;
    int then_b = fe_new_block(b), else_b = fe_new_block(b), join = fe_new_block(b);
    fe_cond(b, kids[0], then_b, else_b);
    for (int side = 0; side < 2; side++) {
        b->cur = side ? else_b : then_b;
        struct pt_expr *l = var >= 0 ? var_expr(b, at, var) : fe_expr(b, lhs);
        fe_emit(b, assign_expr(b, at, l, fe_expr(b, kids[1 + side])));
        fe_goto(b, join);
    }
    b->cur = join;
    return 1;
}

static void lower_decl(struct fb *b, CXCursor decl)
{
    if (clang_getCursorKind(decl) != CXCursor_VarDecl) return;
    int v = fe_var_for(b, decl);
    CXCursor kids[8];
    unsigned n = fe_children(decl, kids, 8);
    if (n > 8) n = 8;
    for (unsigned i = n; i-- > 0;) {
        if (!fe_is_expr(kids[i])) continue;
        if (lower_cond_assign(b, decl, clang_getNullCursor(), v, kids[i])) return;
        fe_emit(b, assign_expr(b, decl, var_expr(b, decl, v), fe_expr(b, kids[i])));
        fe_lower_init_stores(b, kids[i], clang_getCursorType(decl), var_expr(b, decl, v));
        return;
    }
}

static void lower_if(struct fb *b, CXCursor c)
{
    CXCursor kids[4];
    unsigned n = fe_children(c, kids, 4);
    if (n < 2) return;
    unsigned ci = n >= 3 && !fe_is_expr(kids[0]) ? 1 : 0;   /* C++ init statement */
    int then_b = fe_new_block(b), join = fe_new_block(b);
    int has_else = n > ci + 2;
    int else_b = has_else ? fe_new_block(b) : join;
    int saved_macro = b->if_in_macro;
    b->if_in_macro = fe_in_macro(b->fe, c);
    fe_cond(b, kids[ci], then_b, else_b);
    b->if_in_macro = saved_macro;
    b->cur = then_b;
    fe_stmt(b, kids[ci + 1]);
    fe_goto(b, join);
    if (has_else) {
        b->cur = else_b;
        fe_stmt(b, kids[ci + 2]);
        fe_goto(b, join);
    }
    b->cur = join;
}

static void push_loop(struct fb *b, int brk, int cont)
{
    b->brk[b->nloops] = brk;
    b->cont[b->nloops] = cont;
    b->nloops++;
}

static void lower_loop(struct fb *b, CXCursor c, enum CXCursorKind k)
{
    if (b->nloops >= FE_MAX_NEST) return;
    CXCursor kids[8], init, cond, inc, body;
    unsigned n = fe_children(c, kids, 8);
    if (n == 0 || n > 8) return;
    int head = fe_new_block(b), body_b = fe_new_block(b), next = fe_new_block(b),
        exit = fe_new_block(b);
    if (k == CXCursor_ForStmt) {
        fe_for_parts(b->fe, c, kids, n, &init, &cond, &inc, &body);
    } else if (k == CXCursor_WhileStmt) {
        init = inc = clang_getNullCursor();
        cond = kids[0];
        body = kids[n - 1];
    } else { /* do */
        init = inc = clang_getNullCursor();
        body = kids[0];
        cond = n > 1 ? kids[1] : clang_getNullCursor();
    }
    if (!clang_Cursor_isNull(init)) fe_stmt(b, init);
    start(b, k == CXCursor_DoStmt ? body_b : head);
    b->cur = head;
    if (clang_Cursor_isNull(cond)) fe_goto(b, body_b);
    else fe_cond(b, cond, body_b, exit);
    push_loop(b, exit, next);
    b->cur = body_b;
    fe_stmt(b, body);
    b->nloops--;
    start(b, next);
    if (!clang_Cursor_isNull(inc)) fe_emit(b, fe_expr(b, inc));
    fe_goto(b, head);
    b->cur = exit;
}

static void add_case(struct fb *b, int64_t val, int target)
{
    struct pt_block *sw = &b->fn->blocks[b->sw_block];
    if (sw->ncases >= sw->cap_cases) {
        sw->cap_cases = sw->cap_cases ? sw->cap_cases * 2 : 8;
        sw->case_vals = pt_xrealloc(sw->case_vals, sw->cap_cases * sizeof *sw->case_vals);
        sw->case_succ = pt_xrealloc(sw->case_succ, sw->cap_cases * sizeof *sw->case_succ);
    }
    sw->case_vals[sw->ncases] = val;
    sw->case_succ[sw->ncases++] = target;
}

static void lower_switch(struct fb *b, CXCursor c)
{
    CXCursor kids[4];
    unsigned n = fe_children(c, kids, 4);
    if (n < 2 || b->nloops >= FE_MAX_NEST) return;
    ensure_block(b);
    int sw = b->cur, exit = fe_new_block(b);
    struct pt_block *bl = &b->fn->blocks[sw];
    bl->cond = fe_expr(b, kids[n - 2]);
    bl = &b->fn->blocks[sw];
    bl->loc = fe_loc(b->fe, kids[n - 2]);
    bl->cond_text = fe_text(b->fe, kids[n - 2], 80);
    terminate(b, PT_T_SWITCH, exit, -1);
    int saved_sw = b->sw_block, saved_def = b->sw_has_default;
    b->sw_block = sw;
    b->sw_has_default = 0;
    push_loop(b, exit, b->nloops ? b->cont[b->nloops - 1] : -1);
    fe_stmt(b, kids[n - 1]);
    b->nloops--;
    fe_goto(b, exit);
    b->sw_block = saved_sw;
    b->sw_has_default = saved_def;
    b->cur = exit;
}

static void lower_case(struct fb *b, CXCursor c, int is_default)
{
    CXCursor kids[3];
    unsigned n = fe_children(c, kids, 3);
    int target = fe_new_block(b);
    start(b, target);
    if (b->sw_block >= 0) {
        if (is_default) {
            b->fn->blocks[b->sw_block].succ[0] = target;
        } else if (n >= 1) {
            CXEvalResult r = clang_Cursor_Evaluate(kids[0]);
            if (r && clang_EvalResult_getKind(r) == CXEval_Int)
                add_case(b, clang_EvalResult_getAsLongLong(r), target);
            else   /* unknown case value: reachable whatever the value */
                add_case(b, INT64_MIN, target);
            if (r) clang_EvalResult_dispose(r);
        }
    }
    if (n >= 1) fe_stmt(b, kids[n - 1]);
}

/* __finally bodies run on every way out of the __try; a return runs them inline. */
static void lower_return(struct fb *b, CXCursor c)
{
    CXCursor kids[2];
    unsigned n = fe_children(c, kids, 2);
    struct pt_expr *val = n >= 1 && fe_is_expr(kids[0]) ? fe_expr(b, kids[0]) : NULL;
    struct pt_srcloc loc = fe_loc(b->fe, c);
    if (b->nfinally && val) {
        struct pt_expr *a = fe_new_expr(b, PT_EX_ASSIGN, c);
        a->kids = PT_ANEWN(b->fe->arena, struct pt_expr *, 2);
        a->kids[0] = fe_new_expr(b, PT_EX_VAR, c);
        if (b->fn->ret_var < 0) b->fn->ret_var = fe_new_temp(b, "<return value>");
        a->kids[0]->var = b->fn->ret_var;
        a->kids[1] = val;
        a->nkids = 2;
        fe_emit(b, a);
        val = fe_new_expr(b, PT_EX_VAR, c);
        val->var = b->fn->ret_var;
    }
    unsigned saved = b->nfinally;
    while (b->nfinally) {            /* innermost first */
        CXCursor fin = b->finally[--b->nfinally];
        fe_stmt(b, fin);
    }
    b->nfinally = saved;
    ensure_block(b);
    struct pt_block *bl = &b->fn->blocks[b->cur];
    bl->cond = val;
    bl->loc = loc;
    terminate(b, PT_T_RETURN, -1, -1);
}

static int contains_call(CXCursor c);

static enum CXChildVisitResult find_call(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    if (clang_getCursorKind(c) == CXCursor_CallExpr) {
        *(int *)d = 1;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static int contains_call(CXCursor c)
{
    int found = clang_getCursorKind(c) == CXCursor_CallExpr;
    if (!found) clang_visitChildren(c, find_call, &found);
    return found;
}

static CXCursor strip_void(CXCursor c)
{
    for (CXCursor kids[2];;) {
        c = strip(c);
        if (clang_getCursorKind(c) != CXCursor_CStyleCastExpr || fe_children(c, kids, 2) != 1) return c;
        c = kids[0];
    }
}

/* An expression statement that may not return (fe_noreturn.c), lowered so the
 * path ends after the call: `!(x) ? (Fail(), FALSE) : TRUE` (NT_ASSERT, ASSERT)
 * becomes a branch whose failing side ends, so the paths that go on assume x. */
static void lower_may_end(struct fb *b, CXCursor c)
{
    CXCursor s = strip_void(c), kids[3];
    enum CXCursorKind k = clang_getCursorKind(s);
    unsigned n = k == CXCursor_BinaryOperator || k == CXCursor_ConditionalOperator ? fe_children(s, kids, 3) : 0;
    if (b->depth < FE_MAX_DEPTH && k == CXCursor_ConditionalOperator && n == 3) {
        int then_b = fe_new_block(b), else_b = fe_new_block(b), join = fe_new_block(b);
        int saved = b->if_in_macro;
        b->if_in_macro = fe_in_macro(b->fe, s) ? FE_IN_ASSERTION : 0;
        fe_cond(b, kids[0], then_b, else_b);
        b->if_in_macro = saved;
        b->depth++;
        for (int side = 0; side < 2; side++) {
            b->cur = side ? else_b : then_b;
            lower_may_end(b, kids[1 + side]);
            fe_goto(b, join);
        }
        b->depth--;
        b->cur = join;
        return;
    }
    if (b->depth < FE_MAX_DEPTH && k == CXCursor_BinaryOperator && n == 2 &&
        fe_binary_op(b->fe, s, kids[0], kids[1]) == PT_OP_COMMA) {
        b->depth++;
        lower_may_end(b, kids[0]);
        if (b->cur >= 0) lower_may_end(b, kids[1]);
        b->depth--;
        return;
    }
    fe_emit(b, fe_expr(b, c));
    if (fe_never_returns(s)) fe_goto(b, -1);   /* no edge out: the path ends here */
}

static void lower_try(struct fb *b, CXCursor c)
{
    CXCursor kids[3];
    unsigned n = fe_children(c, kids, 3);
    if (n < 2 || b->ntry >= FE_MAX_NEST || b->nfinally >= FE_MAX_NEST) {
        if (n >= 1) fe_stmt(b, kids[0]);
        return;
    }
    CXCursor handler = kids[1], hk[3];
    int is_finally = clang_getCursorKind(handler) == CXCursor_SEHFinallyStmt;
    unsigned nh = fe_children(handler, hk, 3);
    int after = fe_new_block(b), leave = fe_new_block(b);
    int hblock = is_finally ? -1 : fe_new_block(b);
    if (is_finally && nh >= 1) b->finally[b->nfinally++] = hk[nh - 1];
    b->except_handler[b->ntry] = hblock;
    b->leave[b->ntry] = leave;
    b->ntry++;
    fe_stmt(b, kids[0]);
    b->ntry--;
    if (is_finally && nh >= 1) b->nfinally--;
    start(b, leave);
    if (is_finally) {
        if (nh >= 1) fe_stmt(b, hk[nh - 1]);
        fe_goto(b, after);
    } else {
        fe_goto(b, after);
        b->cur = hblock;
        if (nh >= 1) fe_stmt(b, hk[nh - 1]);
        fe_goto(b, after);
    }
    b->cur = after;
}

void fe_stmt(struct fb *b, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if (b->depth > FE_MAX_DEPTH) return;
    /* Inside __try/__except any call may raise: an edge to the handler first. */
    if (b->ntry && b->except_handler[b->ntry - 1] >= 0 && k != CXCursor_CompoundStmt &&
        k != CXCursor_SEHTryStmt && k != CXCursor_LabelStmt && contains_call(c)) {
        int next = fe_new_block(b);
        ensure_block(b);
        terminate(b, PT_T_BRANCH, next, b->except_handler[b->ntry - 1]);
        b->cur = next;
    }
    b->depth++;
    switch (k) {
    case CXCursor_CompoundStmt: case CXCursor_CXXTryStmt:
        if (k == CXCursor_CXXTryStmt) {  /* C++ try: the body only */
            CXCursor kids[1];
            if (fe_children(c, kids, 1) >= 1) fe_stmt(b, kids[0]);
        } else {
            lower_children(b, c);
        }
        break;
    case CXCursor_DeclStmt: {
        CXCursor kids[16];
        unsigned n = fe_children(c, kids, 16);
        for (unsigned i = 0; i < n && i < 16; i++) lower_decl(b, kids[i]);
        break;
    }
    case CXCursor_IfStmt: lower_if(b, c); break;
    case CXCursor_WhileStmt: case CXCursor_ForStmt: case CXCursor_DoStmt: lower_loop(b, c, k); break;
    case CXCursor_SwitchStmt: lower_switch(b, c); break;
    case CXCursor_CaseStmt: lower_case(b, c, 0); break;
    case CXCursor_DefaultStmt: lower_case(b, c, 1); break;
    case CXCursor_BreakStmt:
        if (b->nloops && b->brk[b->nloops - 1] >= 0) fe_goto(b, b->brk[b->nloops - 1]);
        b->cur = -1;
        break;
    case CXCursor_ContinueStmt:
        if (b->nloops && b->cont[b->nloops - 1] >= 0) fe_goto(b, b->cont[b->nloops - 1]);
        b->cur = -1;
        break;
    case CXCursor_GotoStmt: {
        CXCursor label = clang_getCursorReferenced(c);
        if (!clang_Cursor_isNull(label)) fe_goto(b, label_block(b, label));
        b->cur = -1;
        break;
    }
    case CXCursor_LabelStmt: {
        CXCursor kids[1];
        start(b, label_block(b, c));
        if (fe_children(c, kids, 1) >= 1) fe_stmt(b, kids[0]);
        break;
    }
    case CXCursor_ReturnStmt: lower_return(b, c); break;
    case CXCursor_SEHTryStmt: lower_try(b, c); break;
    case CXCursor_SEHLeaveStmt:
        if (b->ntry) fe_goto(b, b->leave[b->ntry - 1]);
        b->cur = -1;
        break;
    case CXCursor_NullStmt: case CXCursor_AsmStmt: case CXCursor_MSAsmStmt: break;
    default:
        if (fe_is_expr(c)) {
            CXCursor sc = strip(c), kids[2];
            if (clang_getCursorKind(sc) == CXCursor_BinaryOperator && fe_children(sc, kids, 2) == 2 &&
                fe_binary_op(b->fe, sc, kids[0], kids[1]) == PT_OP_ASSIGN &&
                lower_cond_assign(b, sc, kids[0], -1, kids[1]))
                break;
            if (fe_may_not_return(b->fe, c)) {
                lower_may_end(b, c);
                break;
            }
            b->hint_cursor = strip(c);
            b->hint = FE_OPS_ASSIGN;
            struct pt_expr *e = fe_expr(b, c);
            b->hint = FE_OPS_ANY;
            fe_emit(b, e);
        } else {
            lower_children(b, c);
        }
        break;
    }
    b->depth--;
}
