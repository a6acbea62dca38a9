/* pooltrack: MinGW-w64's srb.h plus the extended SRB of the WDK's
 * (pt_srbex.h): class drivers build and send STORAGE_REQUEST_BLOCKs too. */
#pragma once
#include_next <srb.h>
#include "pt_srbex.h"
