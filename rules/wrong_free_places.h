/* PT009 across functions: the families stored into and freed from places. */
#ifndef WRONG_FREE_PLACES_H
#define WRONG_FREE_PLACES_H
#include "rule.h"

/* A STORE or FREE_PLACE event: remembered for the end of the run. */
void pt009_place_event(const struct pt_event *ev);

#endif
