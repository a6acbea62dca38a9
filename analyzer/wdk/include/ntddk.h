/* MinGW-w64's ntddk.h, completed by our wdm.h supplement. */
#pragma once
#include_next <ntddk.h>
#include "pt_pool.h"
#include "pt_wdm_extra.h"
#include "pt_ntddk_extra.h"
