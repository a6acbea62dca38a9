/* IR <-> JSON. A function's expressions are written as one flat array in
 * post-order (kids before parents, referenced by position), so no JSON nesting
 * depends on how deep the source nests: a 10,000-deep expression reads back. */
#include "ir_json.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

/* ---------- writing ---------- */

struct wctx {
    const char **files;       /* file name table of the unit */
    size_t nfiles, cap_files;
    const struct pt_expr **by_id;  /* expr id -> the object written at that id */
    int *pos_of_id;
    cJSON *exprs;
    int nwritten;
};

static int file_index(struct wctx *w, const char *f)
{
    if (!f) return -1;
    for (size_t i = 0; i < w->nfiles; i++)
        if (w->files[i] == f || strcmp(w->files[i], f) == 0) return (int)i;
    PT_GROW(w->files, w->nfiles, w->cap_files);
    w->files[w->nfiles] = f;
    return (int)w->nfiles++;
}

static cJSON *str_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

/* Integers beyond 2^53 do not survive a double: those go as decimal strings. */
static cJSON *int64_json(int64_t v)
{
    if (v > -(1LL << 53) && v < (1LL << 53)) return cJSON_CreateNumber((double)v);
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    return cJSON_CreateString(buf);
}

static cJSON *loc_json(struct wctx *w, struct pt_srcloc l)
{
    cJSON *a = cJSON_CreateArray();
    cJSON_AddItemToArray(a, cJSON_CreateNumber(file_index(w, l.file)));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(l.line));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(l.col));
    return a;
}

static unsigned expr_bits(const struct pt_expr *e)
{
    return e->is_pointer | e->is_string << 1 | e->arrow << 2 | e->is_const << 3 |
           e->record_system << 4 | e->callee_static << 5 | e->via_field << 6 | e->is_array << 7 |
           (unsigned)e->borrow_args << 8 | (unsigned)e->is_unsigned << 24;
}

/* Writes e (and, first, its kids) unless already written; returns its position. */
static int write_expr(struct wctx *w, const struct pt_func *fn, const struct pt_expr *e)
{
    if (!e) return -1;
    if (e->id < fn->nexprs && w->by_id[e->id] == e) return w->pos_of_id[e->id];
    cJSON *kids = cJSON_CreateArray();
    for (unsigned i = 0; i < e->nkids; i++)
        cJSON_AddItemToArray(kids, cJSON_CreateNumber(write_expr(w, fn, e->kids[i])));
    cJSON *a = cJSON_CreateArray();
    cJSON_AddItemToArray(a, cJSON_CreateNumber(e->id));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(e->kind));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(e->op));
    cJSON_AddItemToArray(a, int64_json(e->ival));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(expr_bits(e)));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(e->callee));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(e->var));
    cJSON_AddItemToArray(a, str_or_null(e->name));
    cJSON_AddItemToArray(a, str_or_null(e->record));
    cJSON_AddItemToArray(a, str_or_null(e->macro));
    cJSON_AddItemToArray(a, kids);
    cJSON_AddItemToArray(a, loc_json(w, e->loc));
    if (e->pointee) cJSON_AddItemToArray(a, str_or_null(e->pointee));   /* optional: most have none */
    cJSON_AddItemToArray(w->exprs, a);
    int pos = w->nwritten++;
    if (e->id < fn->nexprs) {
        w->by_id[e->id] = e;
        w->pos_of_id[e->id] = pos;
    }
    return pos;
}

static cJSON *ints_json(const int *v, unsigned n)
{
    cJSON *a = cJSON_CreateArray();
    for (unsigned i = 0; i < n; i++) cJSON_AddItemToArray(a, cJSON_CreateNumber(v[i]));
    return a;
}

