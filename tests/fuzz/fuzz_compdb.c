/* Fuzz target: the compile-database reader (compdb_load.c, compdb.c,
 * compdb_args.c). The input is a compile_commands.json; its text is also fed
 * to the command-line splitter in both quoting styles and read as a
 * response file. Invariants: every TU has an absolute file and directory. */
#include <stdlib.h>
#include <string.h>
#include "compdb.h"
#include "select.h"
#include "compdb_args.h"
#include "fuzz_util.h"

static void check_tu(const struct pt_tu *tu)
{
    if (!tu->file || tu->file[0] != '/' || !tu->directory) abort();
    for (size_t i = 0; i < tu->nargs; i++)
        if (!tu->args[i]) abort();
}

static void split_both(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = 0;
    for (int windows = 0; windows < 2; windows++) {
        struct pt_strv v = {0};
        pt_split_command(s, windows, &v);
        pt_strv_free(&v);
    }
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 18)) return 0;
    split_both(data, size);
    const char *rsp = fuzz_file("args.rsp", data, size);
    struct pt_strv v = {0};
    pt_read_response_file(rsp, &v);
    pt_strv_free(&v);

    const char *path = fuzz_file("compile_commands.json", data, size);
    struct pt_compdb db;
    char err[1024];
    if (pt_compdb_load(path, &db, err, sizeof err) != 0) {
        if (!memchr(err, 0, sizeof err) || strchr(err, '\n') == err) abort();
        return 0;
    }
    for (size_t i = 0; i < db.ntus; i++) check_tu(&db.tus[i]);
    char *files[] = {"a.c", "/src/drv.c"};
    pt_select_files(&db, files, 2, NULL, err, sizeof err);
    for (size_t i = 0; i < db.ntus; i++) check_tu(&db.tus[i]);
    pt_compdb_free(&db);
    return 0;
}
