/* Parse a TU (libclang) and lower each function defined in its main file. */
#include "frontend.h"
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fe_internal.h"
#include "fe_msvc.h"
#include "pch.h"
#include "pool_api.h"
#include "util.h"
#include "vfs_overlay.h"
#include "wdk_flags.h"

struct pt_frontend {
    CXIndex index;
    char **deps;            /* files the last TU read (main file and headers) */
    size_t ndeps, cap_deps;
    const char *unsaved;    /* the main file's text, or NULL: read it from disk */
    unsigned long unsaved_len;
    char *pch_dir, *pch_key; /* a shared precompiled header to load (pch.h), or NULL */
    int used_pch;
    unsigned header_errors;  /* errors of the last parse outside its main file */
    struct pt_api_table apis;  /* the configuration's additions, no learned routines: counts pool calls */
};

unsigned pt_frontend_header_errors(const struct pt_frontend *fe)
{
    return fe->header_errors;
}

void pt_frontend_set_pch(struct pt_frontend *fe, const char *dir, const char *key)
{
    free(fe->pch_dir);
    free(fe->pch_key);
    fe->pch_dir = dir && key ? pt_strdup(dir) : NULL;
    fe->pch_key = dir && key ? pt_strdup(key) : NULL;
    /* visiting the TU must not deserialize every declaration of the PCH:
     * only the TU's own ones are lowered or checked */
    clang_disposeIndex(fe->index);
    fe->index = clang_createIndex(fe->pch_dir != NULL, 0);
}

int pt_frontend_used_pch(const struct pt_frontend *fe)
{
    return fe->used_pch;
}

void pt_frontend_set_unsaved(struct pt_frontend *fe, const char *text, unsigned long len)
{
    fe->unsaved = text;
    fe->unsaved_len = len;
}

static void forget_deps(struct pt_frontend *fe)
{
    for (size_t i = 0; i < fe->ndeps; i++) free(fe->deps[i]);
    fe->ndeps = 0;
}

static void add_dep_path(struct pt_frontend *fe, const char *s)
{
    int seen = 0;
    for (size_t i = 0; s && i < fe->ndeps && !seen; i++) seen = strcmp(fe->deps[i], s) == 0;
    if (s && *s && !seen) {
        PT_GROW(fe->deps, fe->ndeps, fe->cap_deps);
        fe->deps[fe->ndeps++] = pt_strdup(s);
    }
}

static void add_dep(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
    (void)stack;
    (void)depth;
    CXString name = clang_getFileName(f);
    add_dep_path(d, clang_getCString(name));
    clang_disposeString(name);
}

/* The headers a loaded PCH read are not among the TU's own inclusions. */
static void add_pch_deps(struct pt_frontend *fe)
{
    char **paths;
    size_t n = pt_pch_read_deps(fe->pch_dir, fe->pch_key, &paths);
    for (size_t i = 0; i < n; i++) {
        add_dep_path(fe, paths[i]);
        free(paths[i]);
    }
    free(paths);
}

/* An error without a place, or about the PCH itself: the PCH did not load
 * (a header changed since, a flag differs); the TU is parsed without it. */
static int pch_failed(CXTranslationUnit tu)
{
    int failed = 0;
    for (unsigned i = 0, n = clang_getNumDiagnostics(tu); i < n && !failed; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXFile file = NULL;
            clang_getFileLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, NULL);
            CXString t = clang_getDiagnosticSpelling(d);
            const char *s = clang_getCString(t);
            failed = !file || (s && (strstr(s, "precompiled header") || strstr(s, "PCH") || strstr(s, "AST file")));
            clang_disposeString(t);
        }
        clang_disposeDiagnostic(d);
    }
    return failed;
}

size_t pt_frontend_deps(struct pt_frontend *fe, char ***out)
{
    *out = fe->deps;
    return fe->ndeps;
}

