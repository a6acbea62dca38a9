/* Test-only stand-in for WdfDriverEntry.lib in the MinGW link: the function
 * table and globals a KMDF driver binds at load. */
#include "wdf.h"
const WDFFUNC *WdfFunctions;
PWDF_DRIVER_GLOBALS WdfDriverGlobals;
