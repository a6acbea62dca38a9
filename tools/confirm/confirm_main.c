/* pooltrack-confirm static.sarif runtime.log [-o confirmed.sarif] [-q] [--module NAME]
 * The runtime log may hold the shim's JSON lines, Driver Verifier output
 * from WinDbg (!verifier 3, !verifier 0x80, !analyze -v), or both; the kind
 * is detected. docs/confirm.md tells the layouts read.
 * Exit: 0 done (or --help), 2 usage or input error, 4 the runtime log holds neither. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "confirm.h"
#include "output.h"
#include "safe_io.h"
#include "util.h"

static const char *usage =
    "usage: pooltrack-confirm STATIC.sarif RUNTIME.log [-o CONFIRMED.sarif] [-q] [--module NAME]\n"
    "RUNTIME.log: the shim's JSON lines and/or a WinDbg log of !verifier 3 / !verifier 0x80 / !analyze -v\n"
    "--module NAME: the driver analysed (mydrv or mydrv.sys); other drivers' records are skipped\n";

/* Inputs are read whole: a limit keeps a hostile or runaway log from
 * exhausting memory (parsed events take about 8 times the log's size). */
#define PT_CONFIRM_MAX_INPUT ((size_t)1 << 30)

/* A NUL byte (a debugger's padding, a torn write, UTF-16 text) would end the
 * text for the line readers and drop every later event silently: NULs are
 * removed, so the text on both sides of one joins up. */
static size_t drop_nul_bytes(char *text, size_t len)
{
    char *o = memchr(text, '\0', len), *end = text + len, *p;
    if (o == NULL)
        return len;
    for (p = o; p < end; p++)
        if (*p != '\0')
            *o++ = *p;
    *o = '\0';
    return (size_t)(o - text);
}

static char *read_input(const char *path, char *err, size_t errlen)
{
    size_t len;
    char *text = pt_read_file("cannot open", path, PT_CONFIRM_MAX_INPUT, 0, &len, err, errlen);
    if (text != NULL)
        pt_confirm_clean_text(text, drop_nul_bytes(text, len));
    return text;
}

struct args { const char *sarif, *runtime, *out, *module; int quiet; };

static int parse_args(int argc, char **argv, struct args *a)
{
    int i;
    memset(a, 0, sizeof(*a));
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            a->out = argv[++i];
        else if (strcmp(argv[i], "--module") == 0 && i + 1 < argc && argv[i + 1][0])
            a->module = argv[++i];
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

static int log_has_module(const cJSON *records, const char *mod)
{
    const cJSON *r;
    cJSON_ArrayForEach(r, records) {
        const cJSON *d = cJSON_GetObjectItem(r, "driver"), *m = cJSON_GetObjectItem(r, "module");
        if (mod && ((cJSON_IsString(d) && strcasecmp(d->valuestring, mod) == 0) ||
                    (cJSON_IsString(m) && strcasecmp(m->valuestring, mod) == 0)))
            return 1;
    }
    return 0;
}

/* pt_fatal's end (util.h): the exit code it was given, atexit handlers run. */
static void fatal_exit(int code)
{
    exit(code);
}

int main(int argc, char **argv)
{
    pt_set_fatal_hook(fatal_exit);
    struct args a;
    char err[512] = "";
    char *stext = NULL, *rtext = NULL;
    cJSON *sarif = NULL, *events = NULL, *records = NULL;
    struct pt_confirm_stats st;
    int rc = 2;
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    if (parse_args(argc, argv, &a) != 0) {
        fputs(usage, stderr);
        return 2;
    }
    if (!(stext = read_input(a.sarif, err, sizeof(err))) ||
        !(rtext = read_input(a.runtime, err, sizeof(err))))
        goto cleanup;
    if (!(sarif = cJSON_Parse(stext))) {
        snprintf(err, sizeof(err), "%s: not valid JSON", a.sarif);
        goto cleanup;
    }
    events = pt_confirm_load_events(rtext, err, sizeof(err));
    records = pt_windbg_parse_module(rtext, a.module);
    /* Unless --module says, the driver the analyzer names; only if the log
     * knows that module: a name taken from a folder or a file may not be the
     * .sys name, and then the symbols decide as before. */
    if (a.module == NULL && log_has_module(records, pt_confirm_sarif_module(sarif))) {
        a.module = pt_confirm_sarif_module(sarif);
        cJSON_Delete(records);
        records = pt_windbg_parse_module(rtext, a.module);
    }
    if (events == NULL && cJSON_GetArraySize(records) == 0) {
        snprintf(err, sizeof(err), "%s: neither pooltrack shim JSON lines nor Driver Verifier "
                 "output (!verifier 3 table, !verifier 0x80 stacks, !analyze -v bug check)", a.runtime);
        rc = 4;
        goto cleanup;
    }
    if (events == NULL)
        events = cJSON_CreateArray();
    if (pt_confirm_apply(sarif, events, &st, err, sizeof(err)) != 0)
        goto cleanup;
    if (cJSON_GetArraySize(records) > 0)
        pt_confirm_apply_verifier(sarif, records, a.module, &st);
    if (a.out && pt_write_json_file(a.out, sarif, err, sizeof(err)) != 0)
        goto cleanup;
    if (!a.quiet)
        pt_confirm_print_text(stdout, sarif, &st);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        snprintf(err, sizeof(err), "cannot write to standard output");
        goto cleanup;
    }
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