struct pt_frontend *pt_frontend_new(const struct pt_api_extras *extras)
{
    struct pt_frontend *fe = pt_xcalloc(1, sizeof *fe);
    fe->index = clang_createIndex(0, 0);
    pt_api_table_init(&fe->apis, extras);
    return fe;
}

void pt_frontend_free(struct pt_frontend *fe)
{
    if (!fe) return;
    forget_deps(fe);
    free(fe->deps);
    pt_frontend_set_pch(fe, NULL, NULL);
    pt_vfs_overlay_cleanup();
    clang_disposeIndex(fe->index);
    pt_api_table_free(&fe->apis);
    free(fe);
}

static unsigned count_invalid_uses(struct fe *fe, CXCursor c, const char **first);

static int in_main_file(CXCursor c)
{
    return clang_Location_isFromMainFile(clang_getCursorLocation(c));
}

/* A header of the project (not the WDK's, ours or the system's): the
 * functions it defines are lowered with the file's own (wrappers such as
 * `static inline MemAllocate` live there). One answer per file, cached. */
static int in_project_header(struct fe *fe, CXCursor c)
{
    CXSourceLocation loc = clang_getCursorLocation(c);
    CXFile f;
    clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
    if (!f || clang_File_isEqual(f, fe->main_file)) return 0;
    if (fe->nplaces && fe->places[fe->last_place].file == f) return fe->places[fe->last_place].project;
    for (unsigned i = 0; i < fe->nplaces; i++)
        if (fe->places[i].file == f) {
            fe->last_place = i;
            return fe->places[i].project;
        }
    int project = !fe_is_wdk(loc, f);
    PT_GROW(fe->places, fe->nplaces, fe->cap_places);
    fe->last_place = fe->nplaces;
    fe->places[fe->nplaces++] = (struct fe_place){f, project};
    return project;
}


static enum CXChildVisitResult collect_annotations(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct fb *b = d;
    if (clang_getCursorKind(c) == CXCursor_AnnotateAttr) {
        struct pt_func *fn = b->fn;
        CXString s = clang_getCursorSpelling(c);
        const char **a = PT_ANEWN(b->fe->arena, const char *, fn->nannotations + 1);
        if (fn->nannotations) memcpy(a, fn->annotations, fn->nannotations * sizeof *a);
        a[fn->nannotations++] = pt_arena_strdup(b->fe->arena, clang_getCString(s));
        fn->annotations = a;
        clang_disposeString(s);
    }
    return CXChildVisit_Continue;
}

static unsigned count_ast_calls(const struct pt_api_table *apis, const struct pt_expr *e)
{
    if (!e) return 0;
    unsigned n = e->kind == PT_EX_CALL && pt_api_lookup(apis, e->name) ? 1 : 0;
    for (unsigned i = 0; i < e->nkids; i++) n += count_ast_calls(apis, e->kids[i]);
    return n;
}

/* Where clang dropped statements, the tokens still name the pool calls: count
 * the ones the AST lost, so --stats and the notes can say what was not seen. */
static unsigned count_lost_calls(struct fe *fe, CXCursor c, const struct pt_func *fn)
{
    CXToken *toks = NULL;
    unsigned n = 0, in_tokens = 0, in_ast = 0;
    clang_tokenize(fe->tu, fe_file_range(fe, c), &toks, &n);
    for (unsigned i = 0; i + 1 < n; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Identifier) continue;
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        CXString p = clang_getTokenSpelling(fe->tu, toks[i + 1]);
        if (strcmp(clang_getCString(p), "(") == 0 && pt_api_lookup(fe->apis, clang_getCString(s))) in_tokens++;
        clang_disposeString(s);
        clang_disposeString(p);
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    for (unsigned b = 0; b < fn->nblocks; b++) {
        const struct pt_block *bl = &fn->blocks[b];
        for (unsigned s = 0; s < bl->nstmts; s++) in_ast += count_ast_calls(fe->apis, bl->stmts[s].e);
        in_ast += count_ast_calls(fe->apis, bl->cond);
    }
    return in_tokens > in_ast ? in_tokens - in_ast : 0;
}

