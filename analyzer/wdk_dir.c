/* Where our WDK supplement (analyzer/wdk) is: found from the executable's own
 * location so an installed tree can be moved, never from the build machine's
 * paths once installed. */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include "wdk_flags.h"

static char found[PATH_MAX];
static char looked[2 * PATH_MAX + 8];

/* The supplement's marker: the prelude every TU is parsed with. */
static int has_prelude(const char *dir)
{
    char p[PATH_MAX + 32];
    struct stat st;
    if (snprintf(p, sizeof p, "%s/include/pt_prelude.h", dir) >= (int)sizeof p) return 0;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int exe_dir(char *out, size_t n)
{
    ssize_t len = readlink("/proc/self/exe", out, n - 1);
    if (len <= 0) return -1;
    out[len] = 0;
    char *slash = strrchr(out, '/');
    if (!slash) return -1;
    *slash = 0;
    return 0;
}

static void locate(void)
{
    if (found[0] || looked[0]) return;
    const char *env = getenv("PT_WDK_DIR");
    if (env && *env) {   /* asked for: used as given, checked by pt_wdk_dir_ok */
        snprintf(found, sizeof found, "%s", env);
        return;
    }
    char dir[PATH_MAX], cand[PATH_MAX + 32];
    if (exe_dir(dir, sizeof dir) != 0) dir[0] = 0;
    /* installed: <prefix>/bin/pooltrack-* and <prefix>/share/pooltrack/wdk */
    snprintf(cand, sizeof cand, "%s/../share/pooltrack/wdk", dir);
    if (dir[0] && has_prelude(cand) && realpath(cand, found)) return;
    /* not installed: a program (or test) inside the build tree it was built in */
    size_t nb = strlen(PT_BUILD_DIR);
    if (dir[0] && strncmp(dir, PT_BUILD_DIR, nb) == 0 && (dir[nb] == '/' || dir[nb] == 0) &&
        has_prelude(PT_SOURCE_WDK_DIR)) {
        snprintf(found, sizeof found, "%s", PT_SOURCE_WDK_DIR);
        return;
    }
    snprintf(looked, sizeof looked, "%s", cand);
}

const char *pt_wdk_dir(void)
{
    locate();
    /* not found: the installed location, which does not parse; the programs
     * stop first (pt_wdk_dir_ok) */
    return found[0] ? found : looked;
}

int pt_wdk_dir_ok(char *err, size_t errlen)
{
    locate();
    if (found[0] && has_prelude(found)) return 0;
    if (found[0])
        snprintf(err, errlen, "PT_WDK_DIR=%s: no include/pt_prelude.h there", found);
    else
        snprintf(err, errlen, "WDK supplement not found (no %s/include/pt_prelude.h); "
                 "reinstall pooltrack or set PT_WDK_DIR", looked);
    return -1;
}
