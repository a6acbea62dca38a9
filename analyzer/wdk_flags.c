#include "wdk_flags.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"


const char *pt_wdk_dir(void)
{
    const char *env = getenv("PT_WDK_DIR");
    return env && *env ? env : PT_SOURCE_WDK_DIR;
}

int pt_wdk_is_system_path(const char *path)
{
    const char *wdk = pt_wdk_dir();
    return strncmp(path, PT_MINGW_ROOT "/", sizeof PT_MINGW_ROOT) == 0 || strncmp(path, wdk, strlen(wdk)) == 0;
}

const char *const *pt_wdk_argv(int is_cxx, size_t *n)
{
    static char inc[4096], msvc[4096], prelude[4096];
    snprintf(inc, sizeof inc, "%s/include", pt_wdk_dir());
    snprintf(msvc, sizeof msvc, "%s/include/pt_msvc", pt_wdk_dir());
    snprintf(prelude, sizeof prelude, "%s/include/pt_prelude.h", pt_wdk_dir());
    /* The MSVC dialect on the MinGW base (docs/dialect.md): -fms-compatibility
     * for what clang can be told (the comma before an empty __VA_ARGS__,
     * Microsoft's relaxed rules); it drops __GNUC__, which MinGW's headers
     * need, so -fgnuc-version gives it back. pt_msvc/ wraps MinGW headers
     * whose definitions differ from the WDK's; pt_msvc.h (from the prelude)
     * does the rest.
     * -fspell-checking: libclang turns it off, and then drops expressions that
     * name anything undeclared. */
    static const char *args[] = {
        "--target=x86_64-w64-mingw32", "-resource-dir", PT_CLANG_RESOURCE_DIR,
        "-fms-extensions", "-fms-compatibility", "-fgnuc-version=4.2.1",
        "-ferror-limit=0", "-fspell-checking", "-Wno-everything",
        "-DPOOL_TAGGING", "-D_AMD64_", "-D_WIN64",
        /* cl.exe's own macros for x64 (Visual Studio 2019): code gated on them
         * is the code the driver builds with. _MSC_EXTENSIONS keeps MinGW's
         * anonymous unions (without it _mingw.h sets NONAMELESSUNION). */
        "-D_MSC_VER=1929", "-D_MSC_FULL_VER=192930133", "-D_MSC_BUILD=1", "-D_MSC_EXTENSIONS=1",
        "-D_M_X64=100", "-D_M_AMD64=100", "-isystem", msvc, "-isystem", inc,
        "-isystem", PT_MINGW_ROOT "/include/ddk", "-isystem", PT_MINGW_ROOT "/include", "-include", prelude, "-x", NULL,
    };
    size_t count = sizeof args / sizeof args[0];
    args[count - 1] = is_cxx ? "c++" : "c";
    *n = count;
    return args;
}

const char **pt_clang_args(const struct pt_tu *tu, size_t extra, size_t *n)
{
    size_t nwdk;
    const char *const *wdk = pt_wdk_argv(tu->is_cxx, &nwdk);
    const char **args = pt_xcalloc(nwdk + tu->nargs + extra + 1, sizeof *args);
    memcpy(args, wdk, nwdk * sizeof *args);
    for (size_t i = 0; i < tu->nargs; i++) args[nwdk + i] = tu->args[i];
    *n = nwdk + tu->nargs;
    return args;
}