/* A new function for b to lower into. */
static struct pt_func *start_function(struct fb *b, struct fe *fe)
{
    struct pt_func *fn = pt_xcalloc(1, sizeof *fn);
    memset(b, 0, sizeof *b);
    b->fe = fe;
    b->fn = fn;
    b->sw_block = -1;
    fn->ret_var = -1;
    return fn;
}

static void free_function(struct pt_func *fn)
{
    for (unsigned j = 0; j < fn->nblocks; j++) {
        free(fn->blocks[j].stmts);
        free(fn->blocks[j].case_vals);
        free(fn->blocks[j].case_succ);
    }
    free(fn->blocks);
    free(fn->vars);
    free(fn);
}

static void lower_function(struct fe *fe, CXCursor c, int in_header)
{
    struct fb b;
    struct pt_func *fn = start_function(&b, fe);
    CXString name = clang_getCursorSpelling(c);
    fn->name = pt_arena_strdup(fe->arena, clang_getCString(name));
    clang_disposeString(name);
    fn->loc = fe_loc(fe, c);
    CXSourceRange ext = clang_getCursorExtent(c);
    unsigned eb, ee;
    CXFile ef;
    clang_getFileLocation(clang_getRangeStart(ext), &ef, NULL, NULL, &eb);
    clang_getFileLocation(clang_getRangeEnd(ext), NULL, NULL, NULL, &ee);
    for (unsigned i = 0; i < fe->nerrors; i++)
        if (fe->errors[i].file == ef && fe->errors[i].off >= eb && fe->errors[i].off <= ee) {
            if (!fn->parse_errors) fn->first_error = fe->errors[i].text;
            fn->parse_errors++;
        }
    fn->parse_errors += count_invalid_uses(fe, c, &fn->first_error);
    clang_visitChildren(c, collect_annotations, &b);
    CXCursor canon = clang_getCanonicalCursor(c);
    if (!clang_equalCursors(canon, c)) clang_visitChildren(canon, collect_annotations, &b);
    /* `KDEFERRED_ROUTINE MyDpc;` declares the function through a role type */
    CXType ct = clang_getCursorType(canon);
    if (ct.kind == CXType_Typedef || ct.kind == CXType_Elaborated) {
        CXString rs = clang_getTypeSpelling(ct);
        fn->role = pt_arena_strdup(fe->arena, clang_getCString(rs));
        clang_disposeString(rs);
    }
    fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static || in_header;
    fn->in_header = in_header;
    int nargs = clang_Cursor_getNumArguments(c);
    for (int i = 0; i < nargs; i++) fe_var_for(&b, clang_Cursor_getArgument(c, (unsigned)i));
    fn->entry = fe_new_block(&b);
    b.cur = fn->entry;
    CXCursor kids[32];
    unsigned n = fe_children(c, kids, 32);
    if (n > 32) n = 32;
    for (unsigned i = 0; i < n; i++)
        if (clang_getCursorKind(kids[i]) == CXCursor_CompoundStmt) fe_stmt(&b, kids[i]);
    if (b.cur >= 0) {   /* falling off the end returns */
        fn->blocks[b.cur].term = PT_T_RETURN;
        CXSourceRange r = clang_getCursorExtent(c);
        CXFile f;
        unsigned line, col;
        clang_getExpansionLocation(clang_getRangeEnd(r), &f, &line, &col, NULL);
        fn->blocks[b.cur].loc = fe_loc(fe, c);
        fn->blocks[b.cur].loc.line = line;
        fn->blocks[b.cur].loc.col = col > 1 ? col - 1 : col;
    }
    if (fn->parse_errors) fn->token_only_calls = count_lost_calls(fe, c, fn);
    free(b.vars);
    free(b.labels);
    struct pt_tu_ir *ir = fe->ir;
    PT_GROW(ir->funcs, ir->nfuncs, ir->cap_funcs);
    ir->funcs[ir->nfuncs++] = fn;
}

