/* Parse one translation unit with libclang and lower every function body of
 * its main file into the IR. */
#ifndef PT_FRONTEND_H
#define PT_FRONTEND_H
#include "arena.h"
#include "compdb.h"
#include "finding.h"
#include "ir.h"

struct pt_frontend;
struct pt_api_extras;

/* extras: the configuration's additions to the families table (NULL none),
 * which the count of pool calls looks names up in; not copied. */
struct pt_frontend *pt_frontend_new(const struct pt_api_extras *extras);
void pt_frontend_free(struct pt_frontend *fe);
/* Returns 0, or -1 when the TU could not be parsed at all (err holds one line).
 * Parse errors that still leave an AST are counted in ir->parse_errors and
 * described as notifications in notes. */
int pt_frontend_parse(struct pt_frontend *fe, const struct pt_tu *tu, struct pt_arena *arena,
                      struct pt_tu_ir *ir, struct pt_results *notes, char *err, size_t errlen);
void pt_tu_ir_free(struct pt_tu_ir *ir);
/* The files the last parsed TU read (its main file and every header), for the
 * cache; owned by fe until the next parse. */
size_t pt_frontend_deps(struct pt_frontend *fe, char ***out);
/* Load DIR/KEY.pch (a shared precompiled header, pch.h) into the next parses,
 * until set again (NULL: none). A PCH that does not load is left out. */
void pt_frontend_set_pch(struct pt_frontend *fe, const char *dir, const char *key);
/* Whether the last parse loaded the PCH. */
int pt_frontend_used_pch(const struct pt_frontend *fe);
/* The last parse's errors outside its main file (a group's headers). */
unsigned pt_frontend_header_errors(const struct pt_frontend *fe);
/* Parse tu->file from this text instead of the disk (a CXUnsavedFile), until
 * set again (NULL: the disk). Used by the fuzz target; text is not copied. */
void pt_frontend_set_unsaved(struct pt_frontend *fe, const char *text, unsigned long len);

#endif
