/* pooltrack-confirm static.sarif runtime.log [-o confirmed.sarif] [-q]
 * The runtime log may hold the shim's JSON lines, Driver Verifier output
 * from WinDbg (!verifier 3, !verifier 0x80), or both; the kind is detected.
 * Exit: 0 done, 2 usage or input error, 4 the runtime log holds neither. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "util.h"

static const char *usage =
    "usage: pooltrack-confirm STATIC.sarif RUNTIME.log [-o CONFIRMED.sarif] [-q]\n"
    "RUNTIME.log: the shim's JSON lines and/or a WinDbg log of !verifier 3 / !verifier 0x80\n";

static char *read_file(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0, cap = 0, n;
    if (f == NULL) {
        snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    for (;;) {
        if (len + 4097 > cap)
            buf = pt_xrealloc(buf, cap = cap ? cap * 2 : 8192);
        n = fread(buf + len, 1, 4096, f);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(f)) {
        snprintf(err, errlen, "cannot read %s: %s", path, strerror(errno));
        fclose(f);
        free(buf);
        return NULL;
    }
    buf[len] = '\0';
    fclose(f);
    return buf;
}

struct args { const char *sarif, *runtime, *out; int quiet; };

static int parse_args(int argc, char **argv, struct args *a)
{
    int i;
    memset(a, 0, sizeof(*a));
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            a->out = argv[++i];
        else if (strcmp(argv[i], "-q") == 0)
            a->quiet = 1;
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
            return -1;
        else if (!a->sarif)
            a->sarif = argv[i];
        else if (!a->runtime)
            a->runtime = argv[i];
        else
            return -1;
    }
    return a->sarif && a->runtime ? 0 : -1;
}

static int write_out(const char *path, const cJSON *sarif, char *err, size_t errlen)
{
    char *text = cJSON_Print(sarif);
    FILE *f = fopen(path, "wb");
    int rc = 0;
    if (f == NULL || text == NULL || fputs(text, f) < 0 || fputc('\n', f) < 0) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        rc = -1;
    }
    if (f && fclose(f) != 0 && rc == 0) {
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        rc = -1;
    }
    free(text);
    return rc;
}

int main(int argc, char **argv)
{
    struct args a;
    char err[512] = "";
    char *stext = NULL, *rtext = NULL;
    cJSON *sarif = NULL, *events = NULL, *records = NULL;
    struct pt_confirm_stats st;
    int rc = 2;
    if (parse_args(argc, argv, &a) != 0) {
        fputs(usage, stderr);
        return 2;
    }
    if (!(stext = read_file(a.sarif, err, sizeof(err))) ||
        !(rtext = read_file(a.runtime, err, sizeof(err))))
        goto cleanup;
    if (!(sarif = cJSON_Parse(stext))) {
        snprintf(err, sizeof(err), "%s: not valid JSON", a.sarif);
        goto cleanup;
    }
    events = pt_confirm_load_events(rtext, err, sizeof(err));
    records = pt_windbg_parse(rtext);
    if (events == NULL && cJSON_GetArraySize(records) == 0) {
        snprintf(err, sizeof(err), "%s: neither pooltrack shim JSON lines nor Driver Verifier "
                 "output (!verifier 3 table, !verifier 0x80 stacks)", a.runtime);
        rc = 4;
        goto cleanup;
    }
    if (events == NULL)
        events = cJSON_CreateArray();
    if (pt_confirm_apply(sarif, events, &st, err, sizeof(err)) != 0)
        goto cleanup;
    if (cJSON_GetArraySize(records) > 0)
        pt_confirm_apply_verifier(sarif, records, &st);
    if (a.out && write_out(a.out, sarif, err, sizeof(err)) != 0)
        goto cleanup;
    if (!a.quiet)
        pt_confirm_print_text(stdout, sarif, &st);
    rc = 0;
cleanup:
    if (rc == 2 && err[0] == '\0')
        snprintf(err, sizeof(err), "internal error");
    if (rc != 0)
        fprintf(stderr, "pooltrack-confirm: %s\n", err);
    cJSON_Delete(sarif);
    cJSON_Delete(events);
    cJSON_Delete(records);
    free(stext);
    free(rtext);
    return rc;
}
