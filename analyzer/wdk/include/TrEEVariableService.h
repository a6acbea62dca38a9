/* pooltrack: the WDK's TrEEVariableService.h (none in MinGW-w64): the TrEE
 * variable service's names TrEE miniports use. Selected from the WDK
 * 10.0.16299 km/treevariableservice.h by those names (docs/supplement.md). */
#pragma once
#ifndef PT_TREEVARIABLESERVICE_H
#define PT_TREEVARIABLESERVICE_H

#ifdef __cplusplus
extern "C" {
#endif

/* wdk_extract.py: begin */

/* wdk_extract.py: end */

#ifdef __cplusplus
}
#endif

#endif
