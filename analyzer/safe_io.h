/* Reading and writing files a hostile repository may have planted or
 * replaced: every reader of repository-controlled input goes through
 * pt_read_file (regular files only, bounded, optionally not through a
 * symlink); every file the tool writes goes through pt_write_atomic (created
 * with O_EXCL|O_NOFOLLOW beside the target, then renamed over it, so a
 * symlink in the way is replaced, never followed, and an old file is only
 * replaced by a complete one). */
#ifndef PT_SAFE_IO_H
#define PT_SAFE_IO_H
#include <stddef.h>
#include <stdio.h>

enum {
    PT_READ_NOFOLLOW = 1,   /* a symlink at path is an error */
};

/* A read-only descriptor of path when it is a regular file, opened without
 * blocking (a FIFO in a file's place must not wait for a writer); -1
 * otherwise (errno from open or fstat; EINVAL when it is no regular file, and
 * *kind then says what it is, for messages). The one open under
 * pt_read_file and under the readers that stream a file (hashes, prefixes). */
int pt_open_regular(const char *path, int flags, const char **kind);

/* The whole file, NUL-terminated (*len without the NUL), or NULL with a
 * one-line reason in err ("WHAT PATH: ..."): not a regular file (FIFO,
 * device, socket, folder), larger than max bytes, unreadable. what names the
 * input for the message ("--config", "the compile database", ...). */
char *pt_read_file(const char *what, const char *path, size_t max, int flags, size_t *len,
                   char *err, size_t errlen);

/* An atomic write: pt_atomic_open gives a stream on a new file next to
 * path; pt_atomic_commit flushes it, checks for write errors (a full disk,
 * RLIMIT_FSIZE), syncs it and renames it over path; pt_atomic_abort removes
 * it. mode is filtered by the umask (0666: what fopen would give). A path
 * that names a device or FIFO (not through a symlink: a symlink is replaced
 * whatever it points to), or lies in /dev or /proc (-o /dev/stdout, even
 * when that is a redirected file), is written in place; a folder is an
 * error. pt_atomic_open ignores SIGXFSZ for the whole process: a write
 * beyond the file size limit then fails (EFBIG) instead of killing it. */
struct pt_atomic {
    FILE *f;
    char *tmp, *path;
};
int pt_atomic_open(struct pt_atomic *a, const char *path, int mode, char *err, size_t errlen);
int pt_atomic_commit(struct pt_atomic *a, char *err, size_t errlen);
void pt_atomic_abort(struct pt_atomic *a);

/* Creates a new file for writing, never through a symlink and never an
 * existing one (O_CREAT|O_EXCL|O_NOFOLLOW); -1 with errno set otherwise. */
int pt_create_new(const char *path, int mode);

/* 1 when path is dir or inside it (by name: "/devx" is not under "/dev"). */
int pt_path_under(const char *path, const char *dir);

/* mkdir -p: each missing folder of path made with parent_mode, the last one
 * with leaf_mode (both filtered by the umask). -1 with errno set and the
 * folder that could not be made in failed. */
int pt_make_folders(const char *path, int parent_mode, int leaf_mode, char *failed, size_t failedlen);

#endif
