/* pooltrack-analyze: command line. Exit codes: 0 no findings, 1 findings at or
 * above --fail-on, 2 usage or input error, 3 internal error, 4 no WDK supplement. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cache.h"
#include "cli_inputs.h"
#include "checks.h"
#include "compdb.h"
#include "compdb_driver.h"
#include "unit_drivers.h"
#include "fixes.h"
#include "inventory.h"
#include "output.h"
#include "path_map.h"
#include "rule_info.h"
#include "safe_io.h"
#include "run.h"
#include "select.h"
#include "summary_dump.h"
#include "suppress.h"
#include "util.h"
#include "wdk_flags.h"
#include "wdk_real.h"

static const char usage[] =
    "usage: pooltrack-analyze [-p compile_commands.json|DIR] [options] [files...] [-- clang-args]\n"
    "  -p PATH            compile database (file or folder); without it, files are analysed\n"
    "                     with default flags plus the clang-args after --\n"
    "  --one-driver       files given without -p are one driver (default: each its own;\n"
    "                     drivers in .pooltrack.json groups them too)\n"
    "  --format FMT       text (default), sarif, json, msvc (Visual Studio's\n"
    "                     file(line,col): warning PT005: text) or html (-o DIR: a page\n"
    "                     per driver, each path drawn over the source; index.html)\n"
    "  --sarif-category ID  SARIF automationDetails.id: one category per driver for\n"
    "                     GitHub code scanning\n"
    "  --fix              apply the mechanical fixes (PT001-PT004, PT009) to the sources\n"
    "  --diff             with --fix: print the fixes as a unified diff, change nothing\n"
    "  --export-fixes FILE  write the fixes as clang-tidy YAML (clang-apply-replacements)\n"
    "  -o FILE            write the report to FILE (atomically); html: to the folder FILE\n"
    "  --srcroot DIR      paths in reports are relative to DIR (default: current folder)\n"
    "  --fail-on LEVEL    exit 1 only for findings at or above note|warning|error (default note)\n"
    "  --min-coverage PCT exit 1 when less than PCT% of the functions were path-analysed\n"
    "                     (the others have parse errors); the summary gives the share\n"
    "  --stats            print what the run saw (and the configuration used) to stderr\n"
    "  --stats-json FILE  write the same as JSON\n"
    "  --list-rules       list the rules\n"
    "  --explain ID       explain a rule (PT004 or tag-mismatch)\n"
    "  --checks LIST      rules to report: PT004,PT005 (only these), -PT002,-PT003 (all but\n"
    "                     these); wildcards (PT00*); later entries win (PT00*,-PT007)\n"
    "  --show-suppressed  text: also print findings suppressed with pooltrack-ignore\n"
    "  --color WHEN       text: auto (default: a terminal, not NO_COLOR, not TERM=dumb),\n"
    "                     always or never\n"
    "  --quiet            no progress (on a terminal one line; in a log, after 10 s, a line\n"
    "                     per 10% of the files); text: findings only (no notes, no summary)\n"
    "  -j N               parse N files at a time in worker processes (default: the CPUs)\n"
    "  --cache-dir DIR    keep per-file results in DIR (default with -p: .pooltrack-cache next\n"
    "                     to the compile database); unchanged files are not parsed again\n"
    "  --no-cache         no cache\n"
    "  --no-pch           no shared precompiled headers (files that begin with the same\n"
    "                     #include lines and flags otherwise parse those headers once)\n"
    "  --pch-dir DIR      keep the shared precompiled headers in DIR (default: in the cache);\n"
    "                     a file that shares its headers with no other gets one too\n"
    "  --tu-timeout SEC   give up a file after SEC seconds of parsing (default 300; 0 = never)\n"
    "  --tu-memory MB     memory budget of each worker (default 4096; 0 = none)\n"
    "  --summaries-only DIR  only the per-file step: write one unit per file into DIR\n"
    "  --shard K/N        with --summaries-only: the K-th of N equal parts of the files\n"
    "  --link             the arguments are folders of units: link them and report\n"
    "  --summaries FILE   write what was learned about every function as JSON\n"
    "  --config FILE      read FILE instead of the project's .pooltrack.json (from the compile\n"
    "                     database's folder up to its git root, or the current folder)\n"
    "  --baseline FILE    report only findings not in FILE (a SARIF log pooltrack wrote)\n"
    "  --write-baseline FILE  write the findings of this run to FILE as a SARIF baseline\n"
    "  --inventory        list every allocation site (tag, allocator, pool, place) and the\n"
    "                     sites per tag, instead of the findings (text or json)\n"
    "  --pooltag-file FILE  with --inventory: flag tags Pooltag.txt gives to another component\n"
    "  --wdk DIR          parse with the real WDK in DIR (a Windows Kits/10 folder, or one\n"
    "                     Include/<version> folder) instead of MinGW-w64 and the supplement;\n"
    "                     without it $WDKContentRoot, then the compile database's own WDK\n"
    "                     include folders are tried\n"
    "  --wdk-version V    the WDK version to use (default: the newest in the kit)\n"
    "  --no-wdk           always parse with MinGW-w64 and the supplement\n"
    "  --path-map FROM=TO read compile-database paths under FROM as under TO\n"
    "                     (C:\\src\\drv=/home/ci/drv); repeatable\n"
    "  --dump-ir          print each function's IR to stderr (debugging)\n"
    "  --version, --help\n";

static int fail(const char *fmt, const char *arg)
{
    fputs("pooltrack-analyze: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

static void list_rules(void)
{
    size_t n;
    const struct pt_rule_info *r = pt_rule_infos(&n);
    for (size_t i = 0; i < n; i++)
        printf("%s  %-14s %-7s  %s\n", r[i].id, r[i].name, pt_level_name(r[i].level), r[i].summary);
}

struct opts {
    const char *db, *out, *srcroot, *stats_json;
    enum pt_format format;
    enum pt_level fail_on;
    int stats, dump_ir, show_suppressed, quiet, no_cache, no_pch, link, one_driver;
    const char *cache_dir, *units_out, *summaries, *pch_dir;
    const char *config, *baseline, *write_baseline, *pooltag;
    int inventory;
    const char *category, *export_fixes;
    int fix, diff;
    int color;   /* --color: 0 auto, 1 always, -1 never */
    const char *wdk, *wdk_version;
    int no_wdk;
    int min_coverage;   /* --min-coverage PCT; -1: none */
    unsigned jobs, shard_k, shard_n;
    double tu_timeout;
    long tu_memory;
    unsigned char enabled[PT_RULE_COUNT];   /* by catalogue index */
    char **files, **extra;
    size_t nfiles, nextra;
};

