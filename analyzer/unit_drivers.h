/* The drivers' module names of the units in --link folders. */
#ifndef PT_UNIT_DRIVERS_H
#define PT_UNIT_DRIVERS_H
#include <stddef.h>

/* As pt_driver_modules (compdb_driver.h), over every readable *.unit.json of
 * dirs. Sorted, each once, NULL-terminated; caller frees each and *out. */
size_t pt_link_driver_modules(char **dirs, size_t ndirs, char ***out);
#endif
