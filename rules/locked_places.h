/* PT010 across functions: MDLs locked and kept in a place, freed elsewhere. */
#ifndef LOCKED_PLACES_H
#define LOCKED_PLACES_H
#include "rule.h"

/* A STORE, FREE_PLACE, UNLOCK_PLACE or PLACE_USE event: remembered for the end of the run. */
void pt010_place_event(const struct pt_event *ev);
/* At the end of the run: the frees of places that only ever hold locked MDLs
 * and that nothing unlocks. */
void pt010_on_finish(struct pt_results *r);

#endif