static int parse_level(const char *s, enum pt_level *out)
{
    if (strcmp(s, "note") == 0) *out = PT_NOTE;
    else if (strcmp(s, "warning") == 0) *out = PT_WARNING;
    else if (strcmp(s, "error") == 0) *out = PT_ERROR;
    else return -1;
    return 0;
}

static void drop_disabled(struct pt_results *r, const unsigned char *enabled)
{
    size_t n, out = 0;
    const struct pt_rule_info *rules = pt_rule_infos(&n);
    for (size_t i = 0; i < r->nfindings; i++) {
        const struct pt_rule_info *ri = pt_rule_info_find(r->findings[i].rule_id);
        if (ri && !enabled[ri - rules]) { pt_finding_free(&r->findings[i]); continue; }
        r->findings[out++] = r->findings[i];
    }
    r->nfindings = out;
}

enum { O_FORMAT = 256, O_SRCROOT, O_FAILON, O_STATS, O_STATSJSON, O_LIST, O_EXPLAIN, O_DUMP,
       O_VERSION, O_HELP, O_SHOWSUP, O_CHECKS, O_QUIET, O_CACHE, O_NOCACHE, O_TIMEOUT, O_MEMORY,
       O_UNITS, O_SHARD, O_LINK, O_SUMMARIES, O_CONFIG, O_BASELINE, O_WRITEBASE, O_INVENTORY,
       O_POOLTAG, O_NOPCH, O_PCHDIR, O_MINCOV, O_WDK, O_WDKVER, O_NOWDK, O_PATHMAP, O_ONEDRIVER,
       O_CATEGORY,
       O_FIX, O_DIFF, O_EXPORTFIX, O_COLOR };

/* A whole number in [lo, hi]; -1 otherwise. */
static long parse_count(const char *s, long lo, long hi)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    return errno || end == s || *end || v < lo || v > hi ? -1 : v;
}

