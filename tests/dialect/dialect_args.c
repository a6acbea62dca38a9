/* Prints the arguments libclang gets for each TU of a compile database (the
 * analyzer's own, then the TU's, then the VFS overlay), one per line after a
 * "file: PATH" line; with a second argument, only TUs whose path contains it.
 * For the dialect tests, and to rerun one TU with clang -fsyntax-only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compdb.h"
#include "vfs_overlay.h"
#include "wdk_flags.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: dialect_args compile_commands.json [path-part]\n");
        return 2;
    }
    struct pt_compdb db;
    char err[512];
    if (pt_compdb_load(argv[1], &db, err, sizeof err) != 0) {
        fprintf(stderr, "dialect_args: %s\n", err);
        return 2;
    }
    for (size_t t = 0; t < db.ntus; t++) {
        const struct pt_tu *tu = &db.tus[t];
        if (argc > 2 && !strstr(tu->file, argv[2])) continue;
        size_t n;
        const char **args = pt_clang_args(tu, 0, &n);
        printf("file: %s\n", tu->file);
        for (size_t i = 0; i < n; i++) printf("%s\n", args[i]);
        const char *overlay = pt_vfs_overlay_for_tu(tu);
        if (overlay) {
            /* one overlay file per process, rewritten for each TU: keep a copy */
            char copy[4096];
            snprintf(copy, sizeof copy, "%s.%zu", overlay, t);
            FILE *in = fopen(overlay, "rb"), *out = fopen(copy, "wb");
            char buf[8192];
            size_t got;
            while (in && out && (got = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, got, out);
            if (in) fclose(in);
            if (out) fclose(out);
            printf("-ivfsoverlay\n%s\n", copy);
        }
        free(args);
    }
    fflush(stdout);
    pt_compdb_free(&db);
    /* the overlays stay for the caller's clang run (in the temp folder) */
    return 0;
}
