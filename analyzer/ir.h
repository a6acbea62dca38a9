/* The IR the frontend lowers each function body into: a CFG of basic blocks
 * holding expression statements, with branch/switch/return terminators.
 * Expressions keep only what the engine and rules need: structure, constant
 * values, pointer-ness, string-literal-ness and the user-visible location.
 * Nothing here refers to libclang. */
#ifndef PT_IR_H
#define PT_IR_H
#include <stdint.h>
#include <stddef.h>

struct pt_srcloc {
    const char *file;      /* interned in the TU's arena; the macro use site */
    unsigned line, col;
};

enum pt_ex_kind {
    PT_EX_UNKNOWN,   /* not modelled; kids are still evaluated for their effects */
    PT_EX_INT,       /* integer constant: ival */
    PT_EX_STRING,    /* string literal */
    PT_EX_VAR,       /* variable: var index into pt_func.vars */
    PT_EX_FUNC,      /* a function used as a value (name) */
    PT_EX_MEMBER,    /* kids[0].name or kids[0]->name (arrow) */
    PT_EX_DEREF,     /* *kids[0] */
    PT_EX_INDEX,     /* kids[0][kids[1]] */
    PT_EX_ADDR,      /* &kids[0] */
    PT_EX_CALL,      /* name(kids...) ; callee_* describe the callee */
    PT_EX_ASSIGN,    /* kids[0] = kids[1]; op != 0 for compound (+=) */
    PT_EX_BINARY,    /* kids[0] op kids[1] */
    PT_EX_UNARY,     /* op kids[0]: '!', '-', '~', '+' */
    PT_EX_INCDEC,    /* ++/-- on kids[0] */
    PT_EX_COND,      /* kids[0] ? kids[1] : kids[2] */
    PT_EX_LOGIC,     /* kids[0] && kids[1] (op PT_OP_LAND) or || (PT_OP_LOR) */
    PT_EX_COMMA,     /* evaluate all kids, value of the last */
};

enum pt_op {
    PT_OP_NONE, PT_OP_EQ, PT_OP_NE, PT_OP_LT, PT_OP_LE, PT_OP_GT, PT_OP_GE,
    PT_OP_ADD, PT_OP_SUB, PT_OP_MUL, PT_OP_DIV, PT_OP_REM, PT_OP_AND, PT_OP_OR,
    PT_OP_XOR, PT_OP_SHL, PT_OP_SHR, PT_OP_LAND, PT_OP_LOR, PT_OP_NOT, PT_OP_NEG,
    PT_OP_BITNOT, PT_OP_PLUS, PT_OP_INC, PT_OP_DEC, PT_OP_ASSIGN, PT_OP_COMMA
};

/* What the frontend knows about a call's callee. */
enum pt_callee_kind {
    PT_CALLEE_UNKNOWN,   /* declared in the project, no body in this TU, or indirect */
    PT_CALLEE_SYSTEM,    /* declared in a WDK/system header, or an undeclared Ex/Io/Ke/... name */
    PT_CALLEE_LOCAL,     /* has a body in this TU */
};

struct pt_expr {
    enum pt_ex_kind kind;
    enum pt_op op;
    int64_t ival;            /* PT_EX_INT */
    unsigned id;             /* unique within the function, dense from 0 */
    unsigned is_pointer : 1; /* pointer or array type */
    unsigned is_string : 1;  /* a string literal, also through casts/macros */
    unsigned arrow : 1;      /* PT_EX_MEMBER through a pointer */
    unsigned is_const : 1;   /* ival holds its constant value (any kind) */
    unsigned record_system : 1; /* MEMBER: the struct is a WDK type (UNICODE_STRING) */
    unsigned callee_static : 1; /* CALL/FUNC: a static function (its name is per file) */
    unsigned via_field : 1;  /* CALL: through a function pointer held in a struct field (name = field) */
    unsigned is_array : 1;   /* array type: a MEMBER of it decays to an address inside its struct */
    unsigned is_unsigned : 1; /* an unsigned integer type: never below 0 */
    unsigned borrow_args : 16; /* CALL: bit i = parameter i points to const (`const REQ *`): the
                                  callee only reads through it (the first 16 parameters) */
    enum pt_callee_kind callee;
    int var;                 /* PT_EX_VAR */
    const char *name;        /* CALL: callee; MEMBER: field; FUNC: function */
    const char *record;      /* MEMBER: the struct type the field belongs to */
    const char *pointee;     /* MEMBER: the struct a pointer field points to ("struct _FDO"), or NULL */
    const char *macro;       /* CALL: name of the macro it was written through, or NULL */
    struct pt_expr **kids;
    unsigned nkids;
    struct pt_srcloc loc;
};