/* Returns -1 to continue, else an exit code. */
static int parse_args(int argc, char **argv, struct opts *o)
{
    static const struct option longs[] = {
        {"format", required_argument, 0, O_FORMAT}, {"srcroot", required_argument, 0, O_SRCROOT},
        {"sarif-category", required_argument, 0, O_CATEGORY}, {"fix", no_argument, 0, O_FIX},
        {"diff", no_argument, 0, O_DIFF}, {"export-fixes", required_argument, 0, O_EXPORTFIX},
        {"color", required_argument, 0, O_COLOR},
        {"fail-on", required_argument, 0, O_FAILON}, {"stats", no_argument, 0, O_STATS},
        {"stats-json", required_argument, 0, O_STATSJSON}, {"list-rules", no_argument, 0, O_LIST},
        {"explain", required_argument, 0, O_EXPLAIN}, {"dump-ir", no_argument, 0, O_DUMP},
        {"version", no_argument, 0, O_VERSION}, {"help", no_argument, 0, O_HELP},
        {"show-suppressed", no_argument, 0, O_SHOWSUP}, {"checks", required_argument, 0, O_CHECKS},
        {"quiet", no_argument, 0, O_QUIET}, {"cache-dir", required_argument, 0, O_CACHE},
        {"no-cache", no_argument, 0, O_NOCACHE}, {"tu-timeout", required_argument, 0, O_TIMEOUT},
        {"tu-memory", required_argument, 0, O_MEMORY}, {"summaries-only", required_argument, 0, O_UNITS},
        {"shard", required_argument, 0, O_SHARD}, {"link", no_argument, 0, O_LINK},
        {"summaries", required_argument, 0, O_SUMMARIES},
        {"config", required_argument, 0, O_CONFIG}, {"baseline", required_argument, 0, O_BASELINE},
        {"write-baseline", required_argument, 0, O_WRITEBASE}, {"inventory", no_argument, 0, O_INVENTORY},
        {"pooltag-file", required_argument, 0, O_POOLTAG}, {"no-pch", no_argument, 0, O_NOPCH},
        {"pch-dir", required_argument, 0, O_PCHDIR}, {"min-coverage", required_argument, 0, O_MINCOV},
        {"wdk", required_argument, 0, O_WDK}, {"wdk-version", required_argument, 0, O_WDKVER},
        {"no-wdk", no_argument, 0, O_NOWDK}, {"path-map", required_argument, 0, O_PATHMAP},
        {"one-driver", no_argument, 0, O_ONEDRIVER},
        {0, 0, 0, 0}};
    int c;
    opterr = 0;
    for (int i = 1; i < argc; i++)   /* clang arguments after "--" are not ours */
        if (strcmp(argv[i], "--") == 0) {
            o->extra = argv + i + 1;
            o->nextra = (size_t)(argc - i - 1);
            argc = i;
            break;
        }
    while ((c = getopt_long(argc, argv, "p:o:hj:", longs, NULL)) != -1) {
        const struct pt_rule_info *ri;
        char bad[64];
        long v;
        switch (c) {
        case 'j':
            if ((v = parse_count(optarg, 1, 256)) < 0)
                return fail("-j wants a number of workers from 1 to 256, not '%s'", optarg);
            o->jobs = (unsigned)v;
            break;
        case O_CACHE: o->cache_dir = optarg; break;
        case O_NOCACHE: o->no_cache = 1; break;
        case O_ONEDRIVER: o->one_driver = 1; break;
        case O_NOPCH: o->no_pch = 1; break;
        case O_PCHDIR: o->pch_dir = optarg; break;
        case O_TIMEOUT:
            if ((v = parse_count(optarg, 0, 86400)) < 0)
                return fail("--tu-timeout wants seconds (0 = never), not '%s'", optarg);
            o->tu_timeout = (double)v;
            break;
        case O_MEMORY:
            if ((v = parse_count(optarg, 0, 1L << 22)) < 0)
                return fail("--tu-memory wants megabytes (0 = no limit), not '%s'", optarg);
            o->tu_memory = v;
            break;
        case O_MINCOV:
            if ((v = parse_count(optarg, 0, 100)) < 0)
                return fail("--min-coverage wants a percentage 0-100, not '%s'", optarg);
            o->min_coverage = (int)v;
            break;
        case O_WDK: o->wdk = optarg; break;
        case O_WDKVER: o->wdk_version = optarg; break;
        case O_NOWDK: o->no_wdk = 1; break;
        case O_PATHMAP: {
            char err[512];
            if (pt_path_map_add(optarg, err, sizeof err) != 0) return fail("%s", err);
            break;
        }
        case O_UNITS: o->units_out = optarg; break;
        case O_LINK: o->link = 1; break;
        case O_SUMMARIES: o->summaries = optarg; break;
        case O_CONFIG: o->config = optarg; break;
        case O_BASELINE: o->baseline = optarg; break;
        case O_WRITEBASE: o->write_baseline = optarg; break;
        case O_INVENTORY: o->inventory = 1; break;
        case O_POOLTAG: o->pooltag = optarg; break;
        case O_SHARD: {
            unsigned k, n;
            char tail;
            if (sscanf(optarg, "%u/%u%c", &k, &n, &tail) != 2 || n == 0 || k == 0 || k > n)
                return fail("--shard wants K/N with 1 <= K <= N, not '%s'", optarg);
            o->shard_k = k;
            o->shard_n = n;
            break;
        }
        case 'p': o->db = optarg; break;
        case 'o': o->out = optarg; break;
        case O_SRCROOT: o->srcroot = optarg; break;
        case O_CATEGORY: o->category = optarg; break;
        case O_FIX: o->fix = 1; break;
        case O_DIFF: o->diff = 1; break;
        case O_EXPORTFIX: o->export_fixes = optarg; break;
        case O_COLOR:
            if (strcmp(optarg, "auto") == 0) o->color = 0;
            else if (strcmp(optarg, "always") == 0) o->color = 1;
            else if (strcmp(optarg, "never") == 0) o->color = -1;
            else return fail("--color wants auto, always or never, not '%s'", optarg);
            break;
        case O_STATS: o->stats = 1; break;
        case O_STATSJSON: o->stats_json = optarg; break;
        case O_DUMP: o->dump_ir = 1; break;
        case O_SHOWSUP: o->show_suppressed = 1; break;
        case O_QUIET: o->quiet = 1; break;
        case O_CHECKS:
            if (pt_checks_parse(optarg, o->enabled, bad, sizeof bad) != 0)
                return fail("--checks: '%s' names no rule (see --list-rules)", bad);
            break;
        case O_FORMAT:
            if (strcmp(optarg, "text") == 0) o->format = PT_FMT_TEXT;
            else if (strcmp(optarg, "sarif") == 0) o->format = PT_FMT_SARIF;
            else if (strcmp(optarg, "json") == 0) o->format = PT_FMT_JSON;
            else if (strcmp(optarg, "msvc") == 0) o->format = PT_FMT_MSVC;
            else if (strcmp(optarg, "html") == 0) o->format = PT_FMT_HTML;
            else return fail("unknown --format '%s' (text, sarif, json, msvc or html)", optarg);
            break;
        case O_FAILON:
            if (parse_level(optarg, &o->fail_on)) return fail("unknown --fail-on level '%s'", optarg);
            break;
        case O_LIST: list_rules(); return 0;
        case O_EXPLAIN:
            if (!(ri = pt_rule_lookup(optarg))) return fail("unknown rule '%s' (see --list-rules)", optarg);
            printf("%s %s: %s\n\n%s\n", ri->id, ri->name, ri->summary, ri->explain);
            return 0;
        case O_VERSION: printf("pooltrack-analyze %s\n", PT_VERSION); return 0;
        case 'h': case O_HELP: fputs(usage, stdout); return 0;
        default:
            return fail("unknown or incomplete option '%s' (see --help)", argv[optind - 1]);
        }
    }
    o->files = argv + optind;
    o->nfiles = (size_t)(argc - optind);
    if (o->shard_n && !o->units_out) return fail("%s", "--shard needs --summaries-only DIR");
    if (o->link && (o->units_out || o->db))
        return fail("%s", "--link takes folders of units, not -p or --summaries-only");
    if (o->link && o->nfiles == 0) return fail("%s", "--link needs at least one folder of units");
    if (o->no_wdk && (o->wdk || o->wdk_version)) return fail("%s", "--no-wdk excludes --wdk and --wdk-version");
    if (o->pooltag && !o->inventory) return fail("%s", "--pooltag-file is used by --inventory");
    if (o->inventory && (o->format == PT_FMT_SARIF || o->format == PT_FMT_MSVC || o->format == PT_FMT_HTML))
        return fail("%s", "--inventory writes text or json, not sarif, msvc or html");
    if (o->format == PT_FMT_HTML && !o->out) return fail("%s", "--format html needs -o DIR (the folder of pages)");
    if (o->diff && !o->fix) return fail("%s", "--diff goes with --fix (it prints the fixes instead of applying them)");
    if ((o->fix || o->export_fixes) && (o->inventory || o->units_out))
        return fail("%s", "--fix and --export-fixes need findings (not --inventory or --summaries-only)");
    if (!o->db && o->nfiles == 0) {
        fputs(usage, stderr);
        return 2;
    }
    return -1;
}

