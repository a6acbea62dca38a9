/* A deliberate include cycle for arch/cycle-is-caught: right <-> left. */
#include "left.h"
