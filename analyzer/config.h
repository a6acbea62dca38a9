/* .pooltrack.json: the project's configuration (docs/config.md). Read once in
 * the parent before any worker starts; what it adds to the families table is
 * its `extras`, which the run passes down (pt_run_opts.config): to each worker
 * as pt_run_tu's argument, to the link step in pt_engine_opts.extras. */
#ifndef PT_CONFIG_H
#define PT_CONFIG_H
#include <stddef.h>
#include <stdint.h>
#include "compdb.h"
#include "finding.h"
#include "ir.h"
#include "pool_api.h"
#include "rule_info.h"

#define PT_CONFIG_NAME ".pooltrack.json"
#define PT_CONFIG_MAX_RULES PT_RULE_COUNT   /* rule_level[] by catalogue index */
/* The role a function named in dpc_routines / unload_routines gets. */
#define PT_CONFIG_DPC_ROLE "DPC routine in .pooltrack.json"
#define PT_CONFIG_UNLOAD_ROLE "unload routine in .pooltrack.json"
enum { PT_RULE_DEFAULT = -1, PT_RULE_OFF = -2 };

/* One entry of "drivers": the files (path patterns) that build one driver. */
struct pt_config_driver {
    char *name;
    char **files;
    size_t nfiles;
};

struct pt_config {
    char *path;                 /* the file read; NULL: no configuration */
    char *dir;                  /* its folder (absolute): exclude patterns are relative to it */
    int rule_level[PT_CONFIG_MAX_RULES]; /* by catalogue index: PT_RULE_DEFAULT/OFF or a pt_level */
    char **exclude;
    size_t nexclude, cap_exclude;
    struct pt_config_driver *drivers;   /* "drivers", in the file's order */
    size_t ndrivers;
    int has_driver_tag;         /* "driver_tag": what PT002's fix writes */
    int64_t driver_tag;
    char *cache_salt;           /* what the per-TU step depends on ("" when nothing) */
    size_t salt_len, salt_cap;
    struct pt_api_extras extras; /* allocators, frees, routine names, forbidden tags */
};

/* The git repository root holding start (an absolute folder): the nearest
 * folder with a ".git" owned by start's owner (or by us), not looking past a
 * folder others may write (/tmp); NULL when there is none. */
char *pt_config_repo_root(const char *start);
/* The .pooltrack.json of the project at dir: the nearest in dir or a parent up
 * to the repository root (pt_config_repo_root), only dir's own without one;
 * never one above the repository. NULL if none. */
char *pt_config_find(const char *dir);
/* Reads and checks path (at most PT_LIMIT_CONFIG bytes, a regular file; flags
 * as pt_read_file's) into c: its allocators, frees, routine names and tags go
 * to c->extras. 0, or -1 with one line in err naming the key, or
 * "WHAT PATH: cause". */
int pt_config_read(const char *what, const char *path, int flags, struct pt_config *c, char *err,
                   size_t errlen);
/* pt_config_read as --config (fuzz_config). */
int pt_config_load(const char *path, struct pt_config *c, char *err, size_t errlen);
/* "PoolMon order" text ("MyBf", "Ddk" padded with spaces) or "0x..." -> tag value. */
int pt_tag_parse(const char *text, int64_t *out);
void pt_config_free(struct pt_config *c);
/* The file of the run's configuration (pt_config_setup sets it), for reports
 * (SARIF, --stats); NULL when none was used. */
void pt_config_set_used(const struct pt_config *c);
const char *pt_config_used(void);

/* config_apply.c */
/* The configuration of a run: explicit_path (--config), else the project's
 * .pooltrack.json (pt_config_find) from the compile database's folder (db),
 * or from the current folder without one; none is fine. The one found is not
 * read through a symlink. Also keys the cache on what the per-TU step uses. */
int pt_config_setup(const char *explicit_path, const char *db, struct pt_config *c, char *err,
                    size_t errlen);
/* 1 when an absolute path matches one of the exclude patterns. */
int pt_config_excluded(const struct pt_config *c, const char *file);
/* Drops the TUs the configuration excludes; returns how many. */
size_t pt_config_filter_tus(const struct pt_config *c, struct pt_compdb *db);
/* TUs whose file a "drivers" entry names belong to that driver (the first
 * entry naming it), whatever builds them. */
void pt_config_assign_drivers(const struct pt_config *c, struct pt_tu *tus, size_t n);
/* Rules turned off or given another level; findings in excluded files dropped. */
void pt_config_apply_results(const struct pt_config *c, struct pt_results *r);
/* Functions c names as DPC or unload routines get PT_CONFIG_*_ROLE as their
 * role, so the rules treat them as if declared with a DPC/unload role type. */
void pt_config_mark_routines(const struct pt_config *c, struct pt_tu_ir *ir);
/* "*", "?" within a path segment, "**" across segments; exposed for tests. */
int pt_glob_match(const char *pattern, const char *path);

#endif