enum pt_var_kind { PT_VAR_LOCAL, PT_VAR_PARAM, PT_VAR_GLOBAL, PT_VAR_STATIC, PT_VAR_TEMP };

struct pt_var {
    const char *name;
    enum pt_var_kind kind;
    unsigned is_pointer : 1;
    unsigned is_aggregate : 1;  /* struct/union/array held by value */
    const char *type;           /* canonical type spelling */
};

struct pt_stmt {
    struct pt_expr *e;
};

enum pt_term_kind {
    PT_T_NONE,      /* block not terminated: falls to succ[0] */
    PT_T_GOTO,      /* succ[0] */
    PT_T_BRANCH,    /* cond ? succ[0] : succ[1]; cond NULL = either (exception edge) */
    PT_T_SWITCH,    /* cond value selects case_succ[i] for case_vals[i], else succ[0] */
    PT_T_RETURN,    /* cond = returned expression or NULL */
};

#define PT_COND_IN_MACRO '\x01'
#define PT_COND_ASSERTION '\x02'

struct pt_block {
    struct pt_stmt *stmts;
    unsigned nstmts, cap;
    enum pt_term_kind term;
    struct pt_expr *cond;
    int succ[2];
    int64_t *case_vals;
    int *case_succ;
    unsigned ncases, cap_cases;
    struct pt_srcloc loc;      /* of the condition / return */
    const char *cond_text;     /* source text of the condition, for path steps; first
                                  character PT_COND_IN_MACRO: the text is the call of
                                  the macro whose body holds the `if`; PT_COND_ASSERTION:
                                  the text is an assertion macro's call (NT_ASSERT(x)) whose
                                  failing side ends the path */
};

struct pt_func {
    const char *name;
    struct pt_srcloc loc;
    struct pt_var *vars;
    unsigned nvars, cap_vars;
    struct pt_block *blocks;
    unsigned nblocks, cap_blocks;
    int entry;
    unsigned nexprs;               /* ids are 0..nexprs-1 */
    const char **annotations;      /* SAL/role annotations on the declaration */
    unsigned nannotations;
    int ret_var;                   /* synthetic var holding the return value, or -1 */
    unsigned parse_errors;         /* clang errors inside the body: statements may be missing */
    const char *first_error;       /* the first of them, "line N: clang's words"; NULL if none */
    unsigned token_only_calls;     /* pool calls in the tokens that the AST lost (parse errors) */
    const char *role;              /* role type of its declaration (KDEFERRED_ROUTINE), or NULL */
    unsigned is_static : 1;
    unsigned in_header : 1;        /* defined in a project header (static or inline): every file
                                      including it has a copy; counted once in the coverage */
    unsigned is_initializers : 1;  /* no function of the source: the functions file-scope
                                      initializer lists store into fields, as assignments */
};

/* A function the TU calls but does not define, whose declaration says what it
 * does with memory (SAL __drv_allocatesMem / __drv_freesMem / _Frees_ptr_):
 * the seed of its summary when no body of it is in the run. */
struct pt_decl_effect {
    const char *name;
    int frees_param;         /* argument it frees, or -1: it returns fresh memory (or see out_param) */
    int out_param;           /* >= 0: it allocates into *argument (`__drv_allocatesMem(Mem) PVOID *Out`) */
    unsigned is_static : 1;
    unsigned status : 1;     /* returns NTSTATUS: the memory exists when it succeeds */
    unsigned no_api : 1;     /* neither allocates nor frees: only taken_if_ok below */
    uint32_t taken_if_ok;    /* bit i: argument i kept only when it succeeds (SAL _When_ __drv_aliasesMem) */
};

struct pt_tu_ir {
    struct pt_decl_effect *decls;
    unsigned ndecls, cap_decls;
    const char *file;
    const char *project;     /* the compile command's directory: facts are shared per project */
    struct pt_func **funcs;
    unsigned nfuncs, cap_funcs;
    unsigned parse_errors;
    const char *first_error; /* the TU's first clang error, "file:line: words"; NULL if none */
};

#endif
