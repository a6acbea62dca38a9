/* pooltrack-compdb: MSBuild driver projects (.vcxproj, or every project of a
 * .sln) to a compile_commands.json in cl.exe style, which pooltrack-analyze
 * translates. Nothing is built or run. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <cjson/cJSON.h>
#include "safe_io.h"
#include "util.h"
#include "vcxproj.h"

static const char usage[] =
    "usage: pooltrack-compdb [--configuration Debug] [--platform x64] [--msbuild-env]\n"
    "                        [-o compile_commands.json] project.vcxproj|solution.sln...\n"
    "\n"
    "  --configuration, --platform  global properties, as msbuild /p: passes them (the\n"
    "                 project cannot change them). Without them: Debug|x64 when the\n"
    "                 project has it, else its first x64 ProjectConfiguration, else its\n"
    "                 first. One the project does not have is an error (exit 2).\n"
    "  --msbuild-env  take undefined $(Name) properties from the environment, as MSBuild\n"
    "                 does. Off by default: the environment of a CI job holds its secrets\n"
    "                 and the database goes into reports; without it such a name expands\n"
    "                 to nothing and is noted on stderr once.\n"
    "  -o FILE        write FILE whole or not at all (a temporary file renamed over it);\n"
    "                 its missing folders are made (never through a dangling symlink)\n"
    "\n"
    "Limits (a project past one is left out, with one line on stderr): a .vcxproj or\n"
    ".props file 16 MiB, a .sln 64 MiB and 5000 projects, 32 levels and 1000 imports,\n"
    "64 KiB per expanded value, 64 MiB of expansion and of compile commands per project;\n"
    "no DOCTYPE. docs/compdb.md lists them all.\n"
    "Exit status: 0 all converted; 2 a project or solution could not be read or was past\n"
    "a limit (the others are still written), the output could not be written, or usage.\n";

#define SLN_MAX ((size_t)64 << 20)
/* Each project path is resolved component by component ignoring case (a
 * directory scan per component): its length and their number are bounded. */
#define SLN_PROJECTS_MAX 5000
#define SLN_PATH_MAX 1024

static int ends_ci(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcasecmp(s + a - b, suf) == 0;
}

/* One project: 1 converted, 0 failed (said), -1 the run must stop (said). */
static int convert(const char *path, struct pt_vcx_opts *o, cJSON *entries)
{
    char err[2048];
    int n = pt_vcxproj_read(path, o, entries, err, sizeof err);
    if (n >= 0) return 1;
    pt_msb_say("%s", err);
    return n == PT_VCX_STOP_RUN ? -1 : 0;
}

/* A solution's configurations (GlobalSection(SolutionConfigurationPlatforms))
 * and what each is for each project ("{GUID}.Debug|x86" -> "Debug|Win32",
 * GlobalSection(ProjectConfigurationPlatforms), ActiveCfg): a solution build
 * passes the project its mapped configuration, as MSBuild does. */
#define SLN_CONFIGS_MAX 1000
struct sln_configs {
    char *list[SLN_CONFIGS_MAX];
    size_t n;
    struct pt_props map;
};

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) *--e = 0;
    return s;
}

static void solution_configs(const char *text, struct sln_configs *c)
{
    char *copy = pt_strdup(text), *save = NULL;
    int section = 0;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        line = trim(line);
        if (strncmp(line, "GlobalSection(SolutionConfigurationPlatforms)", 45) == 0) section = 1;
        else if (strncmp(line, "GlobalSection(ProjectConfigurationPlatforms)", 44) == 0) section = 2;
        else if (strncmp(line, "EndGlobalSection", 16) == 0) section = 0;
        else if (section) {
            char *eq = strstr(line, " = ");
            if (!eq) continue;
            *eq = 0;
            char *left = trim(line), *right = trim(eq + 3);
            if (section == 1 && strchr(left, '|') && c->n < SLN_CONFIGS_MAX) {
                int dup = 0;
                for (size_t i = 0; i < c->n && !dup; i++) dup = strcasecmp(c->list[i], left) == 0;
                if (!dup) c->list[c->n++] = pt_strdup(left);
            } else if (section == 2 && ends_ci(left, ".ActiveCfg") && strchr(right, '|')) {
                left[strlen(left) - 10] = 0;
                pt_props_set(&c->map, left, right);
            }
        }
    }
    free(copy);
}

/* The configuration of list: both halves given, or the given half kept and
 * Debug, then x64, then the first preferred. NULL: none fits. */
