/* pooltrack's MSVC dialect (docs/dialect.md): MinGW-w64's winnt.h, then the
 * WDK's spelling of what it defines differently. */
#include_next <winnt.h>
#include "pt_msvc_fixups.h"