static cJSON *block_json(struct wctx *w, const struct pt_func *fn, const struct pt_block *bl)
{
    cJSON *b = cJSON_CreateObject();
    cJSON *stmts = cJSON_AddArrayToObject(b, "s");
    for (unsigned s = 0; s < bl->nstmts; s++)
        cJSON_AddItemToArray(stmts, cJSON_CreateNumber(write_expr(w, fn, bl->stmts[s].e)));
    cJSON_AddNumberToObject(b, "t", bl->term);
    cJSON_AddNumberToObject(b, "c", write_expr(w, fn, bl->cond));
    cJSON_AddItemToObject(b, "u", ints_json(bl->succ, 2));
    if (bl->ncases) {
        cJSON *vals = cJSON_AddArrayToObject(b, "cv");
        for (unsigned i = 0; i < bl->ncases; i++) cJSON_AddItemToArray(vals, int64_json(bl->case_vals[i]));
        cJSON_AddItemToObject(b, "cs", ints_json(bl->case_succ, bl->ncases));
    }
    cJSON_AddItemToObject(b, "l", loc_json(w, bl->loc));
    if (bl->cond_text) cJSON_AddStringToObject(b, "ct", bl->cond_text);
    return b;
}

static cJSON *func_json(struct wctx *w, const struct pt_func *fn)
{
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "n", fn->name);
    cJSON_AddItemToObject(f, "l", loc_json(w, fn->loc));
    cJSON_AddNumberToObject(f, "st", fn->is_static);
    if (fn->in_header) cJSON_AddNumberToObject(f, "hd", 1);
    if (fn->is_initializers) cJSON_AddNumberToObject(f, "init", 1);
    if (fn->role) cJSON_AddStringToObject(f, "role", fn->role);
    cJSON_AddNumberToObject(f, "pe", fn->parse_errors);
    if (fn->first_error) cJSON_AddStringToObject(f, "fe", fn->first_error);
    cJSON_AddNumberToObject(f, "tc", fn->token_only_calls);
    cJSON_AddNumberToObject(f, "ne", fn->nexprs);
    cJSON_AddNumberToObject(f, "rv", fn->ret_var);
    cJSON_AddNumberToObject(f, "en", fn->entry);
    cJSON *an = cJSON_AddArrayToObject(f, "an");
    for (unsigned i = 0; i < fn->nannotations; i++) cJSON_AddItemToArray(an, cJSON_CreateString(fn->annotations[i]));
    cJSON *vars = cJSON_AddArrayToObject(f, "v");
    for (unsigned i = 0; i < fn->nvars; i++) {
        const struct pt_var *v = &fn->vars[i];
        cJSON *a = cJSON_CreateArray();
        cJSON_AddItemToArray(a, str_or_null(v->name));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(v->kind));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(v->is_pointer | v->is_aggregate << 1));
        cJSON_AddItemToArray(a, str_or_null(v->type));
        cJSON_AddItemToArray(vars, a);
    }
    w->by_id = pt_xcalloc(fn->nexprs + 1, sizeof *w->by_id);
    w->pos_of_id = pt_xcalloc(fn->nexprs + 1, sizeof *w->pos_of_id);
    w->exprs = cJSON_AddArrayToObject(f, "e");
    w->nwritten = 0;
    cJSON *blocks = cJSON_AddArrayToObject(f, "b");
    for (unsigned i = 0; i < fn->nblocks; i++) cJSON_AddItemToArray(blocks, block_json(w, fn, &fn->blocks[i]));
    free(w->by_id);
    free(w->pos_of_id);
    return f;
}

cJSON *pt_ir_to_json(const struct pt_tu_ir *ir)
{
    struct wctx w = {0};
    cJSON *j = cJSON_CreateObject();
    cJSON *funcs = cJSON_CreateArray();
    for (unsigned i = 0; i < ir->nfuncs; i++) cJSON_AddItemToArray(funcs, func_json(&w, ir->funcs[i]));
    cJSON *files = cJSON_AddArrayToObject(j, "files");
    for (size_t i = 0; i < w.nfiles; i++) cJSON_AddItemToArray(files, cJSON_CreateString(w.files[i]));
    cJSON_AddItemToObject(j, "funcs", funcs);
    cJSON_AddNumberToObject(j, "parse_errors", ir->parse_errors);
    if (ir->first_error) cJSON_AddStringToObject(j, "first_error", ir->first_error);
    cJSON *decls = cJSON_AddArrayToObject(j, "decls");
    for (unsigned i = 0; i < ir->ndecls; i++) {
        cJSON *a = cJSON_CreateArray();
        cJSON_AddItemToArray(a, cJSON_CreateString(ir->decls[i].name));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].frees_param));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].is_static));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].out_param));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].status));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].no_api));
        cJSON_AddItemToArray(a, cJSON_CreateNumber(ir->decls[i].taken_if_ok));
        cJSON_AddItemToArray(decls, a);
    }
    free(w.files);
    return j;
}

