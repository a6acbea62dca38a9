/* pooltrack-compdb: MSBuild driver projects (.vcxproj, or every project of a
 * .sln) to a compile_commands.json in cl.exe style, which pooltrack-analyze
 * translates. Nothing is built or run. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cjson/cJSON.h>
#include "util.h"
#include "vcxproj.h"

static const char usage[] =
    "usage: pooltrack-compdb [--configuration Debug] [--platform x64] [-o compile_commands.json]\n"
    "                        project.vcxproj|solution.sln...\n";

static int ends_ci(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcasecmp(s + a - b, suf) == 0;
}

/* Project("{guid}") = "Name", "rel\\path.vcxproj", "{guid}" */
static int read_solution(const char *sln, struct pt_vcx_opts *o, cJSON *entries, int *failed)
{
    FILE *f = fopen(sln, "r");
    if (!f) {
        fprintf(stderr, "pooltrack-compdb: %s: cannot read the solution\n", sln);
        return -1;
    }
    char *abs = realpath(sln, NULL);
    char *dir = pt_strdup(abs ? abs : sln);
    char *slash = strrchr(dir, '/');
    if (slash) slash[1] = 0; else strcpy(dir, "./");
    o->solution_dir = dir;
    char line[4096];
    int projects = 0;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "Project(", 8) != 0) continue;
        char *q1 = strchr(line + 8, ',');
        char *a = q1 ? strchr(q1, '"') : NULL, *b = a ? strchr(a + 1, '"') : NULL;
        if (!b) continue;
        *b = 0;
        char *rel = a + 1;
        if (!ends_ci(rel, ".vcxproj")) continue;
        for (char *p = rel; *p; p++) if (*p == '\\') *p = '/';
        char *path = pt_asprintf("%s%s", dir, rel);
        char err[1024];
        if (pt_vcxproj_read(path, o, entries, err, sizeof err) < 0) {
            fprintf(stderr, "pooltrack-compdb: %s\n", err);
            (*failed)++;
        } else {
            projects++;
        }
        free(path);
    }
    fclose(f);
    free(abs);
    free(dir);
    o->solution_dir = NULL;
    return projects;
}

int main(int argc, char **argv)
{
    struct pt_vcx_opts o = {"Debug", "x64", NULL};
    const char *out = NULL;
    static const struct option longs[] = {{"configuration", required_argument, 0, 'c'},
                                          {"platform", required_argument, 0, 'P'},
                                          {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': o.configuration = optarg; break;
        case 'P': o.platform = optarg; break;
        case 'o': out = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    cJSON *entries = cJSON_CreateArray();
    int failed = 0;
    for (int i = optind; i < argc; i++) {
        char err[1024];
        if (ends_ci(argv[i], ".sln")) {
            if (read_solution(argv[i], &o, entries, &failed) < 0) failed++;
        } else if (pt_vcxproj_read(argv[i], &o, entries, err, sizeof err) < 0) {
            fprintf(stderr, "pooltrack-compdb: %s\n", err);
            failed++;
        }
    }
    char *text = cJSON_Print(entries);
    int rc = failed ? 2 : 0;
    FILE *f = out ? fopen(out, "w") : stdout;
    if (!f || fputs(text, f) < 0 || fputc('\n', f) == EOF || (out && fclose(f) != 0)) {
        fprintf(stderr, "pooltrack-compdb: cannot write %s\n", out ? out : "standard output");
        rc = 2;
    }
    if (!out) fflush(stdout);
    free(text);
    fprintf(stderr, "pooltrack-compdb: %d compile command(s)%s\n", cJSON_GetArraySize(entries),
            failed ? ", some projects could not be read" : "");
    cJSON_Delete(entries);
    return rc;
}