/* A declaration clang found invalid (`UNKNOWN_ROLE_TYPE MyRoutine;`): calls to
 * it vanish from the AST without an error of their own. */
static void note_invalid(struct fe *fe, CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    if ((k != CXCursor_FunctionDecl && k != CXCursor_VarDecl) || !clang_isInvalidDeclaration(c))
        return;
    CXString s = clang_getCursorSpelling(c);
    const char *n = clang_getCString(s);
    if (n && *n) {
        PT_GROW(fe->invalid_names, fe->ninvalid, fe->cap_invalid);
        fe->invalid_names[fe->ninvalid++] = pt_strdup(n);
    }
    clang_disposeString(s);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Identifiers in the function's tokens that name invalid declarations. */
static unsigned count_invalid_uses(struct fe *fe, CXCursor c, const char **first)
{
    if (!fe->ninvalid) return 0;
    CXToken *toks = NULL;
    unsigned n = 0, found = 0;
    clang_tokenize(fe->tu, fe_file_range(fe, c), &toks, &n);
    for (unsigned i = 0; i < n; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Identifier) continue;
        CXString s = clang_getTokenSpelling(fe->tu, toks[i]);
        const char *name = clang_getCString(s);
        if (bsearch(&name, fe->invalid_names, fe->ninvalid, sizeof *fe->invalid_names, cmp_name)) {
            if (!found && !*first) {
                unsigned line;
                clang_getExpansionLocation(clang_getTokenLocation(fe->tu, toks[i]), NULL, &line, NULL, NULL);
                char *t = pt_asprintf("line %u: '%s' is used, and its declaration did not parse", line, name);
                *first = pt_arena_strdup(fe->arena, t);
                free(t);
            }
            found++;
        }
        clang_disposeString(s);
    }
    if (toks) clang_disposeTokens(fe->tu, toks, n);
    return found;
}

static int cmp_macro(const void *a, const void *b)
{
    const struct fe_macro *x = a, *y = b;
    if (x->file != y->file) return (uintptr_t)x->file < (uintptr_t)y->file ? -1 : 1;
    return x->off < y->off ? -1 : x->off > y->off;
}

static enum CXChildVisitResult find_functions(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct fe *fe = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    note_invalid(fe, c);
    int main_file = in_main_file(c);
    if (k == CXCursor_MacroExpansion && (main_file || in_project_header(fe, c))) {
        CXFile f;
        unsigned off;
        clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
        PT_GROW(fe->macros, fe->nmacros, fe->cap_macros);
        fe->macros[fe->nmacros++] = (struct fe_macro){f, off, c};
        return CXChildVisit_Continue;
    }
    if (!main_file) return CXChildVisit_Continue;
    if (fe_is_function_def(c)) {
        CXSourceRange r = clang_getCursorExtent(c);
        unsigned b, e;
        clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
        clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
        PT_GROW(fe->fn_extents, fe->nfn_extents, fe->cap_fn_extents);
        fe->fn_extents[fe->nfn_extents].begin = b;
        fe->fn_extents[fe->nfn_extents++].end = e;
        return CXChildVisit_Continue;
    }
    return fe_is_scope(k) ? CXChildVisit_Recurse : CXChildVisit_Continue;
}

/* File-scope variables of the main file whose initializer list stores
 * functions into fields: their stores go into one function of their own. */
struct init_fn {
    struct fe *fe;
    struct fb b;
};

