#include "run_tu.h"
#include <string.h>
#include "frontend.h"
#include "unit.h"
#include "util.h"

int pt_run_tu(const struct pt_tu *tu, const char *key, const char *unit_path)
{
    struct pt_frontend *fe = pt_frontend_new();
    struct pt_unit u;
    memset(&u, 0, sizeof u);
    u.file = pt_strdup(tu->file);
    u.directory = pt_strdup(tu->directory ? tu->directory : "");
    u.key = pt_strdup(key);
    char err[1024];
    if (pt_frontend_parse(fe, tu, &u.arena, &u.ir, &u.notes, err, sizeof err) != 0) {
        u.error = pt_strdup(err);
    } else {
        char **deps;
        size_t n = pt_frontend_deps(fe, &deps);
        pt_unit_stat_deps(&u, deps, n);
    }
    int rc = pt_unit_write(unit_path, &u) == 0 ? 0 : 4;
    pt_unit_free(&u);
    pt_frontend_free(fe);
    return rc;
}
