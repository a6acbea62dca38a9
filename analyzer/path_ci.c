/* Case-insensitive path lookup: Windows projects name files in any case (the interface: path_ci.h). */
#include "path_ci.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "util.h"

char *pt_path_resolve_ci(const char *path)
{
    struct stat st;
    if (!path || path[0] != '/' || stat(path, &st) == 0) return pt_strdup(path ? path : "");
    char *out = pt_xmalloc(strlen(path) + 2);
    size_t n = 0;
    out[0] = 0;
    for (const char *s = path; *s;) {
        while (*s == '/') s++;
        if (!*s) break;
        const char *e = strchr(s, '/');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        char *comp = pt_strndup(s, len);
        out[n] = '/';
        memcpy(out + n + 1, comp, len + 1);
        if (stat(out, &st) != 0) {   /* look for it in the parent, ignoring case */
            out[n] = 0;
            DIR *d = opendir(n ? out : "/");
            struct dirent *de;
            int found = 0;
            while (d && (de = readdir(d)))
                if (strcasecmp(de->d_name, comp) == 0) {
                    out[n] = '/';
                    memcpy(out + n + 1, de->d_name, len + 1);
                    found = 1;
                    break;
                }
            if (d) closedir(d);
            if (!found) { free(comp); free(out); return pt_strdup(path); }
        }
        n += len + 1;
        free(comp);
        s += len;
    }
    out[n] = 0;
    return out;
}