/* ---------- reading: every value checked ---------- */

struct rctx {
    struct pt_arena *arena;
    const char **files;
    int nfiles;
    char *err;
    size_t errlen;
    int failed;
};

static int bad(struct rctx *r, const char *fmt, ...)
{
    if (!r->failed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(r->err, r->errlen, fmt, ap);
        va_end(ap);
    }
    r->failed = 1;
    return -1;
}

static double num_of(struct rctx *r, const cJSON *x, int i, double lo, double hi)
{
    if (!cJSON_IsNumber(x) || x->valuedouble < lo || x->valuedouble > hi) {
        bad(r, "IR: item %d out of range", i);
        return lo;
    }
    return x->valuedouble;
}

static double num_at(struct rctx *r, const cJSON *a, int i, double lo, double hi)
{
    return num_of(r, cJSON_GetArrayItem(a, i), i, lo, hi);
}

/* The items of array a in v[0..max-1] (one walk, not one per item); their
 * number, or -1 when a is not an array or has more than max. */
static int items(const cJSON *a, const cJSON **v, int max)
{
    if (!cJSON_IsArray(a)) return -1;
    int n = 0;
    for (const cJSON *x = a->child; x; x = x->next) {
        if (n == max) return -1;
        v[n++] = x;
    }
    return n;
}

/* The number of items of a (0 when it is not an array). */
static int count(const cJSON *a)
{
    int n = 0;
    for (const cJSON *x = a ? a->child : NULL; x; x = x->next) n++;
    return n;
}

static double num_key(struct rctx *r, const cJSON *o, const char *k, double lo, double hi)
{
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, k);
    if (!cJSON_IsNumber(x) || x->valuedouble < lo || x->valuedouble > hi) {
        bad(r, "IR: \"%s\" missing or out of range", k);
        return lo;
    }
    return x->valuedouble;
}

static const char *str_val(struct rctx *r, const cJSON *x, int nullable)
{
    if (cJSON_IsString(x)) return pt_arena_strdup(r->arena, x->valuestring);
    if (!(nullable && cJSON_IsNull(x))) bad(r, "IR: string expected");
    return NULL;
}

static int64_t int64_val(struct rctx *r, const cJSON *x)
{
    if (cJSON_IsString(x)) return strtoll(x->valuestring, NULL, 10);
    /* beyond +-2^63 the cast is undefined: a damaged unit, not a value */
    if (cJSON_IsNumber(x) && x->valuedouble > -9.2e18 && x->valuedouble < 9.2e18) return (int64_t)x->valuedouble;
    bad(r, "IR: integer expected");
    return 0;
}

static struct pt_srcloc loc_val(struct rctx *r, const cJSON *a)
{
    struct pt_srcloc l = {0};
    const cJSON *v[3];
    if (items(a, v, 3) != 3) { bad(r, "IR: bad location"); return l; }
    int f = (int)num_of(r, v[0], 0, -1, r->nfiles - 1);
    l.file = f >= 0 ? r->files[f] : NULL;
    l.line = (unsigned)num_of(r, v[1], 1, 0, 4e9);
    l.col = (unsigned)num_of(r, v[2], 2, 0, 4e9);
    return l;
}

/* The operands the engine reads without checking (the frontend always makes them). */
static unsigned min_kids(enum pt_ex_kind k)
{
    switch (k) {
    case PT_EX_MEMBER: case PT_EX_DEREF: case PT_EX_ADDR: case PT_EX_UNARY: case PT_EX_INCDEC: return 1;
    case PT_EX_INDEX: case PT_EX_ASSIGN: case PT_EX_BINARY: case PT_EX_LOGIC: return 2;
    case PT_EX_COND: return 3;
    default: return 0;
    }
}

