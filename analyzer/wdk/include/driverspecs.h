/* pooltrack: MinGW's driverspecs.h defines the SAL driver annotations as
 * nothing; after it, the memory ones become annotations again, because they
 * seed the summaries of routines whose bodies the run never sees. */
#pragma once
#include_next <driverspecs.h>
#undef __drv_allocatesMem
#undef __drv_freesMem
#define __drv_allocatesMem(...) __attribute__((annotate("pt_allocates")))
#define __drv_freesMem(...) __attribute__((annotate("pt_frees")))
/* _IRQL_requires_(DISPATCH_LEVEL) makes a routine a DPC-level root for PT007. */
#undef _IRQL_requires_
#define _IRQL_requires_(irql) __attribute__((annotate("pt_irql_requires:" #irql)))