static char *default_cache(const struct opts *o);

/* -o DIR of --format html: an existing folder, or one that can be made
 * (made now, not after an hour of analysis). */
static int html_dir_check(const char *dir)
{
    struct stat st;
    char failed[1024];
    if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
        return fail("cannot write %s: not a folder (--format html writes a folder of pages)", dir), -1;
    if (pt_make_folders(dir, 0777, 0777, failed, sizeof failed) != 0 || access(dir, W_OK) != 0) {
        char *m = pt_asprintf("cannot write the folder %s: %s", dir, strerror(errno));
        fail("%s", m);
        free(m);
        return -1;
    }
    return 0;
}

/* --wdk, else $WDKContentRoot (the compile database is asked in load_tus).
 * A bad --wdk is a usage error; a bad $WDKContentRoot only a warning, since
 * it may be left over from another machine's environment. */
static int choose_wdk(const struct opts *o)
{
    if (o->no_wdk) return 0;
    char err[1024];
    struct pt_wdk_found f;
    if (o->wdk) {
        if (pt_wdk_locate(o->wdk, o->wdk_version, &f, err, sizeof err) != 0) {
            fail("--wdk: %s", err);
            return -1;
        }
        pt_wdk_use(&f, "--wdk");
        return 0;
    }
    const char *env = getenv("WDKContentRoot");
    if (!env || !*env) return 0;
    char *mapped = pt_path_map_apply(env);
    if (pt_wdk_locate(mapped ? mapped : env, o->wdk_version, &f, err, sizeof err) == 0)
        pt_wdk_use(&f, "WDKContentRoot");
    else
        fprintf(stderr, "pooltrack-analyze: WDKContentRoot: %s; parsing with the supplement\n", err);
    free(mapped);
    return 0;
}

