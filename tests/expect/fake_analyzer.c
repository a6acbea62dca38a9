/* A stand-in for pooltrack-analyze in the runner's self-test. Called as
 * `fake_analyzer --format json --srcroot DIR FILES…`, it checks that calling
 * convention, then prints DIR/fake.json (with @SRCROOT@ replaced by DIR),
 * DIR/fake.stderr to stderr, and exits with the number in DIR/fake.rc (default
 * 0). DIR/fake.args, when present, lists the expected FILES relative to DIR. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "safe_io.h"

/* DIR/name, or NULL when it is not there (pt_read_file: the test's own files). */
static char *slurp(const char *dir, const char *name)
{
    char path[4096], err[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return pt_read_file("fake_analyzer:", path, 1u << 20, 0, NULL, err, sizeof err);
}

/* "a.c b.c" must equal the FILES after DIR/ is stripped. */
static int args_match(const char *want, const char *dir, int argc, char **argv)
{
    char got[8192] = "";
    size_t dl = strlen(dir), wl = strlen(want);
    int i;
    for (i = 5; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, dir, dl) == 0 && a[dl] == '/') a += dl + 1;
        if (i > 5) strncat(got, " ", sizeof got - strlen(got) - 1);
        strncat(got, a, sizeof got - strlen(got) - 1);
    }
    while (wl && (want[wl - 1] == '\n' || want[wl - 1] == ' ')) wl--;
    if (strlen(got) == wl && strncmp(got, want, wl) == 0) return 1;
    fprintf(stderr, "fake_analyzer: files \"%s\", want \"%.*s\"\n", got, (int)wl, want);
    return 0;
}

static void print_json(const char *json, const char *dir)
{
    const char *p = json, *hit;
    while ((hit = strstr(p, "@SRCROOT@")) != NULL) {
        fwrite(p, 1, (size_t)(hit - p), stdout);
        fputs(dir, stdout);
        p = hit + strlen("@SRCROOT@");
    }
    fputs(p, stdout);
}

int main(int argc, char **argv)
{
    char *json, *err, *rc, *args;
    const char *dir;
    int code;
    if (argc > 1 && strcmp(argv[1], "--one-driver") == 0) argv++, argc--;   /* a case is one driver */
    if (argc < 6 || strcmp(argv[1], "--format") || strcmp(argv[2], "json") ||
        strcmp(argv[3], "--srcroot")) {
        fprintf(stderr, "fake_analyzer: unexpected calling convention\n");
        return 2;
    }
    dir = argv[4];
    args = slurp(dir, "fake.args");
    if (args && !args_match(args, dir, argc, argv)) return 2;
    json = slurp(dir, "fake.json");
    err = slurp(dir, "fake.stderr");
    rc = slurp(dir, "fake.rc");
    if (json) print_json(json, dir);
    if (err) fputs(err, stderr);
    code = rc ? atoi(rc) : 0;
    free(json);
    free(err);
    free(rc);
    free(args);
    return code;
}
