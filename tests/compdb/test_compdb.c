/* Unit tests of the compile-database reader and flag translation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "compdb.h"
#include "select.h"
#include "compdb_args.h"
#include "compdb_driver.h"
#include "util.h"

static int failures;
#define CHECK(cond, ...)                                                   \
    do {                                                                   \
        if (!(cond)) {                                                     \
            failures++;                                                    \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
        }                                                                  \
    } while (0)

static char tmpdir[256];

static void write_file(const char *name, const void *data, size_t len)
{
    char *p = pt_asprintf("%s/%s", tmpdir, name);
    FILE *f = fopen(p, "wb");
    fwrite(data, 1, len, f);
    fclose(f);
    free(p);
}

static int has_arg(const struct pt_tu *tu, const char *a, const char *b)
{
    for (size_t i = 0; i < tu->nargs; i++)
        if (strcmp(tu->args[i], a) == 0 && (!b || (i + 1 < tu->nargs && strcmp(tu->args[i + 1], b) == 0)))
            return 1;
    return 0;
}

static int has_dropped(const struct pt_tu *tu, const char *needle)
{
    for (size_t i = 0; i < tu->ndropped; i++)
        if (strstr(tu->dropped[i], needle)) return 1;
    return 0;
}

static void test_split(void)
{
    struct pt_strv v = {0};
    CHECK(pt_split_command("cc -DX=\"a b\" 'q r' x\\ y", 0, &v) == 0, "split");
    CHECK(v.n == 4 && strcmp(v.v[1], "-DX=a b") == 0 && strcmp(v.v[2], "q r") == 0 &&
          strcmp(v.v[3], "x y") == 0, "posix quoting: %zu args", v.n);
    pt_strv_free(&v);
    CHECK(pt_split_command("cl.exe /I\"C:\\Program Files\\inc\" /DA=1", 1, &v) == 0, "split win");
    CHECK(v.n == 3 && strcmp(v.v[1], "/IC:\\Program Files\\inc") == 0, "windows backslashes kept: %s",
          v.n > 1 ? v.v[1] : "");
    pt_strv_free(&v);
    CHECK(pt_split_command("cc \"unterminated", 0, &v) == -1, "unterminated quote is an error");
    pt_strv_free(&v);
}

static void test_cl_flags(void)
{
    char *inc = pt_asprintf("%s/inc", tmpdir);
    char *fi = pt_asprintf("%s/force.h", tmpdir);
    char *argv[] = {"C:\\VS\\cl.exe", "/nologo", "/W4", "/Iinc", "/I", "C:\\WDK\\km", "/DDBG=1", "/D",
                    "NDEBUG", "/FIforce.h", "/kernel", "/TP", "/std:c++17", "/c", "drv.c"};
    struct pt_tu tu;
    char err[512];
    CHECK(pt_compdb_translate(tmpdir, "drv.c", argv, 15, &tu, err, sizeof err) == 0, "%s", err);
    CHECK(has_arg(&tu, "-I", inc), "relative /Iinc made absolute");
    CHECK(has_arg(&tu, "-DDBG=1", NULL) && has_arg(&tu, "-DNDEBUG", NULL), "/D joined and separate");
    CHECK(has_arg(&tu, "-include", fi), "/FI becomes -include");
    CHECK(has_arg(&tu, "-D_KERNEL_MODE=1", NULL), "/kernel");
    CHECK(has_arg(&tu, "-std=c++17", NULL), "/std:");
    CHECK(tu.is_cxx == 1, "/TP makes it C++");
    CHECK(has_dropped(&tu, "C:\\WDK\\km"), "missing Windows include folder is dropped and said");
    CHECK(!has_arg(&tu, "/W4", NULL) && !has_arg(&tu, "/c", NULL), "warning/compile flags not passed");
    pt_tu_free(&tu);
    free(inc);
    free(fi);
}

static void test_dangerous(void)
{
    char *argv[] = {"clang", "-Xclang", "-load", "-Xclang", "evil.so", "-fplugin=evil.so",
                    "-B/tmp/evil", "-ivfsoverlay", "x.yaml", "-DOK", "-c", "a.c", "-o", "a.o"};
    struct pt_tu tu;
    char err[512];
    CHECK(pt_compdb_translate(tmpdir, "a.c", argv, 14, &tu, err, sizeof err) == 0, "%s", err);
    for (size_t i = 0; i < tu.nargs; i++)
        CHECK(!strstr(tu.args[i], "evil") && !strstr(tu.args[i], "load") && !strstr(tu.args[i], "yaml"),
              "code-loading argument kept: %s", tu.args[i]);
    CHECK(has_dropped(&tu, "-load") && has_dropped(&tu, "-fplugin") && has_dropped(&tu, "-B"),
          "stripping is said");
    CHECK(has_arg(&tu, "-DOK", NULL), "ordinary define kept");
    pt_tu_free(&tu);
}

static void test_response_files(void)
{
    const char utf8[] = "/DFROM_RSP /I inc";
    write_file("a.rsp", utf8, sizeof utf8 - 1);
    const char *w = "/DWIDE";
    unsigned char u16[64] = {0xFF, 0xFE};
    size_t n = 2;
    for (const char *p = w; *p; p++) { u16[n++] = (unsigned char)*p; u16[n++] = 0; }
    write_file("w.rsp", u16, n);
    char *argv[] = {"cl.exe", "@a.rsp", "@w.rsp", "x.c"};
    struct pt_tu tu;
    char err[512];
    CHECK(pt_compdb_translate(tmpdir, "x.c", argv, 4, &tu, err, sizeof err) == 0, "%s", err);
    CHECK(has_arg(&tu, "-DFROM_RSP", NULL), "UTF-8 response file read");
    CHECK(has_arg(&tu, "-DWIDE", NULL), "UTF-16LE response file read");
    pt_tu_free(&tu);
    char *bad[] = {"cl.exe", "@missing.rsp", "x.c"};
    CHECK(pt_compdb_translate(tmpdir, "x.c", bad, 3, &tu, err, sizeof err) == -1 &&
          strstr(err, "missing.rsp"), "missing response file is an error naming it");
}

static void test_load(void)
{
    char *db = pt_asprintf(
        "[{\"directory\":\"%s\",\"file\":\"a.c\",\"arguments\":[\"clang\",\"-DA\",\"a.c\"]},"
        "{\"directory\":\"%s\",\"file\":\"b.c\",\"command\":\"gcc -DB -I inc -c b.c\"},"
        "{\"directory\":\"%s\",\"file\":42,\"command\":\"gcc c.c\"},"
        "{\"directory\":\"%s\",\"file\":\"d.c\"}]", tmpdir, tmpdir, tmpdir, tmpdir);
    write_file("compile_commands.json", db, strlen(db));
    free(db);
    struct pt_compdb cdb;
    char err[512];
    CHECK(pt_compdb_load(tmpdir, &cdb, err, sizeof err) == 0, "folder argument: %s", err);
    CHECK(cdb.ntus == 2, "two good entries, got %zu", cdb.ntus);
    CHECK(cdb.nwarnings == 2, "two skipped entries said, got %zu", cdb.nwarnings);
    CHECK(cdb.nwarnings >= 1 && strstr(cdb.warnings[0], "\"file\" is not a string"), "names the cause");
    CHECK(cdb.ntus == 2 && has_arg(&cdb.tus[1], "-DB", NULL), "command string split");
    char *a = pt_asprintf("%s/a.c", tmpdir);
    write_file("a.c", "int x;\n", 7);
    char *files[] = {a, "nothere.c"};
    CHECK(pt_select_files(&cdb, files, 2, NULL, err, sizeof err) == -1 && strstr(err, "nothere.c"),
          "unknown file is reported: %s", err);
    CHECK(cdb.ntus == 1, "the matching file is kept");
    pt_compdb_free(&cdb);
    free(a);
    write_file("bad.json", "[{\"directory\": ", 15);
    char *badp = pt_asprintf("%s/bad.json", tmpdir);
    CHECK(pt_compdb_load(badp, &cdb, err, sizeof err) == -1 && strstr(err, "invalid JSON"),
          "invalid JSON: %s", err);
    free(badp);
    write_file("obj.json", "{\"a\":1}", 7);
    char *objp = pt_asprintf("%s/obj.json", tmpdir);
    CHECK(pt_compdb_load(objp, &cdb, err, sizeof err) == -1 && strstr(err, "array"), "not an array");
    free(objp);
    CHECK(pt_compdb_load("/nonexistent/compile_commands.json", &cdb, err, sizeof err) == -1 &&
          strstr(err, "No such file"), "missing database: %s", err);
}

/* What builds an entry names its driver; a new file takes its nearest neighbour's flags. */
static void test_driver(void)
{
    char *d = pt_driver_of_entry("/b", "CMakeFiles/drvA.dir/src/a.c.o", NULL);
    CHECK(d && strcmp(d, "/b/CMakeFiles/drvA.dir") == 0, "cmake target: %s", d ? d : "NULL");
    free(d);
    d = pt_driver_of_entry("/b", "CMakeFiles\\drvB.dir\\b.c.obj", NULL);
    CHECK(d && strcmp(d, "/b/CMakeFiles/drvB.dir") == 0, "cmake target, backslashes: %s", d ? d : "NULL");
    free(d);
    d = pt_driver_of_entry("/b", "/o/CMakeFiles/t.dir/x.o", "/s/p.vcxproj");
    CHECK(d && strcmp(d, "/s/p.vcxproj") == 0, "the vcxproj first: %s", d ? d : "NULL");
    free(d);
    d = pt_driver_of_entry("/b", "libdrv.so.p/a.c.o", NULL);
    CHECK(d && strcmp(d, "/b/libdrv.so.p") == 0, "meson target: %s", d ? d : "NULL");
    free(d);
    CHECK(pt_driver_of_entry("/b", "obj/a.o", NULL) == NULL, "a plain object path names no target");
    CHECK(pt_driver_of_entry("/b", NULL, NULL) == NULL, "no output: the directory decides");

    struct pt_tu tus[3];
    memset(tus, 0, sizeof tus);
    tus[0].file = "/p/x/far.c";
    tus[1].file = "/p/drv/sub/deep.c";
    tus[2].file = "/p/drv/near.c";
    CHECK(pt_compdb_nearest(tus, 3, "/p/drv/new.c") == &tus[2], "the same folder first");
    CHECK(pt_compdb_nearest(tus, 3, "/p/drv/sub/other/n.c") == &tus[1], "then the most shared folders");
    CHECK(pt_compdb_nearest(tus, 0, "/p/n.c") == NULL, "an empty database has no neighbour");
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/pt_compdb_test.XXXXXX");
    if (!mkdtemp(tmpdir)) return 2;
    char *inc = pt_asprintf("%s/inc", tmpdir);

    if (mkdir(inc, 0700) != 0) return 2;
    write_file("force.h", "", 0);
    free(inc);
    test_split();
    test_cl_flags();
    test_dangerous();
    test_response_files();
    test_load();
    test_driver();
    char *cmd = pt_asprintf("rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) failures++;
    free(cmd);
    printf("%d failed\n", failures);
    return failures ? 1 : 0;
}
