/* GitHub code scanning's primaryLocationLineHash, computed as the
 * github/codeql-action upload does (src/fingerprints.ts), so an upload
 * through the REST API matches alerts across runs as the action would. */
#ifndef PT_LINEHASH_H
#define PT_LINEHASH_H
#include <stddef.h>

/* "<hex>:<n>" for line (1-based) of the text; 0, or -1 past its end. */
int pt_line_hash(const char *text, size_t len, unsigned line, char out[40]);
/* Forget the hashes kept for the last text (its buffer was freed). */
void pt_line_hash_forget(void);
#endif
