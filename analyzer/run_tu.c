/* The per-TU step in a worker: parse and lower one TU, write its unit (the interface: run_tu.h). */
#include "run_tu.h"
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "frontend.h"
#include "unit.h"
#include "util.h"
#include "vfs_overlay.h"

int pt_run_tu(const struct pt_tu *tu, const char *key, const char *unit_path, const char *fallback,
              const char *pch_dir, const char *pch_key, const struct pt_config *config)
{
    struct pt_frontend *fe = pt_frontend_new(config ? &config->extras : NULL);
    pt_frontend_set_pch(fe, pch_dir, pch_key);
    struct pt_unit u;
    memset(&u, 0, sizeof u);
    u.file = pt_strdup(tu->file);
    u.directory = pt_strdup(tu->directory ? tu->directory : "");
    u.driver = tu->driver ? pt_strdup(tu->driver) : NULL;
    u.key = pt_strdup(key);
    char err[1024];
    if (pt_frontend_parse(fe, tu, &u.arena, &u.ir, &u.notes, err, sizeof err) != 0) {
        u.error = pt_strdup(err);
    } else {
        char **deps;
        size_t n = pt_frontend_deps(fe, &deps), kept = 0;
        /* the empty .tmh stand-ins live in a temp folder of this process only */
        const char *tmp = pt_vfs_overlay_dir();
        size_t tlen = tmp ? strlen(tmp) : 0;
        char **real = pt_xcalloc(n + 1, sizeof *real);
        for (size_t i = 0; i < n; i++)
            if (!tmp || strncmp(deps[i], tmp, tlen) != 0 || deps[i][tlen] != '/') real[kept++] = deps[i];
        pt_unit_stat_deps(&u, real, kept);
        u.parsed_with_pch = pt_frontend_used_pch(fe);
        u.header_errors = pt_frontend_header_errors(fe);
        free(real);
    }
    int rc = pt_unit_write(unit_path, &u) == 0 ? 0
           : fallback && pt_unit_write(fallback, &u) == 0 ? PT_TU_FALLBACK : 4;
    pt_unit_free(&u);
    pt_frontend_free(fe);
    return rc;
}
