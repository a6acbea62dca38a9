/* Building a shared precompiled header (pch.h) with libclang: the job runs in
 * a worker process of its own, before the TUs that load it. */
#include "fe_pch.h"
#include <clang-c/Index.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fe_internal.h"
#include "pch.h"
#include "safe_io.h"
#include "util.h"
#include "vfs_overlay.h"
#include "wdk_flags.h"

struct seen {
    CXTranslationUnit tu;
    const char *header, *tmp;   /* KEY.h; the overlay's temp folder */
    char **paths;
    size_t n, cap;
    char *unguarded;            /* the first included header without a guard */
};

static void on_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData d)
{
    (void)stack;
    struct seen *s = d;
    CXString name = clang_getFileName(f);
    const char *p = clang_getCString(name);
    size_t tl = s->tmp ? strlen(s->tmp) : 0;
    int ours = !p || !*p || strcmp(p, s->header) == 0 || (tl && strncmp(p, s->tmp, tl) == 0 && p[tl] == '/');
    /* depth 1: KEY.h's own includes and the -include prelude; the TU's main
     * file includes them again, which must read nothing */
    if (!ours && depth == 1 && !s->unguarded && !clang_isFileMultipleIncludeGuarded(s->tu, f))
        s->unguarded = pt_strdup(p);
    int dup = 0;
    for (size_t i = 0; !ours && i < s->n && !dup; i++) dup = strcmp(s->paths[i], p) == 0;
    if (!ours && !dup) {
        PT_GROW(s->paths, s->n, s->cap);
        s->paths[s->n++] = pt_strdup(p);
    }
    clang_disposeString(name);
}

/* KEY.h never changes once made: a PCH records its time, and another run
 * building the same key at the same moment must not replace it under that
 * run's parse (link() creates it or finds it, atomically). */
static int write_header(const char *path, const char *text)
{
    char *tmp = pt_asprintf("%s.%ld", path, (long)getpid());
    unlink(tmp);   /* a leftover (or a planted symlink) is removed, never written through */
    int fd = pt_create_new(tmp, 0666);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (fd >= 0 && !f) close(fd);
    int rc = -1;
    if (f && fputs(text, f) >= 0 && fclose(f) == 0) {
        f = NULL;
        if (link(tmp, path) == 0 || errno == EEXIST) {
            char err[256], *had = pt_read_file("header", path, 1 << 20, PT_READ_NOFOLLOW, NULL, err, sizeof err);
            rc = had && strcmp(had, text) == 0 ? 0 : -1;   /* a key names one text */
            free(had);
        }
    }
    if (f) fclose(f);
    unlink(tmp);
    free(tmp);
    return rc;
}

/* The first function a project header of the prefix defines static or
 * inline (wrappers such as `static inline MemAllocate`), as "name (file)".
 * Each file lowers its own copy of those; declarations a PCH holds are not
 * visited in the files that load it, so such headers are not shared. */
static enum CXChildVisitResult find_header_function(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    char **found = d;
    CXSourceLocation loc = clang_getCursorLocation(c);
    CXFile f;
    clang_getExpansionLocation(loc, &f, NULL, NULL, NULL);
    if (*found || fe_is_wdk(loc, f)) return CXChildVisit_Continue;
    if (fe_is_scope(clang_getCursorKind(c))) return CXChildVisit_Recurse;
    if (fe_is_function_def(c) && fe_is_private_def(c)) {
        CXString name = clang_getFileName(f), sp = clang_getCursorSpelling(c);
        *found = pt_asprintf("%s (%s)", clang_getCString(sp), clang_getCString(name));
        clang_disposeString(name);
        clang_disposeString(sp);
    }
    return CXChildVisit_Continue;
}

static const char *header_lang(const char *x)
{
    return strcmp(x, "c") == 0 ? "c-header" : strcmp(x, "c++") == 0 ? "c++-header" : x;
}

