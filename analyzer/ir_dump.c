/* The IR as text (--dump-ir), for debugging (the interface: ir_dump.h). */
#include "ir_dump.h"
#include <inttypes.h>

static const char *op_str(enum pt_op op)
{
    static const char *const s[] = {"?", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%",
                                    "&", "|", "^", "<<", ">>", "&&", "||", "!", "-", "~", "+",
                                    "++", "--"};
    return (unsigned)op < sizeof s / sizeof s[0] ? s[op] : "?";
}

void pt_ir_dump_expr(FILE *out, const struct pt_func *fn, const struct pt_expr *e)
{
    if (!e) { fputs("<null>", out); return; }
    switch (e->kind) {
    case PT_EX_INT: fprintf(out, "%" PRId64, e->ival); return;
    case PT_EX_STRING: fputs("\"str\"", out); return;
    case PT_EX_VAR: fputs(e->var >= 0 ? fn->vars[e->var].name : "?", out); return;
    case PT_EX_FUNC: fputs(e->name, out); return;
    case PT_EX_MEMBER:
        pt_ir_dump_expr(out, fn, e->kids[0]);
        fprintf(out, "%s%s", e->arrow ? "->" : ".", e->name);
        return;
    case PT_EX_DEREF: fputs("*", out); pt_ir_dump_expr(out, fn, e->kids[0]); return;
    case PT_EX_ADDR: fputs("&", out); pt_ir_dump_expr(out, fn, e->kids[0]); return;
    case PT_EX_CALL:
        fprintf(out, "%s%s(", e->name ? e->name : "<indirect>",
                e->callee == PT_CALLEE_SYSTEM ? "[sys]" : e->callee == PT_CALLEE_LOCAL ? "[local]" : "");
        for (unsigned i = 0; i < e->nkids; i++) {
            if (i) fputs(", ", out);
            pt_ir_dump_expr(out, fn, e->kids[i]);
        }
        fputs(")", out);
        return;
    case PT_EX_ASSIGN:
        pt_ir_dump_expr(out, fn, e->kids[0]);
        fprintf(out, " %s= ", e->op ? op_str(e->op) : "");
        pt_ir_dump_expr(out, fn, e->kids[1]);
        return;
    case PT_EX_BINARY: case PT_EX_LOGIC:
        fputs("(", out);
        pt_ir_dump_expr(out, fn, e->kids[0]);
        fprintf(out, " %s ", op_str(e->op));
        pt_ir_dump_expr(out, fn, e->kids[1]);
        fputs(")", out);
        return;
    case PT_EX_UNARY: case PT_EX_INCDEC:
        fputs(op_str(e->op), out);
        pt_ir_dump_expr(out, fn, e->kids[0]);
        return;
    case PT_EX_INDEX:
        pt_ir_dump_expr(out, fn, e->kids[0]);
        fputs("[", out);
        if (e->nkids > 1) pt_ir_dump_expr(out, fn, e->kids[1]);
        fputs("]", out);
        return;
    default:
        fputs(e->kind == PT_EX_COND ? "?:(" : e->kind == PT_EX_COMMA ? ",(" : "unk(", out);
        for (unsigned i = 0; i < e->nkids; i++) {
            if (i) fputs(", ", out);
            pt_ir_dump_expr(out, fn, e->kids[i]);
        }
        fputs(")", out);
    }
}

void pt_ir_dump_func(FILE *out, const struct pt_func *fn)
{
    fprintf(out, "function %s (%u blocks, %u vars, %u parse errors) entry B%d\n", fn->name,
            fn->nblocks, fn->nvars, fn->parse_errors, fn->entry);
    for (unsigned i = 0; i < fn->nblocks; i++) {
        const struct pt_block *b = &fn->blocks[i];
        fprintf(out, " B%u:\n", i);
        for (unsigned j = 0; j < b->nstmts; j++) {
            fprintf(out, "   %u: ", b->stmts[j].e->loc.line);
            pt_ir_dump_expr(out, fn, b->stmts[j].e);
            fputs("\n", out);
        }
        switch (b->term) {
        case PT_T_NONE: fputs("   (end)\n", out); break;
        case PT_T_GOTO:
            if (b->succ[0] < 0) fputs("   (does not return)\n", out);
            else fprintf(out, "   goto B%d\n", b->succ[0]);
            break;
        case PT_T_BRANCH:
            fputs("   if ", out);
            pt_ir_dump_expr(out, fn, b->cond);
            fprintf(out, " then B%d else B%d\n", b->succ[0], b->succ[1]);
            break;
        case PT_T_SWITCH:
            fputs("   switch ", out);
            pt_ir_dump_expr(out, fn, b->cond);
            for (unsigned k = 0; k < b->ncases; k++)
                fprintf(out, " [%" PRId64 "]->B%d", b->case_vals[k], b->case_succ[k]);
            fprintf(out, " default->B%d\n", b->succ[0]);
            break;
        case PT_T_RETURN:
            fputs("   return ", out);
            if (b->cond) pt_ir_dump_expr(out, fn, b->cond);
            fprintf(out, " @%u\n", b->loc.line);
            break;
        }
    }
}
