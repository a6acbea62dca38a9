/* Command-line handling for compile databases: splitting a "command" string,
 * expanding response files, and translating gcc/clang and cl.exe/clang-cl
 * flags into the arguments libclang gets. */
#ifndef PT_COMPDB_ARGS_H
#define PT_COMPDB_ARGS_H
#include <stddef.h>

struct pt_strv {
    char **v;
    size_t n, cap;
};

void pt_strv_push(struct pt_strv *sv, const char *s);   /* copies s */
void pt_strv_free(struct pt_strv *sv);

/* Split a command line. windows: backslashes are path characters except before
 * a quote (MSVC rules); otherwise POSIX shell quoting. Returns -1 on an
 * unterminated quote. */
int pt_split_command(const char *cmd, int windows, struct pt_strv *out);
/* Read a response file (UTF-8, or UTF-16LE with BOM as MSBuild writes them)
 * and append its arguments. Returns -1 if it cannot be read, -2 if it is
 * refused (pt_pseudo_file). */
int pt_read_response_file(const char *path, struct pt_strv *out);
/* A file of /proc, /sys or /dev (by its real path or its file system): the
 * process's environment, kernel state, devices. Never a response file or a
 * forced include, whatever the database says. */
int pt_pseudo_file(const char *path);

#endif
