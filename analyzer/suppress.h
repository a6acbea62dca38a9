/* Inline suppressions: `// pooltrack-ignore PT005: freed by the bus driver` on
 * the finding's line or the line before. A reason is required; a comment
 * without one does not suppress and is said as a note. */
#ifndef PT_SUPPRESS_H
#define PT_SUPPRESS_H
#include "finding.h"
void pt_apply_suppressions(struct pt_results *r);
#endif