static struct pt_expr *read_expr(struct rctx *r, const cJSON *a, struct pt_expr **done, int pos,
                                 const struct pt_func *fn)
{
    struct pt_expr *e = PT_ANEW(r->arena, struct pt_expr);
    const cJSON *v[13];
    int nv = items(a, v, 13);
    if (nv != 12 && nv != 13) { bad(r, "IR: bad expression"); return e; }
    e->id = (unsigned)num_of(r, v[0], 0, 0, fn->nexprs ? fn->nexprs - 1 : 0);
    e->kind = (enum pt_ex_kind)num_of(r, v[1], 1, PT_EX_UNKNOWN, PT_EX_COMMA);
    e->op = (enum pt_op)num_of(r, v[2], 2, PT_OP_NONE, PT_OP_COMMA);
    e->ival = int64_val(r, v[3]);
    unsigned bits = (unsigned)num_of(r, v[4], 4, 0, (1 << 25) - 1);
    e->is_pointer = bits & 1;
    e->is_string = bits >> 1 & 1;
    e->arrow = bits >> 2 & 1;
    e->is_const = bits >> 3 & 1;
    e->record_system = bits >> 4 & 1;
    e->callee_static = bits >> 5 & 1;
    e->via_field = bits >> 6 & 1;
    e->is_array = bits >> 7 & 1;
    e->borrow_args = bits >> 8 & 0xFFFF;
    e->is_unsigned = bits >> 24 & 1;
    e->callee = (enum pt_callee_kind)num_of(r, v[5], 5, PT_CALLEE_UNKNOWN, PT_CALLEE_LOCAL);
    e->var = (int)num_of(r, v[6], 6, -1, fn->nvars ? (double)fn->nvars - 1 : -1);
    e->name = str_val(r, v[7], 1);
    e->record = str_val(r, v[8], 1);
    e->macro = str_val(r, v[9], 1);
    const cJSON *kids = v[10];
    if (!cJSON_IsArray(kids)) { bad(r, "IR: bad kids"); return e; }
    e->nkids = (unsigned)count(kids);
    e->kids = PT_ANEWN(r->arena, struct pt_expr *, e->nkids + 1);
    unsigned i = 0;
    for (const cJSON *k = kids->child; k && !r->failed; k = k->next, i++) {
        int at = (int)num_of(r, k, (int)i, 0, pos - 1);   /* kids come first: no cycles */
        e->kids[i] = done[at];
    }
    e->loc = loc_val(r, v[11]);
    if (nv == 13) e->pointee = str_val(r, v[12], 1);
    if (e->kind == PT_EX_VAR && e->var < 0) bad(r, "IR: variable without index");
    if (e->nkids < min_kids(e->kind)) bad(r, "IR: expression with too few operands");
    return e;
}

static void read_block(struct rctx *r, const cJSON *o, struct pt_block *bl, struct pt_expr **ex,
                       int nexprs, int nblocks)
{
    memset(bl, 0, sizeof *bl);
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(o, "s");
    if (!cJSON_IsArray(s)) { bad(r, "IR: block without statements"); return; }
    bl->nstmts = bl->cap = (unsigned)cJSON_GetArraySize(s);
    bl->stmts = pt_xcalloc(bl->nstmts + 1, sizeof *bl->stmts);
    unsigned i = 0;
    for (const cJSON *x = s->child; x && !r->failed; x = x->next, i++)
        bl->stmts[i].e = ex[(int)num_of(r, x, (int)i, 0, nexprs - 1)];
    bl->term = (enum pt_term_kind)num_key(r, o, "t", PT_T_NONE, PT_T_RETURN);
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "c");
    int ci = cJSON_IsNumber(c) && c->valuedouble >= -1 && c->valuedouble < nexprs ? (int)c->valuedouble : -2;
    if (ci == -2) bad(r, "IR: bad condition");
    bl->cond = ci >= 0 ? ex[ci] : NULL;
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(o, "u");
    if (!cJSON_IsArray(u) || cJSON_GetArraySize(u) != 2) { bad(r, "IR: bad successors"); return; }
    bl->succ[0] = (int)num_at(r, u, 0, -1, nblocks - 1);
    bl->succ[1] = (int)num_at(r, u, 1, -1, nblocks - 1);
    const cJSON *cv = cJSON_GetObjectItemCaseSensitive(o, "cv"), *cs = cJSON_GetObjectItemCaseSensitive(o, "cs");
    if (cv || cs) {
        if (!cJSON_IsArray(cv) || !cJSON_IsArray(cs) || cJSON_GetArraySize(cv) != cJSON_GetArraySize(cs)) {
            bad(r, "IR: bad switch cases");
            return;
        }
        bl->ncases = bl->cap_cases = (unsigned)cJSON_GetArraySize(cv);
        bl->case_vals = pt_xcalloc(bl->ncases + 1, sizeof *bl->case_vals);
        bl->case_succ = pt_xcalloc(bl->ncases + 1, sizeof *bl->case_succ);
        const cJSON *v = cv->child, *x = cs->child;
        for (unsigned k = 0; k < bl->ncases; k++, v = v->next, x = x->next) {
            bl->case_vals[k] = int64_val(r, v);
            bl->case_succ[k] = (int)num_of(r, x, (int)k, 0, nblocks - 1);
        }
    }
    bl->loc = loc_val(r, cJSON_GetObjectItemCaseSensitive(o, "l"));
    const cJSON *ct = cJSON_GetObjectItemCaseSensitive(o, "ct");
    bl->cond_text = ct ? str_val(r, ct, 0) : NULL;
}

