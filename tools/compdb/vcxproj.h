/* A .vcxproj (with its imported .props) read into compile commands. The
 * files come from a repository that may be hostile: every read, import and
 * expansion has a limit, and a project past one is dropped with one line. */
#ifndef PT_VCXPROJ_H
#define PT_VCXPROJ_H
#include <cjson/cJSON.h>
#include "msbuild.h"

#define PT_VCX_FILE_MAX ((size_t)16 << 20)        /* one .vcxproj or .props */
#define PT_VCX_PROJECT_READ_MAX ((size_t)128 << 20)   /* a project and its imports, both passes */
#define PT_VCX_FILE_MARKUP_MAX 100000            /* '<' and '=' in one file */
#define PT_VCX_PROJECT_MARKUP_MAX 400000         /* ... in a project and its imports */
#define PT_VCX_RUN_MARKUP_MAX 4000000            /* ... in every file of a run */
#define PT_VCX_TAG_ATTRS_MAX 1000                /* '=' between two '<' */
#define PT_VCX_IMPORT_DEPTH 32
#define PT_VCX_IMPORTS_MAX 1000                   /* Import elements of one pass */
#define PT_VCX_PROJECT_OUT_MAX ((size_t)64 << 20) /* one project's compile commands */
#define PT_VCX_RUN_READ_MAX ((size_t)1 << 30)     /* every file of a run */
#define PT_VCX_RUN_OUT_MAX ((size_t)256 << 20)    /* every compile command of a run */

struct pt_vcx_run {            /* shared by the projects of one run */
    int msbuild_env;           /* --msbuild-env */
    struct pt_props env_noted; /* environment variables already noted as not used */
    struct pt_props fn_noted;  /* property functions already noted as not evaluated */
    struct pt_props projects;  /* real paths of the projects converted */
    size_t read_left, out_left, markup_left;
};

void pt_vcx_run_init(struct pt_vcx_run *r, int msbuild_env);
void pt_vcx_run_free(struct pt_vcx_run *r);

struct pt_vcx_opts {
    const char *configuration;   /* --configuration, or NULL: the project's default */
    const char *platform;        /* --platform, or NULL */
    const char *solution_dir;    /* may be NULL */
    struct pt_vcx_run *run;
};

#define PT_STR_(x) #x
#define PT_STR(x) PT_STR_(x)

enum { PT_VCX_FAILED = -1, PT_VCX_STOP_RUN = -2 };

/* Appends one entry per compiled source to `entries`. Without a given
 * configuration or platform: Debug|x64 when the project has it, else its
 * first ProjectConfiguration of platform x64, else its first; a given one
 * the project does not have is an error naming those it has.  Returns the number of
 * entries (0 for a project converted before in this run), PT_VCX_FAILED with
 * a one-line message in err (nothing appended), or PT_VCX_STOP_RUN when a
 * budget of the whole run is spent (nothing more should be read). */
int pt_vcxproj_read(const char *path, const struct pt_vcx_opts *o, cJSON *entries, char *err,
                    size_t errlen);
#endif
