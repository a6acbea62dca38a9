/* confirm_check DRIVER_DIR ALL.sarif CLEAN.sarif
 * Reads the "runtime: RULE STATUS [sweep]" comments of the driver's sources
 * and demands that ALL.sarif (pooltrack-confirm over every sweep run) holds
 * exactly those (file, line, rule, status) results. "sweep" means only a run
 * with an injected failure shows it: in CLEAN.sarif (the clean run alone) the
 * result must be not reproduced or absent; without "sweep" the clean run
 * must already reach the same status. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "confirm.h"
#include "util.h"

struct want {
    char file[256], rule[32], status[32];
    unsigned line;
    int sweep, seen;
};
static struct want wants[256];
static size_t nwants;

/* One "RULE STATUS [sweep]" item list; returns -1 if malformed. */
static int parse_items(const char *p, const char *file, unsigned line)
{
    char buf[256];
    size_t n = strcspn(p, "*\n");   /* up to the comment's end */
    char *item, *save = NULL;
    snprintf(buf, sizeof buf, "%.*s", (int)n, p);
    for (item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        struct want *w = &wants[nwants];
        char extra[32] = "";
        if (nwants + 1 >= sizeof wants / sizeof wants[0] ||
            sscanf(item, "%31s %31s %31s", w->rule, w->status, extra) < 2 ||
            (extra[0] && strcmp(extra, "sweep") != 0) ||
            (strcmp(w->status, "confirmed") && strcmp(w->status, "not_reproduced") &&
             strcmp(w->status, "runtime_only"))) {
            fprintf(stderr, "%s:%u: malformed runtime comment\n", file, line);
            return -1;
        }
        snprintf(w->file, sizeof w->file, "%s", file);
        w->line = line;
        w->sweep = extra[0] != 0;
        nwants++;
    }
    return 0;
}

static int parse_source(const char *dir, const char *name)
{
    char *path = pt_asprintf("%s/%s", dir, name), line[1024];
    FILE *f = fopen(path, "r");
    unsigned lineno = 0;
    int rc = 0;
    if (f == NULL) {
        perror(path);
        free(path);
        return -1;
    }
    while (rc == 0 && fgets(line, sizeof line, f)) {
        const char *p = line;
        lineno++;
        while ((p = strstr(p, "runtime:")) != NULL) {
            if (p >= line + 3 && (strncmp(p - 3, "/* ", 3) == 0 || strncmp(p - 3, "// ", 3) == 0))
                rc = parse_items(p + 8, name, lineno);
            p += 8;
        }
    }
    fclose(f);
    free(path);
    return rc;
}

static int parse_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int rc = 0;
    if (d == NULL) {
        perror(dir);
        return -1;
    }
    while (rc == 0 && (e = readdir(d)) != NULL) {
        const char *dot = strrchr(e->d_name, '.');
        if (dot && (strcmp(dot, ".c") == 0 || strcmp(dot, ".h") == 0))
            rc = parse_source(dir, e->d_name);
    }
    closedir(d);
    return rc;
}

static cJSON *load(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    cJSON *j;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        perror(path);
        if (f) fclose(f);
        return NULL;
    }
    buf = pt_xmalloc((size_t)n + 1);
    buf[fread(buf, 1, (size_t)n, f)] = '\0';
    fclose(f);
    j = cJSON_Parse(buf);
    free(buf);
    if (j == NULL)
        fprintf(stderr, "%s: not JSON\n", path);
    return j;
}

struct res { const char *uri, *rule, *status; int line; };

static int result_fields(const cJSON *r, struct res *out)
{
    const cJSON *phys = cJSON_GetObjectItem(
        cJSON_GetArrayItem(cJSON_GetObjectItem(r, "locations"), 0), "physicalLocation");
    const cJSON *uri = cJSON_GetObjectItem(cJSON_GetObjectItem(phys, "artifactLocation"), "uri");
    const cJSON *line = cJSON_GetObjectItem(cJSON_GetObjectItem(phys, "region"), "startLine");
    const cJSON *rule = cJSON_GetObjectItem(r, "ruleId");
    const cJSON *st = cJSON_GetObjectItem(cJSON_GetObjectItem(r, "properties"), "pooltrackRuntime");
    if (!cJSON_IsString(uri) || !cJSON_IsNumber(line) || !cJSON_IsString(rule) || !cJSON_IsString(st))
        return -1;
    out->uri = uri->valuestring;
    out->line = line->valueint;
    out->rule = rule->valuestring;
    out->status = st->valuestring;
    return 0;
}

static int same_place(const struct want *w, const struct res *r)
{
    return (int)w->line == r->line && strcmp(w->rule, r->rule) == 0 &&
           pt_confirm_same_file(r->uri, w->file);
}

/* Status of w's (file, line, rule) in sarif, or "absent". */
static const char *status_in(const cJSON *sarif, const struct want *w)
{
    const cJSON *run, *r;
    struct res x;
    cJSON_ArrayForEach(run, cJSON_GetObjectItem(sarif, "runs"))
        cJSON_ArrayForEach(r, cJSON_GetObjectItem(run, "results"))
            if (result_fields(r, &x) == 0 && same_place(w, &x))
                return x.status;
    return "absent";
}

static int check_all(const cJSON *sarif)
{
    const cJSON *run, *r;
    int bad = 0;
    cJSON_ArrayForEach(run, cJSON_GetObjectItem(sarif, "runs"))
        cJSON_ArrayForEach(r, cJSON_GetObjectItem(run, "results")) {
            struct res x;
            size_t i;
            int found = 0;
            if (result_fields(r, &x) != 0) {
                fputs("a result lacks location, rule or pooltrackRuntime\n", stderr);
                bad++;
                continue;
            }
            for (i = 0; i < nwants && !found; i++)
                if (!wants[i].seen && same_place(&wants[i], &x) &&
                    strcmp(wants[i].status, x.status) == 0)
                    found = wants[i].seen = 1;
            if (!found) {
                printf("%s:%d: unexpected %s %s\n", x.uri, x.line, x.rule, x.status);
                bad++;
            }
        }
    return bad;
}

int main(int argc, char **argv)
{
    cJSON *all, *clean;
    size_t i;
    int bad;
    if (argc != 4) {
        fputs("usage: confirm_check DRIVER_DIR ALL.sarif CLEAN.sarif\n", stderr);
        return 2;
    }
    if (parse_dir(argv[1]) != 0 || !(all = load(argv[2])) || !(clean = load(argv[3])))
        return 2;
    bad = check_all(all);
    for (i = 0; i < nwants; i++) {
        const struct want *w = &wants[i];
        const char *cs = status_in(clean, w);
        if (!w->seen) {
            printf("%s:%u: missing %s %s (got %s)\n", w->file, w->line, w->rule, w->status,
                   status_in(all, w));
            bad++;
        } else if (w->sweep && strcmp(cs, "not_reproduced") && strcmp(cs, "absent")) {
            printf("%s:%u: %s is %s already in the clean run, expected only in the sweep\n",
                   w->file, w->line, w->rule, cs);
            bad++;
        } else if (!w->sweep && strcmp(cs, w->status) != 0) {
            printf("%s:%u: %s is %s in the clean run, expected %s there too\n",
                   w->file, w->line, w->rule, cs, w->status);
            bad++;
        }
    }
    printf("confirm_check: %zu expected, %zu wrong\n", nwants, (size_t)bad);
    cJSON_Delete(all);
    cJSON_Delete(clean);
    return bad ? 1 : 0;
}