int pt_fe_build_pch(const struct pt_tu *tu, const char *prefix, const char *dir, const char *key,
                    char *err, size_t errlen)
{
    char *header = pt_pch_file(dir, key, "h"), *pch = pt_pch_file(dir, key, "pch");
    char *tmp_pch = pt_asprintf("%s.%ld", pch, (long)getpid());
    int rc = -1;
    if (write_header(header, prefix) != 0) {
        snprintf(err, errlen, "cannot write %s", header);
        goto out;
    }
    size_t n;
    const char **args = pt_clang_args(tu, 2, &n);   /* room for the overlay */
    for (size_t i = 0; i + 1 < n; i++)
        if (strcmp(args[i], "-x") == 0) args[i + 1] = header_lang(args[i + 1]);
    /* the overlay of a TU next to tu with the same -I folders: a quoted
     * precomp.h finds its own headers ignoring case, as in the TU */
    struct pt_tu like = *tu;
    char *slash = strrchr(tu->file, '/');
    like.file = pt_asprintf("%.*s/%s.h", slash ? (int)(slash - tu->file) : 1, slash ? tu->file : ".", key);
    const char *overlay = pt_vfs_overlay_for_tu(&like);
    free(like.file);
    if (overlay) {
        args[n++] = "-ivfsoverlay";
        args[n++] = overlay;
    }
    if (n > INT_MAX) {
        snprintf(err, errlen, "%s: %zu compiler arguments: more than libclang takes", tu->file, n);
        free(args);
        goto out;
    }
    CXIndex index = clang_createIndex(0, 0);
    CXTranslationUnit ctu = NULL;
    unsigned opts = CXTranslationUnit_Incomplete | CXTranslationUnit_ForSerialization |
                    CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing |
                    CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode parsed = clang_parseTranslationUnit2(index, header, args, (int)n, NULL, 0, opts, &ctu);
    free(args);
    if (parsed != CXError_Success || !ctu) {
        snprintf(err, errlen, "libclang could not parse the headers of %s", tu->file);
        clang_disposeIndex(index);
        goto out;
    }
    struct seen s = {ctu, header, pt_vfs_overlay_dir(), NULL, 0, 0, NULL};
    clang_getInclusions(ctu, on_inclusion, &s);
    char *unusable = NULL;
    for (unsigned i = 0, nd = clang_getNumDiagnostics(ctu); i < nd && !unusable; i++) {
        CXDiagnostic d = clang_getDiagnostic(ctu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString t = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation);
            unusable = pt_asprintf("the headers have errors: %s", clang_getCString(t));
            clang_disposeString(t);
        }
        clang_disposeDiagnostic(d);
    }
    if (!unusable && s.unguarded) unusable = pt_asprintf("%s has no include guard", s.unguarded);
    if (!unusable) {
        char *found = NULL;
        clang_visitChildren(clang_getTranslationUnitCursor(ctu), find_header_function, &found);
        if (found) unusable = pt_asprintf("a project header defines functions, such as %s", found);
        free(found);
    }
    if (unusable) unlink(pch);   /* an older build's */
    if (!unusable && (clang_saveTranslationUnit(ctu, tmp_pch, 0) != CXSaveError_None || rename(tmp_pch, pch) != 0))
        snprintf(err, errlen, "cannot write the precompiled header %s", pch);
    else if (pt_pch_write_deps(dir, key, unusable, s.paths, s.n) != 0)
        snprintf(err, errlen, "cannot write %s.deps", key);
    else rc = 0;
    unlink(tmp_pch);
    free(unusable);
    free(s.unguarded);
    for (size_t i = 0; i < s.n; i++) free(s.paths[i]);
    free(s.paths);
    clang_disposeTranslationUnit(ctu);
    clang_disposeIndex(index);
out:
    pt_vfs_overlay_cleanup();
    free(header);
    free(pch);
    free(tmp_pch);
    return rc;
}
