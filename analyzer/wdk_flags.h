/* provisional: replaced by the wdk branch */
#ifndef PT_WDK_FLAGS_H
#define PT_WDK_FLAGS_H
#include <stddef.h>
size_t pt_wdk_args(int is_cxx, const char **out, size_t max);
#endif
