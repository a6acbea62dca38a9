/* pooltrack's MSVC dialect (docs/dialect.md): MinGW-w64's ntdef.h, then the
 * WDK's spelling of what it defines differently. */
#include_next <ntdef.h>
#include "pt_msvc_fixups.h"