/* groups: with a cache that outlives the run, who shares a precompiled
 * header is decided over the whole database, before the selection. */
static int load_tus(const struct opts *o, const struct pt_config *cfg, struct pt_compdb *db,
                    struct pt_results *r, struct pt_pch_groups **groups)
{
    char err[1024];
    int input_error = 0;
    if (o->db) {
        if (pt_compdb_load(o->db, db, err, sizeof err) != 0) {
            fprintf(stderr, "pooltrack-analyze: %s\n", err);
            return -1;
        }
        pt_config_assign_drivers(cfg, db->tus, db->ntus);   /* before the selection's context */
        for (size_t i = 0; i < db->nwarnings; i++) {   /* an unusable entry is an input error */
            pt_results_add_note(r, PT_ERROR, NULL, 0, "skipped %s", db->warnings[i]);
            input_error = 1;
        }
        if (!o->no_wdk && !pt_wdk_real()) {   /* the database's own WDK, when it is here */
            struct pt_wdk_found f;
            if (pt_wdk_from_compdb(db, o->wdk_version, &f) == 0) pt_wdk_use(&f, "compile database");
        }
        if (db->ntus == 0 && !db->nwarnings) {   /* nothing to analyse is not a clean result */
            char *p = pt_printable(o->db);
            fprintf(stderr, "pooltrack-analyze: %s: the compile database has no entries\n", p);
            free(p);
            return -1;
        }
        char *cache = default_cache(o);   /* a header selects the TUs that read it */
        if (o->nfiles && (cache || o->pch_dir) && !o->no_pch) *groups = pt_pch_groups_new(db->tus, db->ntus);
        int sel = o->nfiles ? pt_select_files(db, o->files, o->nfiles, cache, err, sizeof err) : 0;
        if (sel > 0) pt_results_add_note(r, PT_NOTE, NULL, 0, "%s", err);
        if (sel < 0) {
            pt_results_add_note(r, PT_ERROR, NULL, 0, "%s", err);
            input_error = 1;
        }
        free(cache);
        return input_error;
    }
    db->tus = pt_xcalloc(o->nfiles + 1, sizeof *db->tus);
    for (size_t i = 0; i < o->nfiles; i++) {
        if (pt_compdb_single(o->files[i], o->extra, o->nextra, &db->tus[db->ntus], err, sizeof err) != 0) {
            pt_results_add_note(r, PT_ERROR, NULL, 0, "%s", err);
            input_error = 1;
            continue;
        }
        if (o->one_driver) {   /* one driver: their common compile directory (cwd) */
            free(db->tus[db->ntus].driver);
            db->tus[db->ntus].driver = NULL;
        }
        db->ntus++;
    }
    pt_config_assign_drivers(cfg, db->tus, db->ntus);
    return input_error;
}