static const char *pick(char *const *list, size_t n, const char *conf, const char *plat)
{
    const char *first = NULL, *x64 = NULL, *debug = NULL;
    for (size_t i = 0; i < n; i++) {
        const char *c = list[i], *bar = strchr(c, '|');
        size_t cl = (size_t)(bar - c);
        if (conf && !(cl == strlen(conf) && strncasecmp(c, conf, cl) == 0)) continue;
        if (plat && strcasecmp(bar + 1, plat) != 0) continue;
        int is_debug = cl == 5 && strncasecmp(c, "Debug", 5) == 0, is_x64 = strcasecmp(bar + 1, "x64") == 0;
        if ((conf || is_debug) && (plat || is_x64)) return c;
        if (!first) first = c;
        if (!x64 && is_x64) x64 = c;
        if (!debug && is_debug) debug = c;
    }
    return plat ? (debug ? debug : first) : x64 ? x64 : first;
}

/* Project("{guid}") = "Name", "rel\\path.vcxproj", "{guid}". Returns -1 when
 * the run must stop; failures are counted in *failed. */
static int read_solution(const char *sln, struct pt_vcx_opts *o, cJSON *entries, int *failed)
{
    char err[1024];
    char *text = pt_read_file("solution", sln, SLN_MAX, 0, NULL, err, sizeof err);
    if (!text) {
        pt_msb_say("%s", err);
        (*failed)++;
        return 0;
    }
    struct sln_configs cfg = {0};
    solution_configs(text, &cfg);
    const char *given_conf = o->configuration, *given_plat = o->platform;
    char *sol = NULL;   /* the solution configuration built: "Debug|x64" */
    if (cfg.n) {
        const char *c = pick(cfg.list, cfg.n, given_conf, given_plat);
        if (!c) {   /* MSBuild: MSB4126, the specified solution configuration is invalid */
            char list[1024] = "";
            for (size_t i = 0; i < cfg.n && strlen(list) < 800; i++)
                snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", cfg.list[i]);
            pt_msb_say("solution %s: configuration '%s|%s' is not one of the solution's: %s%s", sln,
                       given_conf ? given_conf : "Debug", given_plat ? given_plat : "x64", list,
                       strlen(list) >= 800 ? ", ..." : "");
            (*failed)++;
            for (size_t i = 0; i < cfg.n; i++) free(cfg.list[i]);
            pt_props_free(&cfg.map);
            free(text);
            return 0;
        }
        sol = pt_strdup(c);
        char *want = pt_asprintf("%s|%s", given_conf ? given_conf : "Debug", given_plat ? given_plat : "x64");
        if (strcasecmp(want, sol) != 0)
            pt_msb_say("note: %s: solution configuration '%s' used (the solution has no '%s')", sln, sol, want);
        free(want);
    }
    char *abs = realpath(sln, NULL);
    char *dir = pt_strdup(abs ? abs : sln);
    char *slash = strrchr(dir, '/');
    if (slash) slash[1] = 0; else strcpy(dir, "./");
    o->solution_dir = dir;
    int stop = 0, projects = 0;
    struct pt_props named = {0};   /* project paths as the .sln writes them */
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line && !stop; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "Project(", 8) != 0) continue;
        char *q1 = strchr(line + 8, ',');
        char *a = q1 ? strchr(q1, '"') : NULL, *b = a ? strchr(a + 1, '"') : NULL;
        if (!b) continue;
        *b = 0;
        char *rel = a + 1;
        if (!ends_ci(rel, ".vcxproj")) continue;
        const char *seen = pt_props_get(&named, rel);   /* the same line a million times: one note */
        if (seen) {
            if (!*seen) pt_msb_say("note: %s names %s more than once; converted once", sln, rel);
            pt_props_set(&named, rel, "noted");
            continue;
        }
        pt_props_set(&named, rel, "");
        if (++projects > SLN_PROJECTS_MAX) {
            pt_msb_say("%s: more than %d projects; the rest is not read", sln, SLN_PROJECTS_MAX);
            (*failed)++;
            break;
        }
        if (strlen(rel) > SLN_PATH_MAX) {
            pt_msb_say("%s: a project path longer than %d characters: %.80s...", sln, SLN_PATH_MAX, rel);
            (*failed)++;
            continue;
        }
        for (char *p = rel; *p; p++) if (*p == '\\') *p = '/';
        char *path = pt_asprintf("%s%s", dir, rel);
        /* the project's configuration for the solution's: "{GUID}.Debug|x86" -> "Debug|Win32" */
        char *g = strstr(b + 1, "\"{"), *ge = g ? strchr(g + 1, '}') : NULL;
        char *key = sol && ge ? pt_asprintf("%.*s.%s", (int)(ge - g), g + 1, sol) : NULL;
        const char *mapped = key ? pt_props_get(&cfg.map, key) : NULL;
        char *mc = mapped ? pt_strdup(mapped) : NULL;
        if (mc) {
            char *bar = strchr(mc, '|');
            *bar = 0;
            o->configuration = mc;
            o->platform = bar + 1;
        }
        free(key);
        int r = convert(path, o, entries);
        o->configuration = given_conf;
        o->platform = given_plat;
        free(mc);
        if (r <= 0) (*failed)++;
        stop = r < 0;
        free(path);
    }
    pt_props_free(&named);
    for (size_t i = 0; i < cfg.n; i++) free(cfg.list[i]);
    pt_props_free(&cfg.map);
    free(sol);
    free(text);
    free(abs);
    free(dir);
    o->solution_dir = NULL;
    return stop ? -1 : 0;
}

