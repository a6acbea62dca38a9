/* MinGW-w64's wdm.h plus what it lacks for current drivers: ExAllocatePool2/3
 * and friends, POOL_FLAG_*, lookaside Ex lists, role typedefs. Declarations
 * follow the public WDK documentation. */
#pragma once
#include_next <wdm.h>
#ifndef PT_WDM_SUPPLEMENT_H
#define PT_WDM_SUPPLEMENT_H
#include "pt_pool.h"
#include "pt_wdm_extra.h"
#include "pt_wdm_gen.h"
#endif
