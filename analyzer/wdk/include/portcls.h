/* pooltrack: MinGW-w64's portcls.h, and the port class names it lacks
 * (pt_portcls_gen.h). */
#pragma once
#include_next <portcls.h>
#include "pt_portcls_gen.h"
