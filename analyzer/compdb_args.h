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
 * and append its arguments. Returns -1 if it cannot be read. */
int pt_read_response_file(const char *path, struct pt_strv *out);

#endif
