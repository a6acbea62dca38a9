/* A deliberate include cycle for arch/cycle-is-caught: left <-> right. */
#include "right.h"
