/* The drivers' module names of a --link run, for the SARIF
 * (pooltrackDriverModules): the link reads units, not a compile database, so
 * they come from each unit's directory and driver. Each unit is read (and
 * verified) once more here: run.c, which holds them during the link, does
 * not hand its projects out. */
#include "unit_drivers.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "compdb_driver.h"
#include "unit.h"
#include "util.h"

size_t pt_link_driver_modules(char **dirs, size_t ndirs, char ***out)
{
    struct pt_tu *tus = NULL;
    size_t n = 0, cap = 0;
    for (size_t d = 0; d < ndirs; d++) {
        DIR *dh = opendir(dirs[d]);
        for (struct dirent *de; dh && (de = readdir(dh));) {
            if (!pt_unit_file_name(de->d_name)) continue;
            char *path = pt_asprintf("%s/%s", dirs[d], de->d_name), why[256];
            struct pt_unit u;
            memset(&u, 0, sizeof u);
            if (pt_unit_read(path, &u, why, sizeof why) == 0) {   /* a bad unit: the link says so */
                PT_GROW(tus, n, cap);
                memset(&tus[n], 0, sizeof tus[n]);
                tus[n].directory = u.directory ? pt_strdup(u.directory) : NULL;
                tus[n].driver = u.driver ? pt_strdup(u.driver) : NULL;
                n++;
                pt_unit_free(&u);
            }
            free(path);
        }
        if (dh) closedir(dh);
    }
    size_t k = pt_driver_modules(tus, n, out);
    for (size_t i = 0; i < n; i++) {
        free(tus[i].directory);
        free(tus[i].driver);
    }
    free(tus);
    return k;
}
