#include "wdk_flags.h"
#include <stdio.h>
#include <stdlib.h>

#define MINGW_ROOT "/usr/x86_64-w64-mingw32"

const char *pt_wdk_dir(void)
{
    const char *env = getenv("PT_WDK_DIR");
    return env && *env ? env : PT_SOURCE_WDK_DIR;
}

size_t pt_wdk_args(int is_cxx, const char **out, size_t max)
{
    static char inc[4096], prelude[4096];
    snprintf(inc, sizeof inc, "%s/include", pt_wdk_dir());
    snprintf(prelude, sizeof prelude, "%s/include/pt_prelude.h", pt_wdk_dir());
    /* Not -fms-compatibility: it drops __GNUC__ and MinGW's headers then fail.
     * -fspell-checking: libclang turns it off, and then drops expressions that
     * name anything undeclared. */
    const char *args[] = {
        "--target=x86_64-w64-mingw32", "-resource-dir", PT_CLANG_RESOURCE_DIR,
        "-fms-extensions", "-ferror-limit=0", "-fspell-checking", "-Wno-everything",
        "-DPOOL_TAGGING", "-D_AMD64_", "-D_WIN64", "-isystem", inc, "-isystem", MINGW_ROOT "/include/ddk",
        "-isystem", MINGW_ROOT "/include", "-include", prelude, "-x", is_cxx ? "c++" : "c",
    };
    size_t n = 0;
    for (; n < sizeof args / sizeof args[0] && n < max; n++) out[n] = args[n];
    return n;
}
