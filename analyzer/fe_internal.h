/* Frontend internals: the only code that touches libclang cursors. */
#ifndef PT_FE_INTERNAL_H
#define PT_FE_INTERNAL_H
#include <clang-c/Index.h>
#include "arena.h"
#include "ir.h"
#include "strmap.h"

#define FE_MAX_DEPTH 200      /* deeper expressions/statements become UNKNOWN */
#define FE_MAX_NEST 64        /* loops/switches/trys nested deeper are not modelled */

struct fe_extent { unsigned begin, end; };

/* Per translation unit. */
struct pt_api_table;

struct fe {
    CXTranslationUnit tu;
    CXFile main_file;
    struct pt_arena *arena;
    struct pt_tu_ir *ir;
    CXFile last_file;          /* one-entry cache for file names */
    const char *last_name;
    struct fe_extent *fn_extents;    /* function bodies of the main file (offsets) */
    unsigned nfn_extents, cap_fn_extents;
    struct fe_error { CXFile file; unsigned off; const char *text; } *errors; /* clang errors in the
                                       main file and project headers; text: "line N: words" (arena) */
    unsigned nerrors, cap_errors;
    unsigned header_errors;          /* clang errors anywhere else */
    struct fe_macro { CXFile file; unsigned off; CXCursor c; } *macros; /* expansions in the main file
                                       and project headers, by file and offset */
    struct fe_place { CXFile file; int project; } *places; /* per file: a project header or not */
    unsigned nplaces, cap_places, last_place;
    unsigned nmacros, cap_macros;
    char **invalid_names;            /* declarations clang dropped as invalid, sorted */
    unsigned ninvalid, cap_invalid;
    const struct pt_api_table *apis; /* which calls are pool calls (the frontend's, pool_api.h) */
    struct pt_strmap sal_read;       /* callees whose declaration's SAL was read (note_sal_effects) */
};

struct fe_varmap_entry { CXCursor c; int var; };
struct fe_label { CXCursor c; int block; };

/* Per function. */
struct fb {
    struct fe *fe;
    struct pt_func *fn;
    int cur;                   /* block receiving statements; -1 when unreachable */
    struct fe_varmap_entry *vars;
    unsigned nvars, cap_vars;
    struct fe_label *labels;
    unsigned nlabels, cap_labels;
    int brk[FE_MAX_NEST], cont[FE_MAX_NEST];
    unsigned nloops;
    int sw_block;              /* block holding the current switch terminator, -1 none */
    int sw_has_default;
    CXCursor finally[FE_MAX_NEST];
    unsigned nfinally;
    int except_handler[FE_MAX_NEST]; /* handler block of enclosing __try/__except, -1 */
    int leave[FE_MAX_NEST];          /* target of __leave */
    unsigned ntry;
    unsigned depth;
    /* An operator inside a macro whose body has several: a condition is a
     * comparison, an expression statement an assignment. */
    CXCursor hint_cursor;
    int hint;
    /* the `if` being lowered comes from a macro's body (`CHECK(x)` that is
     * `if (!(x)) goto fail`): its conditions are named by the macro call */
    int if_in_macro;           /* FE_IN_ASSERTION: of an assertion, whose failing side ends */
};
#define FE_IN_ASSERTION 2

/* Calls that never return (fe_noreturn.c): the expression statement may end
 * its path (a call that never returns as the statement, in a comma list, in
 * an arm of ?:, under a cast to void); the call itself never returns. */
int fe_may_not_return(struct fe *fe, CXCursor c);
int fe_never_returns(CXCursor c);

/* children */
unsigned fe_children(CXCursor c, CXCursor *out, unsigned max);
int fe_is_expr(CXCursor c);
/* A function body: functions, methods, constructors, destructors, conversions. */
int fe_is_function_def(CXCursor c);
/* Static or inline: a definition each file that sees it has its own copy of. */
int fe_is_private_def(CXCursor c);
/* A declaration that holds others to look into (namespace, extern "C", class). */
int fe_is_scope(enum CXCursorKind k);
/* The WDK as the analyzer sees it (system headers, ours, MinGW's), not the
 * project: loc, in file f (which may be NULL). */
int fe_is_wdk(CXSourceLocation loc, CXFile f);

/* locations and tokens */
struct pt_srcloc fe_loc(struct fe *fe, CXCursor c);
int fe_in_macro(struct fe *fe, CXCursor c);
/* The macro expansion whose use starts at this cursor's expansion point, or a null cursor. */
CXCursor fe_macro_at(struct fe *fe, CXCursor c);
const char *fe_text(struct fe *fe, CXCursor c, unsigned max_chars);
CXSourceRange fe_file_range(struct fe *fe, CXCursor c);
/* Bit i: the bodiless declaration of `name` says `_When_(return >= 0,
 * __drv_aliasesMem)` (or NT_SUCCESS(return), == 0) on parameter i (fe_sal_when.c). */
unsigned fe_sal_taken_if_ok(struct fe *fe, CXCursor decl, const char *name);
enum pt_op fe_binary_op(struct fe *fe, CXCursor c, CXCursor lhs, CXCursor rhs);
enum { FE_OPS_ANY, FE_OPS_COMPARE, FE_OPS_ASSIGN };
enum pt_op fe_macro_op(struct fe *fe, CXCursor c, int want);
enum pt_op fe_unary_op(struct fe *fe, CXCursor c, CXCursor sub);
unsigned fe_for_parts(struct fe *fe, CXCursor c, CXCursor *kids, unsigned n,
                      CXCursor *init, CXCursor *cond, CXCursor *inc, CXCursor *body);

/* expressions and variables */
struct pt_expr *fe_expr(struct fb *b, CXCursor c);
struct pt_expr *fe_new_expr(struct fb *b, enum pt_ex_kind kind, CXCursor at);
int fe_var_for(struct fb *b, CXCursor decl);
/* A MEMBER's record (the struct type field belongs to) and whether it is a WDK one. */
void fe_member_record(struct fb *b, struct pt_expr *e, CXCursor field);
int fe_new_temp(struct fb *b, const char *name);
int fe_type_is_pointer(CXType t);
int fe_type_is_aggregate(CXType t);

/* blocks and statements */
int fe_new_block(struct fb *b);
void fe_emit(struct fb *b, struct pt_expr *e);
void fe_goto(struct fb *b, int target);
void fe_stmt(struct fb *b, CXCursor c);
void fe_cond(struct fb *b, CXCursor c, int t, int f);

/* initializer lists: the functions a list stores into fields of place, as
 * assignments (`R.FilterUnloadCallback = NcUnload`) emitted into b. */
void fe_lower_init_stores(struct fb *b, CXCursor list, CXType type, struct pt_expr *place);

#endif
