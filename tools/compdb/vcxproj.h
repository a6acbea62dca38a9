/* A .vcxproj (with its imported .props) read into compile commands. */
#ifndef PT_VCXPROJ_H
#define PT_VCXPROJ_H
#include <cjson/cJSON.h>

struct pt_vcx_opts {
    const char *configuration;   /* "Debug" */
    const char *platform;        /* "x64" */
    const char *solution_dir;    /* may be NULL */
};

/* Appends one entry per compiled source to `entries`. Returns the number of
 * entries, or -1 with a one-line message in err. */
int pt_vcxproj_read(const char *path, const struct pt_vcx_opts *o, cJSON *entries, char *err,
                    size_t errlen);
#endif
