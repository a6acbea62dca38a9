/* MinGW-w64's ntifs.h, completed by our wdm.h supplement. */
#pragma once
#include_next <ntifs.h>
#include "pt_pool.h"
#include "pt_wdm_extra.h"