/* Say once per file what its command line lost (missing include folders, code
 * loading flags), so a reader knows what the analysis could not see. */
static void note_dropped(const struct pt_compdb *db, struct pt_results *r)
{
    for (size_t i = 0; i < db->ntus; i++) {
        const struct pt_tu *tu = &db->tus[i];
        if (!tu->ndropped) continue;
        pt_results_add_note(r, PT_NOTE, tu->file, 0, "%zu argument(s) not used%s: %s%s",
                            tu->ndropped, " (the analyzer supplies WDK headers itself)",
                            tu->dropped[0], tu->ndropped > 1 ? ", ..." : "");
    }
}

/* The cache lives next to the compile database (the build folder) unless
 * told otherwise; a run without a database has none unless asked. */
static char *default_cache(const struct opts *o)
{
    if (o->no_cache) return NULL;
    if (o->cache_dir) return pt_strdup(o->cache_dir);
    if (!o->db) return NULL;
    struct stat sb;
    if (stat(o->db, &sb) == 0 && S_ISDIR(sb.st_mode)) return pt_asprintf("%s/.pooltrack-cache", o->db);
    const char *slash = strrchr(o->db, '/');
    if (!slash) return pt_strdup(".pooltrack-cache");
    return pt_asprintf("%.*s/.pooltrack-cache", (int)(slash - o->db), o->db);
}

/* pt_fatal's end (util.h): the exit code it was given, atexit handlers run. */
static void fatal_exit(int code)
{
    exit(code);
}