/* Why folder p of out cannot hold it: a symlink that leads nowhere (a
 * checkout can plant one pointing anywhere: nothing is made through it), a
 * file, or err. One line on stderr. */
static void folder_refused(const char *out, const char *p, int err)
{
    struct stat st;
    if (lstat(p, &st) == 0 && stat(p, &st) != 0)
        pt_msb_say("cannot write %s: %s is a symlink that leads nowhere (nothing is made through it)", out, p);
    else if (lstat(p, &st) == 0 && !S_ISDIR(st.st_mode))
        pt_msb_say("cannot write %s: %s is not a folder", out, p);
    else
        pt_msb_say("cannot write %s: cannot make the folder %s: %s", out, p, strerror(err));
}

/* The missing folders of out (-o build/compile_commands.json in a fresh
 * checkout), made by pt_make_folders: mkdir never follows a symlink it meets,
 * and a folder below a dangling one or a file fails. Existing folders on the
 * way are used as they are, a symlink to a folder included, as writing FILE
 * into them would. 0, or -1 after one line on stderr. */
static int make_out_folders(const char *out)
{
    char *dir = pt_strdup(out), failed[4096];
    char *slash = strrchr(dir, '/');
    int rc = 0;
    struct stat st;
    if (slash && slash != dir) {
        *slash = 0;
        if (pt_make_folders(dir, 0777, 0777, failed, sizeof failed) != 0) {
            int err = errno;
            char *up = strrchr(failed, '/');   /* the component above the one not made */
            if (up && up != failed && (err == ENOENT || err == ENOTDIR || err == ELOOP)) *up = 0;
            folder_refused(out, failed, err);
            rc = -1;
        } else if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {   /* the last one was there */
            folder_refused(out, dir, errno);
            rc = -1;
        }
    }
    free(dir);
    return rc;
}

/* The database to out (atomically: an old file stays whole on a failed
 * write) or to standard output. 0, or -1 after one line on stderr. */
static int write_database(const char *text, const char *out)
{
    char err[1024];
    if (!out) {
        if (fputs(text, stdout) < 0 || fputc('\n', stdout) == EOF || fflush(stdout) != 0) {
            fputs("pooltrack-compdb: cannot write the database to standard output\n", stderr);
            return -1;
        }
        return 0;
    }
    if (make_out_folders(out) != 0) return -1;
    struct pt_atomic a;
    if (pt_atomic_open(&a, out, 0666, err, sizeof err) != 0) {
        pt_msb_say("%s", err);
        return -1;
    }
    fputs(text, a.f);
    fputc('\n', a.f);
    if (pt_atomic_commit(&a, err, sizeof err) != 0) {
        pt_msb_say("%s", err);
        return -1;
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
    struct pt_vcx_run run;
    struct pt_vcx_opts o = {NULL, NULL, NULL, &run};
    const char *out = NULL;
    int msbuild_env = 0;
    static const struct option longs[] = {{"configuration", required_argument, 0, 'c'},
                                          {"platform", required_argument, 0, 'P'},
                                          {"msbuild-env", no_argument, 0, 'E'},
                                          {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
        switch (c) {
        case 'c': o.configuration = optarg; break;
        case 'P': o.platform = optarg; break;
        case 'E': msbuild_env = 1; break;
        case 'o': out = optarg; break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind >= argc) {
        fputs(usage, stderr);
        return 2;
    }
    pt_vcx_run_init(&run, msbuild_env);
    cJSON *entries = cJSON_CreateArray();
    int failed = 0, stop = 0;
    for (int i = optind; i < argc && !stop; i++) {
        if (ends_ci(argv[i], ".sln")) {
            stop = read_solution(argv[i], &o, entries, &failed) < 0;
        } else {
            int r = convert(argv[i], &o, entries);
            if (r <= 0) failed++;
            stop = r < 0;
        }
    }
    pt_vcx_run_free(&run);
    char *text = cJSON_Print(entries);
    int rc = failed ? 2 : 0;
    if (!text || write_database(text, out) != 0) rc = 2;
    free(text);
    fprintf(stderr, "pooltrack-compdb: %d compile command(s)%s\n", cJSON_GetArraySize(entries),
            failed ? ", some projects could not be read" : "");
    cJSON_Delete(entries);
    return rc;
}