static struct pt_func *read_func(struct rctx *r, const cJSON *o)
{
    struct pt_func *fn = pt_xcalloc(1, sizeof *fn);
    if (!cJSON_IsObject(o)) { bad(r, "IR: function is not an object"); return fn; }
    fn->name = str_val(r, cJSON_GetObjectItemCaseSensitive(o, "n"), 0);
    fn->loc = loc_val(r, cJSON_GetObjectItemCaseSensitive(o, "l"));
    fn->is_static = num_key(r, o, "st", 0, 1) != 0;
    fn->in_header = cJSON_GetObjectItemCaseSensitive(o, "hd") ? num_key(r, o, "hd", 0, 1) != 0 : 0;
    fn->is_initializers = cJSON_GetObjectItemCaseSensitive(o, "init") ? num_key(r, o, "init", 0, 1) != 0 : 0;
    const cJSON *role = cJSON_GetObjectItemCaseSensitive(o, "role");
    fn->role = role ? str_val(r, role, 0) : NULL;
    fn->parse_errors = (unsigned)num_key(r, o, "pe", 0, 4e9);
    const cJSON *fe = cJSON_GetObjectItemCaseSensitive(o, "fe");
    fn->first_error = fe ? str_val(r, fe, 0) : NULL;
    fn->token_only_calls = (unsigned)num_key(r, o, "tc", 0, 4e9);
    fn->nexprs = (unsigned)num_key(r, o, "ne", 0, 1e8);
    const cJSON *an = cJSON_GetObjectItemCaseSensitive(o, "an"), *vars = cJSON_GetObjectItemCaseSensitive(o, "v");
    const cJSON *exprs = cJSON_GetObjectItemCaseSensitive(o, "e"), *blocks = cJSON_GetObjectItemCaseSensitive(o, "b");
    if (!cJSON_IsArray(an) || !cJSON_IsArray(vars) || !cJSON_IsArray(exprs) || !cJSON_IsArray(blocks)) {
        bad(r, "IR: function \"%s\" incomplete", fn->name ? fn->name : "?");
        return fn;
    }
    fn->nannotations = (unsigned)cJSON_GetArraySize(an);
    fn->annotations = PT_ANEWN(r->arena, const char *, fn->nannotations + 1);
    for (unsigned i = 0; i < fn->nannotations; i++) fn->annotations[i] = str_val(r, cJSON_GetArrayItem(an, (int)i), 0);
    fn->nvars = fn->cap_vars = (unsigned)cJSON_GetArraySize(vars);
    fn->vars = pt_xcalloc(fn->nvars + 1, sizeof *fn->vars);
    const cJSON *a = vars->child;
    for (unsigned i = 0; i < fn->nvars && !r->failed; i++, a = a->next) {
        const cJSON *v[4];
        if (items(a, v, 4) != 4) { bad(r, "IR: bad variable"); break; }
        fn->vars[i].name = str_val(r, v[0], 1);
        fn->vars[i].kind = (enum pt_var_kind)num_of(r, v[1], 1, PT_VAR_LOCAL, PT_VAR_TEMP);
        unsigned bits = (unsigned)num_of(r, v[2], 2, 0, 3);
        fn->vars[i].is_pointer = bits & 1;
        fn->vars[i].is_aggregate = bits >> 1 & 1;
        fn->vars[i].type = str_val(r, v[3], 1);
    }
    fn->ret_var = (int)num_key(r, o, "rv", -1, (double)fn->nvars - 1);
    int nexprs = cJSON_GetArraySize(exprs);
    struct pt_expr **ex = pt_xcalloc((size_t)nexprs + 1, sizeof *ex);
    int pos = 0;
    for (const cJSON *a = exprs->child; a && !r->failed; a = a->next, pos++)
        ex[pos] = read_expr(r, a, ex, pos, fn);
    fn->nblocks = fn->cap_blocks = (unsigned)cJSON_GetArraySize(blocks);
    fn->blocks = pt_xcalloc(fn->nblocks + 1, sizeof *fn->blocks);
    unsigned b = 0;
    for (const cJSON *o2 = blocks->child; o2 && !r->failed; o2 = o2->next, b++)
        read_block(r, o2, &fn->blocks[b], ex, nexprs, (int)fn->nblocks);
    fn->entry = (int)num_key(r, o, "en", fn->nblocks ? 0 : -1, fn->nblocks ? fn->nblocks - 1 : 0);
    free(ex);
    return fn;
}

