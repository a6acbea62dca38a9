/* pooltrack: KMDF splits wdf.h into wdftimer.h and others; drivers that include
 * the part directly get all of our wdf.h. */
#pragma once
#include <wdf.h>
