/* Shared between the wrapper files (pool, I/O, NDIS). */
#ifndef PT_SHIM_WRAPPERS_INT_H
#define PT_SHIM_WRAPPERS_INT_H
#include "pt_shim_core.h"

/* Frees b for real with its own family's routine. */
void pt_real_free(const struct pt_block *b);
/* Checks a free with the core, then frees for real unless it must be skipped. */
void pt_tracked_free(enum pt_family fam, PVOID p, int check_tag, ULONG tag,
                     struct pt_site site);
/* Set by pt_shim_ndis.c on first use, so non-NDIS drivers need no NDIS. */
extern void (*pt_ndis_real_free)(const struct pt_block *b);

#define SITE_OF() ((struct pt_site){ pt_file, pt_line, pt_func })
#endif