int pt_ir_from_json(const cJSON *j, struct pt_arena *arena, struct pt_tu_ir *ir, char *err,
                    size_t errlen)
{
    struct rctx r = {.arena = arena, .err = err, .errlen = errlen};
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(j, "files");
    const cJSON *funcs = cJSON_GetObjectItemCaseSensitive(j, "funcs");
    if (!cJSON_IsArray(files) || !cJSON_IsArray(funcs)) return bad(&r, "IR: no functions");
    r.nfiles = cJSON_GetArraySize(files);
    r.files = PT_ANEWN(arena, const char *, (size_t)r.nfiles + 1);
    for (int i = 0; i < r.nfiles; i++) r.files[i] = str_val(&r, cJSON_GetArrayItem(files, i), 0);
    ir->parse_errors = (unsigned)num_key(&r, j, "parse_errors", 0, 4e9);
    const cJSON *first = cJSON_GetObjectItemCaseSensitive(j, "first_error");
    ir->first_error = first ? str_val(&r, first, 0) : NULL;
    const cJSON *decls = cJSON_GetObjectItemCaseSensitive(j, "decls");
    if (!cJSON_IsArray(decls)) return bad(&r, "IR: no declarations");
    for (const cJSON *a = decls->child; a && !r.failed; a = a->next) {
        if (!cJSON_IsArray(a) || cJSON_GetArraySize(a) != 7) return bad(&r, "IR: bad declaration");
        PT_GROW(ir->decls, ir->ndecls, ir->cap_decls);
        struct pt_decl_effect *d = &ir->decls[ir->ndecls++];
        d->name = str_val(&r, cJSON_GetArrayItem(a, 0), 0);
        d->frees_param = (int)num_at(&r, a, 1, -1, 63);
        d->is_static = num_at(&r, a, 2, 0, 1) != 0;
        d->out_param = (int)num_at(&r, a, 3, -1, 63);
        d->status = num_at(&r, a, 4, 0, 1) != 0;
        d->no_api = num_at(&r, a, 5, 0, 1) != 0;
        d->taken_if_ok = (uint32_t)num_at(&r, a, 6, 0, 4294967295.0);
    }
    for (const cJSON *f = funcs->child; f && !r.failed; f = f->next) {
        PT_GROW(ir->funcs, ir->nfuncs, ir->cap_funcs);
        ir->funcs[ir->nfuncs++] = read_func(&r, f);
    }
    return r.failed ? -1 : 0;
}
