/* The clang arguments that make driver code parse here (a real WDK or MinGW-w64 and the supplement)
 * (the interface: wdk_flags.h). */
#include "wdk_flags.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"
#include "wdk_real.h"


static int under(const char *path, const char *dir)
{
    return dir && strncmp(path, dir, strlen(dir)) == 0;
}

int pt_wdk_is_system_path(const char *path)
{
    const struct pt_wdk_found *real = pt_wdk_real();
    return strncmp(path, PT_MINGW_ROOT "/", sizeof PT_MINGW_ROOT) == 0 || under(path, pt_wdk_dir()) ||
           (real && (under(path, real->include) || under(path, real->kmdf)));
}

void pt_wdk_include_dirs(const char **dirs, size_t *n)
{
    static char crt[4096], km[4096], shared[4096], standins[4096];
    const struct pt_wdk_found *real = pt_wdk_real();
    *n = 0;
    if (!real) return;
    snprintf(crt, sizeof crt, "%s/km/crt", real->include);
    snprintf(km, sizeof km, "%s/km", real->include);
    snprintf(shared, sizeof shared, "%s/shared", real->include);
    snprintf(standins, sizeof standins, "%s/msvc_standins", pt_wdk_dir());
    dirs[(*n)++] = crt;
    dirs[(*n)++] = km;
    dirs[(*n)++] = shared;
    if (real->kmdf) dirs[(*n)++] = real->kmdf;
    dirs[(*n)++] = standins;
}

/* The real WDK's arguments: cl.exe's target and dialect, the kernel's macros,
 * its include order (km/crt, km, shared, KMDF), our stand-ins for the MSVC
 * headers the WDK expects from Visual Studio last. */
static const char *const *real_argv(int is_cxx, size_t *n)
{
    static const char *args[64];
    static char prelude[4096];
    static size_t count;
    if (!count) {
        snprintf(prelude, sizeof prelude, "%s/msvc_standins/pt_wdk_prelude.h", pt_wdk_dir());
        static const char *const fixed[] = {
            "--target=x86_64-pc-windows-msvc", "-resource-dir", PT_CLANG_RESOURCE_DIR,
            /* no include folder from this machine or from $INCLUDE: only the WDK's */
            "-nostdlibinc", "-fms-extensions", "-fms-compatibility", "-fms-compatibility-version=19.29.30133",
            "-ferror-limit=0", "-fspell-checking", "-Wno-everything",
            "-DPOOL_TAGGING=1", "-D_AMD64_", "-DAMD64", "-D_WIN64", "-D_KERNEL_MODE=1", "-D_MSC_BUILD=1"};
        for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) args[count++] = fixed[i];
        const char *dirs[8];
        size_t nd;
        pt_wdk_include_dirs(dirs, &nd);
        for (size_t i = 0; i < nd; i++) {
            args[count++] = i + 1 == nd ? "-idirafter" : "-isystem";
            args[count++] = dirs[i];
        }
        args[count++] = "-include";
        args[count++] = prelude;
        args[count++] = "-x";
        args[count++] = NULL;
    }
    args[count - 1] = is_cxx ? "c++" : "c";
    *n = count;
    return args;
}

/* cl.exe checks access where a member is used; clang also where a virtual
 * destructor implies `operator delete` (a private one in a kernel base class
 * is common): the body parses the same either way, so C++ is parsed without
 * access control, and no function is lost to it. `base` ends in "-x", lang. */
static const char *const *with_language(const char *const *base, size_t count, int is_cxx, size_t *n)
{
    static const char *args[2][96];
    const char **out = (const char **)args[is_cxx != 0];
    size_t k = 0;
    for (size_t i = 0; i + 2 < count && k + 4 < 96; i++) out[k++] = base[i];
    if (is_cxx) {
        out[k++] = "-Xclang";
        out[k++] = "-fno-access-control";
    }
    out[k++] = "-x";
    out[k++] = is_cxx ? "c++" : "c";
    *n = k;
    return out;
}

const char *const *pt_wdk_argv(int is_cxx, size_t *n)
{
    if (pt_wdk_real()) {
        size_t count;
        const char *const *base = real_argv(is_cxx, &count);
        return with_language(base, count, is_cxx, n);
    }
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
    return with_language(args, sizeof args / sizeof args[0], is_cxx, n);
}

const char **pt_clang_args(const struct pt_tu *tu, size_t extra, size_t *n)
{
    size_t nwdk;
    const char *const *wdk = pt_wdk_argv(tu->is_cxx, &nwdk);
    /* + 2: the NDIS versions of a real WDK (pt_wdk_ndis_clamp), + 1: the NULL */
    const char **args = pt_xcalloc(nwdk + tu->nargs + extra + 3, sizeof *args);
    memcpy(args, wdk, nwdk * sizeof *args);
    size_t k = nwdk;
    for (size_t i = 0; i < tu->nargs; i++) {
        /* the project's own WDK folders: ours come first, case-insensitive,
         * and the supplement must not mix with real WDK headers */
        if (i + 1 < tu->nargs && (strcmp(tu->args[i], "-I") == 0 || strcmp(tu->args[i], "-isystem") == 0)) {
            char *v = pt_wdk_version_dir_of(tu->args[i + 1]);
            int wdk = v != NULL;
            free(v);
            if (wdk) { i++; continue; }
        }
        args[k++] = tu->args[i];
    }
    k += pt_wdk_ndis_clamp((const char *const *)tu->args, tu->nargs, args + k, 2);
    *n = k;
    return args;
}
