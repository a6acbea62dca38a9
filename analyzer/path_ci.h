/* Windows projects name files in any case; this machine's file system does not
 * forgive that. */
#ifndef PT_PATH_CI_H
#define PT_PATH_CI_H
/* The existing path that matches `path` component by component ignoring case,
 * or a copy of `path` when nothing matches. Caller frees. */
char *pt_path_resolve_ci(const char *path);
#endif
