/* provisional: replaced by the wdk branch */
#include "wdk_flags.h"
size_t pt_wdk_args(int is_cxx, const char **out, size_t max)
{
    static const char *const c_args[] = {
        "--target=x86_64-w64-mingw32", "-resource-dir", PT_CLANG_RESOURCE_DIR,
        "-fms-extensions", "-ferror-limit=0", "-fspell-checking", "-DPOOL_TAGGING",
        "-isystem", "/usr/x86_64-w64-mingw32/include/ddk", "-isystem",
        "/usr/x86_64-w64-mingw32/include", "-Wno-everything", NULL};
    size_t n = 0;
    for (; c_args[n] && n < max; n++) out[n] = c_args[n];
    if (n + 2 <= max) { out[n++] = "-x"; out[n++] = is_cxx ? "c++" : "c"; }
    return n;
}