static enum CXChildVisitResult lower_initializers(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct init_fn *in = d;
    if (!in_main_file(c)) return CXChildVisit_Continue;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_VarDecl) return fe_is_scope(k) ? CXChildVisit_Recurse : CXChildVisit_Continue;
    CXCursor kids[4];
    unsigned n = fe_children(c, kids, 4);
    if (n == 0 || n > 4 || clang_getCursorKind(kids[n - 1]) != CXCursor_InitListExpr) return CXChildVisit_Continue;
    struct fb *b = &in->b;
    if (!b->fn) {
        start_function(b, in->fe);
        b->fn->name = "(file-scope initializers)";
        b->fn->loc = fe_loc(in->fe, c);
        b->fn->is_static = 1;
        b->fn->is_initializers = 1;
        b->fn->entry = fe_new_block(b);
        b->cur = b->fn->entry;
    }
    struct pt_expr *var = fe_new_expr(b, PT_EX_VAR, c);
    var->var = fe_var_for(b, c);
    fe_lower_init_stores(b, kids[n - 1], clang_getCursorType(c), var);
    return CXChildVisit_Continue;
}

/* Added only when some list stored a function. */
static void add_initializers(struct fe *fe, CXCursor root)
{
    struct init_fn in;
    memset(&in, 0, sizeof in);
    in.fe = fe;
    clang_visitChildren(root, lower_initializers, &in);
    struct pt_func *fn = in.b.fn;
    free(in.b.vars);
    if (!fn) return;
    unsigned stores = 0;
    for (unsigned i = 0; i < fn->nblocks; i++) stores += fn->blocks[i].nstmts;
    if (!stores) {
        free_function(fn);
        return;
    }
    fn->blocks[in.b.cur].term = PT_T_RETURN;
    fn->blocks[in.b.cur].loc = fn->loc;
    PT_GROW(fe->ir->funcs, fe->ir->nfuncs, fe->ir->cap_funcs);
    fe->ir->funcs[fe->ir->nfuncs++] = fn;
}

static enum CXChildVisitResult lower_functions(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    struct fe *fe = d;
    int main_file = in_main_file(c);
    if (!main_file && !in_project_header(fe, c)) return CXChildVisit_Continue;
    if (fe_is_function_def(c)) {
        /* a project header's own function: only the copies each file has */
        if (main_file || fe_is_private_def(c)) lower_function(fe, c, !main_file);
        return CXChildVisit_Continue;
    }
    return fe_is_scope(clang_getCursorKind(c)) ? CXChildVisit_Recurse : CXChildVisit_Continue;
}

static void report_diagnostics(struct fe *fe, CXTranslationUnit tu, struct pt_tu_ir *ir,
                               struct pt_results *notes)
{
    unsigned n = clang_getNumDiagnostics(tu), shown = 0;
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev >= CXDiagnostic_Error && getenv("PT_SHOW_PARSE_ERRORS")) {
            CXString text = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation);
            fprintf(stderr, "%s\n", clang_getCString(text));
            clang_disposeString(text);
        }
        if (sev >= CXDiagnostic_Error) {
            ir->parse_errors++;
            CXFile ef;
            unsigned off, eline;
            clang_getExpansionLocation(clang_getDiagnosticLocation(d), &ef, &eline, NULL, &off);
            CXString sp = clang_getDiagnosticSpelling(d);
            const char *spelling = clang_getCString(sp);
            if (!ir->first_error) {   /* the coverage notes name the first cause */
                CXString en = clang_getFileName(ef);
                char *t = pt_asprintf("%s:%u: %s", ef ? clang_getCString(en) : ir->file, eline, spelling);
                ir->first_error = pt_arena_strdup(fe->arena, t);
                free(t);
                clang_disposeString(en);
            }
            if (ef) {   /* functions of the main file and of project headers look here */
                char *t = pt_asprintf("line %u: %s", eline, spelling);
                PT_GROW(fe->errors, fe->nerrors, fe->cap_errors);
                fe->errors[fe->nerrors++] = (struct fe_error){ef, off, pt_arena_strdup(fe->arena, t)};
                free(t);
            }
            if (!ef || !clang_File_isEqual(ef, fe->main_file)) fe->header_errors++;
            /* A missing header (fatal, or an error under KeepGoing) hides
             * everything it declares: say which. */
            int missing = strstr(spelling, "file not found") != NULL;
            /* vfs_overlay.c's stand-in for a FIFO or device include: its place
             * is a temp file, so the note names the TU */
            if (strncmp(spelling, PT_NOT_REGULAR_MARK, strlen(PT_NOT_REGULAR_MARK)) == 0)
                pt_results_add_note(notes, PT_WARNING, ir->file, 0, "%s (results for this file are incomplete)",
                                    spelling);
            clang_disposeString(sp);
            if ((sev == CXDiagnostic_Fatal || missing) && shown < 3) {
                CXString s = clang_getDiagnosticSpelling(d);
                CXFile f;
                unsigned line;
                clang_getExpansionLocation(clang_getDiagnosticLocation(d), &f, &line, NULL, NULL);
                CXString fn = clang_getFileName(f);
                pt_results_add_note(notes, PT_WARNING, f ? clang_getCString(fn) : ir->file, f ? line : 0,
                                    "%s (what it declares is unknown here; results for this file "
                                    "are incomplete)",
                                    clang_getCString(s));
                clang_disposeString(fn);
                clang_disposeString(s);
                shown++;
            }
        }
        clang_disposeDiagnostic(d);
    }
}