int main(int argc, char **argv)
{
    pt_set_fatal_hook(fatal_exit);
    struct opts o;
    memset(&o, 0, sizeof o);
    o.fail_on = PT_NOTE;
    o.min_coverage = -1;
    o.tu_timeout = -1;
    o.tu_memory = -1;
    memset(o.enabled, 1, sizeof o.enabled);
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0) return rc;
    const char *outs[] = {o.format == PT_FMT_HTML ? NULL : o.out, o.write_baseline, o.stats_json, o.export_fixes,
                          o.summaries};
    for (size_t i = 0; i < sizeof outs / sizeof outs[0]; i++) {   /* not after an hour of analysis */
        char why[512];
        if (outs[i] && pt_output_path_check(outs[i], why, sizeof why) != 0) {
            fprintf(stderr, "pooltrack-analyze: cannot write %s: %s\n", outs[i], why);
            return 2;
        }
    }
    if (o.format == PT_FMT_HTML && html_dir_check(o.out) != 0) return 2;
    char wdk_err[8192];   /* without the supplement every parse would fail: say so, stop */
    if (pt_wdk_dir_ok(wdk_err, sizeof wdk_err) != 0) {
        fail("%s", wdk_err);
        return 4;
    }
    if (choose_wdk(&o) != 0) return 2;
    struct pt_cli_inputs in;   /* before any work: a bad config or baseline is one line */
    char in_err[1024];
    if (pt_cli_inputs_load(&in, o.config, o.db, o.baseline, o.pooltag, in_err, sizeof in_err) != 0) {
        pt_cli_inputs_free(&in);
        return fail("%s", in_err);
    }
    if (o.stats) fprintf(stderr, "pooltrack: configuration: %s\n", in.config.path ? in.config.path : "none");
    if (o.inventory) pt_inventory_enable();

    struct pt_results res;
    memset(&res, 0, sizeof res);
    struct pt_compdb db;
    memset(&db, 0, sizeof db);
    char **modules = NULL;   /* the drivers' module names, for the SARIF */
    struct pt_stats st;
    memset(&st, 0, sizeof st);
    char *cache = default_cache(&o);
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    struct pt_pch_groups *groups = NULL;
    struct pt_run_opts ro = {
        .dump_ir = o.dump_ir,
        .progress = o.quiet ? 0 : isatty(2) ? PT_PROGRESS_TTY : PT_PROGRESS_LOG,
        .jobs = o.jobs ? o.jobs : (unsigned)(nproc > 0 ? nproc : 1),
        .cache_dir = cache,
        .tu_timeout = o.tu_timeout >= 0 ? o.tu_timeout : 300,
        .tu_memory_mb = o.tu_memory >= 0 ? (size_t)o.tu_memory : 4096,
        .units_out = o.units_out,
        .shard_k = o.shard_k,
        .shard_n = o.shard_n,
        .no_pch = o.no_pch,
        .pch_dir = o.pch_dir,
        .config = &in.config,
    };
    int input_error = 0;
    if (o.summaries) pt_summary_dump_enable();
    if (o.link) {
        char err[1024];
        long failed = pt_run_link(o.files, o.nfiles, &ro, &res, &st, err, sizeof err);
        if (failed < 0) {
            fprintf(stderr, "pooltrack-analyze: %s\n", err);
            free(cache);
            pt_results_free(&res);
            pt_cli_inputs_free(&in);
            return 2;
        }
        input_error = failed > 0;
    } else {
        input_error = load_tus(&o, &in.config, &db, &res, &groups);
        ro.pch_groups = groups;
        if (o.wdk_version && !pt_wdk_real() && !o.no_wdk)   /* nothing it could choose from */
            fprintf(stderr, "pooltrack-analyze: --wdk-version %s: no WDK found (--wdk, WDKContentRoot or the "
                    "compile database); parsing with the supplement\n", o.wdk_version);
        if (input_error < 0) { free(cache); pt_pch_groups_free(groups); pt_cli_inputs_free(&in); return 2; }
        pt_config_filter_tus(&in.config, &db);   /* "exclude" */
        note_dropped(&db, &res);
        if (o.units_out) {
            char err[1024];
            if (pt_cache_prepare(o.units_out, err, sizeof err) != 0) {
                fprintf(stderr, "pooltrack-analyze: --summaries-only: %s\n", err);
                free(cache);
                pt_pch_groups_free(groups);
                pt_compdb_free(&db);
                pt_results_free(&res);
                pt_cli_inputs_free(&in);
                return 2;
            }
        }
        if (pt_run(&db, &ro, &res, &st) > 0) input_error = 1;
    }
    pt_pch_groups_free(groups);
    free(cache);
    if (o.summaries && !o.units_out) {
        char err[1024];
        if (pt_summary_dump_write(o.summaries, err, sizeof err) != 0) {
            fprintf(stderr, "pooltrack-analyze: %s\n", err);
            input_error = 1;
        }
    }
    if (o.units_out) {   /* the per-TU step only: no findings yet, only what went wrong */
        pt_results_finish(&res);
        for (size_t i = 0; i < res.nnotes; i++)
            if (res.notes[i].level == PT_ERROR) fprintf(stderr, "pooltrack-analyze: %s\n", res.notes[i].message);
        if (o.stats) pt_stats_print(stderr, &st, &res);
        pt_compdb_free(&db);
        pt_stats_free(&st);
        pt_results_free(&res);
        pt_cli_inputs_free(&in);
        return input_error ? 2 : 0;
    }
    pt_apply_suppressions(&res);
    drop_disabled(&res, o.enabled);
    pt_config_apply_results(&in.config, &res);
    pt_results_finish(&res);
    pt_fixes_resolve(&res, in.config.has_driver_tag, in.config.driver_tag);

    char *cwd = getcwd(NULL, 0);
    char *root = o.srcroot ? realpath(o.srcroot, NULL) : NULL;
    if (o.srcroot && !root) {
        rc = fail("--srcroot '%s' does not exist", o.srcroot);
        goto cleanup;
    }
    struct pt_output_opts oo = {.format = o.format, .srcroot = root ? root : cwd,
                                .show_suppressed = o.show_suppressed, .quiet = o.quiet,
                                .category = o.category};
    const char *term = getenv("TERM");
    oo.color = o.format == PT_FMT_TEXT &&
               (o.color == 1 ||
                (o.color == 0 && !o.out && isatty(1) && !getenv("NO_COLOR") && !(term && strcmp(term, "dumb") == 0)));
    struct pt_coverage cov;
    pt_stats_coverage(&st, &cov);
    cov.functions_partly = res.partly_analysed;
    if (!o.inventory) oo.coverage = &cov;
    char err[1024];
    if (o.write_baseline) {   /* every finding of this run, before the old baseline marks them */
        struct pt_output_opts bo = {.format = PT_FMT_SARIF, .srcroot = oo.srcroot};
        if (pt_output_write_file(o.write_baseline, &res, &bo, err, sizeof err) != 0) {
            fprintf(stderr, "pooltrack-analyze: --write-baseline: %s\n", err);
            rc = 2;
            goto cleanup;
        }
    }
    if (in.has_baseline) {
        pt_baseline_apply(&in.baseline, &res);
        oo.baseline = &in.baseline;
    }
    oo.inventory = o.inventory;
    oo.pooltag = in.has_pooltag ? &in.pooltag : NULL;
    oo.nmodules = o.link ? pt_link_driver_modules(o.files, o.nfiles, &modules)
                         : pt_driver_modules(db.tus, db.ntus, &modules);
    oo.modules = modules;
    if (o.out && o.format == PT_FMT_HTML) {   /* a page per driver: which file is in which */
        struct pt_output_driver *drivers = pt_xcalloc(db.ntus + 1, sizeof *drivers);
        for (size_t i = 0; i < db.ntus; i++)
            drivers[i] = (struct pt_output_driver){db.tus[i].file, pt_tu_project(&db.tus[i])};
        oo.drivers = drivers;
        oo.ndrivers = db.ntus;
        rc = pt_output_html_dir(o.out, &res, &oo, err, sizeof err);
        free(drivers);
        if (rc != 0) {
            fprintf(stderr, "pooltrack-analyze: %s\n", err);
            rc = 2;
            goto cleanup;
        }
    } else if (o.out) {
        if (pt_output_write_file(o.out, &res, &oo, err, sizeof err) != 0) {
            fprintf(stderr, "pooltrack-analyze: %s\n", err);
            rc = 2;
            goto cleanup;
        }
    } else if (!o.diff && (pt_output_write(stdout, &res, &oo) != 0 || fflush(stdout) != 0)) {
        /* (--diff: stdout is the patch) */
        fprintf(stderr, "pooltrack-analyze: cannot write the report to standard output\n");
        rc = 2;
        goto cleanup;
    }
    if (o.export_fixes && pt_fixes_export(o.export_fixes, &res, oo.srcroot, err, sizeof err) != 0) {
        fprintf(stderr, "pooltrack-analyze: --export-fixes: %s\n", err);
        rc = 2;
        goto cleanup;
    }
    if (o.fix && pt_fixes_apply(&res, o.diff ? stdout : NULL, oo.srcroot, err, sizeof err) != 0) {
        fprintf(stderr, "pooltrack-analyze: --fix: %s\n", err);
        rc = 2;
        goto cleanup;
    }
    if (o.stats) pt_stats_print(stderr, &st, &res);
    if (o.stats_json && pt_stats_write_json(o.stats_json, &st, &res, err, sizeof err) != 0) {
        fprintf(stderr, "pooltrack-analyze: %s\n", err);
        rc = 2;
        goto cleanup;
    }
    rc = 0;
    for (size_t i = 0; i < res.nfindings; i++)   /* an inventory or a new baseline is not a check */
        if (res.findings[i].level >= o.fail_on && !res.findings[i].suppressed && !o.inventory &&
            res.findings[i].baseline != PT_BASELINE_UNCHANGED && !(o.write_baseline && !o.baseline))
            rc = 1;
    for (size_t i = 0; i < res.nnotes; i++)   /* input errors: one line each on stderr */
        if (res.notes[i].level == PT_ERROR)
            fprintf(stderr, "pooltrack-analyze: %s\n", res.notes[i].message);
    if (o.min_coverage >= 0 && pt_coverage_percent(&cov) < o.min_coverage) {
        fprintf(stderr, "pooltrack-analyze: %d%% of the functions were path-analysed (%u of %u; the others "
                "have parse errors), below --min-coverage %d\n", (int)pt_coverage_percent(&cov),
                cov.functions - cov.functions_with_errors, cov.functions, o.min_coverage);
        rc = 1;
    }
    if (input_error) rc = 2;
cleanup:
    for (size_t i = 0; modules && modules[i]; i++) free(modules[i]);
    free(modules);
    free(cwd);
    free(root);
    pt_compdb_free(&db);
    pt_stats_free(&st);
    pt_results_free(&res);
    pt_cli_inputs_free(&in);
    return rc;
}
