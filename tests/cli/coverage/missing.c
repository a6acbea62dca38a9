/* A project header that is not there: a warning, not only a note. */
#include <ntddk.h>
#include "not_in_this_checkout.h"

VOID Touch(VOID) { }