/* Coverage is a result: one note per file with errors, naming the first. */
static void note_coverage(const struct pt_tu_ir *ir, struct pt_results *notes)
{
    if (!ir->parse_errors) return;
    unsigned bad = 0;
    for (unsigned i = 0; i < ir->nfuncs; i++) bad += ir->funcs[i]->parse_errors != 0;
    pt_results_add_note(notes, PT_NOTE, ir->file, 0,
                        "%u parse error(s); %u of %u function(s) not path-analysed; the first error: %s",
                        ir->parse_errors, bad, ir->nfuncs, ir->first_error ? ir->first_error : "?");
}

int pt_frontend_parse(struct pt_frontend *pfe, const struct pt_tu *tu, struct pt_arena *arena,
                      struct pt_tu_ir *ir, struct pt_results *notes, char *err, size_t errlen)
{
    size_t n;
    const char **args = pt_clang_args(tu, 4, &n);   /* room for the overlay and the PCH */
    if (n > INT_MAX - 4) {
        snprintf(err, errlen, "%s: %zu compiler arguments: more than libclang takes", tu->file, n);
        free(args);
        return -1;
    }
    /* in-memory text (fuzzing) includes nothing: no overlay to list folders for */
    const char *overlay = pfe->unsaved ? NULL : pt_vfs_overlay_for_tu(tu);
    if (overlay) {
        args[n++] = "-ivfsoverlay";
        args[n++] = overlay;
    }
    CXTranslationUnit ctu = NULL;
    forget_deps(pfe);
    pfe->used_pch = 0;
    pfe->header_errors = 0;
    /* libclang says only "error 1" for these: say what is wrong with the file */
    struct stat sb;
    if (!pfe->unsaved && (stat(tu->file, &sb) != 0 || access(tu->file, R_OK) != 0)) {
        snprintf(err, errlen, "%s: %s", tu->file, strerror(errno));
        free(args);
        return -1;
    }
    if (!pfe->unsaved && !S_ISREG(sb.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", tu->file);
        free(args);
        return -1;
    }
    unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles |
                    CXTranslationUnit_DetailedPreprocessingRecord;
    struct CXUnsavedFile mem = {tu->file, pfe->unsaved, pfe->unsaved_len};
    char *pch = pfe->pch_dir && !pfe->unsaved ? pt_pch_file(pfe->pch_dir, pfe->pch_key, "pch") : NULL;
    if (pch) {
        args[n++] = "-include-pch";
        args[n++] = pch;
    }
    enum CXErrorCode rc = clang_parseTranslationUnit2(pfe->index, tu->file, args, (int)n,
                                                      pfe->unsaved ? &mem : NULL, pfe->unsaved ? 1 : 0,
                                                      opts, &ctu);
    if (pch && (rc != CXError_Success || !ctu || pch_failed(ctu))) {
        if (ctu) clang_disposeTranslationUnit(ctu);
        ctu = NULL;
        free(pch);
        pch = NULL;
        n -= 2;
        rc = clang_parseTranslationUnit2(pfe->index, tu->file, args, (int)n, NULL, 0, opts, &ctu);
    }
    pfe->used_pch = pch != NULL;
    /* cl.exe's lvalue casts and enum fields: parse again with them rewritten
     * (fe_msvc.c); a rewritten header may be in the PCH, so without it */
    struct CXUnsavedFile *fixed = NULL;
    unsigned nfixed = rc == CXError_Success && ctu && !pfe->unsaved ? pt_fe_msvc_rewrites(ctu, tu->file, &fixed) : 0;
    if (nfixed) {
        CXTranslationUnit again = NULL;
        size_t n2 = pch && (nfixed > 1 || strcmp(fixed[0].Filename, tu->file) != 0) ? n - 2 : n;
        if (clang_parseTranslationUnit2(pfe->index, tu->file, args, (int)n2, fixed, nfixed, opts, &again) ==
                CXError_Success &&
            again) {
            clang_disposeTranslationUnit(ctu);
            ctu = again;
            if (n2 != n) pfe->used_pch = 0;
        }
        pt_fe_msvc_rewrites_free(fixed, nfixed);
    }
    free(pch);
    free(args);
    if (rc != CXError_Success || !ctu) {
        snprintf(err, errlen, "%s: %s (error %d)", tu->file,
                 rc == CXError_Crashed ? "libclang crashed parsing this file (or ran out of its memory budget)"
                                       : "libclang could not parse this file", (int)rc);
        return -1;
    }
    struct fe fe;
    memset(&fe, 0, sizeof fe);
    fe.tu = ctu;
    fe.arena = arena;
    fe.ir = ir;
    fe.apis = &pfe->apis;
    fe.main_file = clang_getFile(ctu, tu->file);
    ir->file = pt_arena_strdup(arena, tu->file);
    ir->project = pt_arena_strdup(arena, pt_tu_project(tu));
    report_diagnostics(&fe, ctu, ir, notes);
    pfe->header_errors = fe.header_errors;
    CXCursor root = clang_getTranslationUnitCursor(ctu);
    clang_visitChildren(root, find_functions, &fe);
    if (fe.ninvalid) qsort(fe.invalid_names, fe.ninvalid, sizeof *fe.invalid_names, cmp_name);
    if (fe.nmacros) qsort(fe.macros, fe.nmacros, sizeof *fe.macros, cmp_macro);
    clang_visitChildren(root, lower_functions, &fe);
    add_initializers(&fe, root);
    note_coverage(ir, notes);
    free(fe.fn_extents);
    free(fe.errors);
    free(fe.places);
    free(fe.macros);
    pt_strmap_free(&fe.sal_read);
    for (unsigned i = 0; i < fe.ninvalid; i++) free(fe.invalid_names[i]);
    free(fe.invalid_names);
    clang_getInclusions(ctu, add_dep, pfe);
    if (pfe->used_pch) add_pch_deps(pfe);
    clang_disposeTranslationUnit(ctu);
    return 0;
}

void pt_tu_ir_free(struct pt_tu_ir *ir)
{
    for (unsigned i = 0; i < ir->nfuncs; i++) free_function(ir->funcs[i]);
    free(ir->funcs);
    free(ir->decls);
    memset(ir, 0, sizeof *ir);
}
