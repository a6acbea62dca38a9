/* MinGW-w64's ntddk.h, completed by our wdm.h supplement. */
#include_next <ntddk.h>
#include "pt_pool.h"
