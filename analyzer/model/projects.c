/* Projects (compile directories) the link does not see whole: a file
 * selection whose cache lacks some of their TUs. Whole-driver rules skip them. */
#include "engine_internal.h"
#include "strmap.h"

static struct pt_strmap incomplete;   /* projects with TUs missing from the link */

void pt_engine_project_incomplete(const char *project)
{
    pt_strmap_put(&incomplete, project ? project : "", 1);
}

int pt_engine_project_complete(const char *project)
{
    return pt_strmap_get(&incomplete, project ? project : "") < 0;
}

void pt_engine_projects_reset(void)
{
    pt_strmap_free(&incomplete);
}
