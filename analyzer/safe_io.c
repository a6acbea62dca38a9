/* Bounded reads of regular files and atomic writes, for files a repository may have planted
 * (the interface: safe_io.h). */
#include "safe_io.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"

static const char *kind_of(mode_t m)
{
    if (S_ISDIR(m)) return "a folder";
    if (S_ISFIFO(m)) return "a FIFO";
    if (S_ISCHR(m) || S_ISBLK(m)) return "a device";
    if (S_ISSOCK(m)) return "a socket";
    return "not a regular file";
}

static void size_text(size_t n, char *buf, size_t len)
{
    if (n >= (1u << 30) && n % (1u << 30) == 0) snprintf(buf, len, "%zu GiB", n >> 30);
    else if (n >= (1u << 20) && n % (1u << 20) == 0) snprintf(buf, len, "%zu MiB", n >> 20);
    else if (n >= 1024 && n % 1024 == 0) snprintf(buf, len, "%zu KiB", n >> 10);
    else snprintf(buf, len, "%zu bytes", n);
}

int pt_open_regular(const char *path, int flags, const char **kind)
{
    if (kind) *kind = NULL;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | ((flags & PT_READ_NOFOLLOW) ? O_NOFOLLOW : 0));
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int e = errno;
        if (fstat(fd, &st) == 0) {
            if (kind) *kind = kind_of(st.st_mode);
            e = EINVAL;
        }
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

char *pt_read_file(const char *what, const char *path, size_t max, int flags, size_t *len,
                   char *err, size_t errlen)
{
    const char *kind = NULL;
    int fd = pt_open_regular(path, flags, &kind);
    if (fd < 0) {
        if (errno == ELOOP && (flags & PT_READ_NOFOLLOW))
            snprintf(err, errlen, "%s %s: is a symbolic link (not followed)", what, path);
        else snprintf(err, errlen, "%s %s: %s", what, path, kind ? kind : strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(err, errlen, "%s %s: %s", what, path, strerror(errno));
        close(fd);
        return NULL;
    }
    char lim[32];
    size_text(max, lim, sizeof lim);
    if ((unsigned long long)st.st_size > max) {
        snprintf(err, errlen, "%s %s: larger than the limit of %s", what, path, lim);
        close(fd);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, n = 0;   /* a file still growing is read up to max */
    char *buf = pt_xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (cap > max) break;
            cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            buf = pt_xrealloc(buf, cap + 1);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            snprintf(err, errlen, "%s %s: %s", what, path, strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (got == 0) break;
        n += (size_t)got;
    }
    close(fd);
    if (n > max) {
        snprintf(err, errlen, "%s %s: larger than the limit of %s", what, path, lim);
        free(buf);
        return NULL;
    }
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

int pt_create_new(const char *path, int mode)
{
    return open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
}

/* A device or FIFO named on the command line (-o /dev/null, /dev/full) is
 * written in place: a rename over it would replace the device with a file
 * (as root, in /dev). O_NONBLOCK so that a FIFO nobody reads fails at once
 * (ENXIO) instead of hanging; it is cleared for the writes. */
static int open_in_place(struct pt_atomic *a, const char *path)
{
    int fd = open(path, O_WRONLY | O_TRUNC | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return -1;
    int fl = fcntl(fd, F_GETFL);
    if (fl == -1 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1 || !(a->f = fdopen(fd, "w"))) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    a->path = pt_strdup(path);
    return 0;
}

int pt_path_under(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == 0);
}

/* Is path in /dev or /proc? There a temp file and a rename would replace the
 * /dev/stdout link itself (as root) or fail (/proc): -o /dev/stdout or
 * /dev/fd/1 with the standard output redirected to a file is written in
 * place, through the link, like the device it usually is. */
static int in_kernel_dir(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? pt_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : pt_strdup(".");
    char *real = realpath(dir, NULL);
    int yes = real && (pt_path_under(real, "/dev") || pt_path_under(real, "/proc"));
    free(real);
    free(dir);
    return yes;
}

int pt_atomic_open(struct pt_atomic *a, const char *path, int mode, char *err, size_t errlen)
{
    memset(a, 0, sizeof *a);
    /* A write beyond RLIMIT_FSIZE must fail with EFBIG, so that the temp is
     * removed and the error reported; by default SIGXFSZ kills the process. */
    signal(SIGXFSZ, SIG_IGN);
    /* lstat: a symlink (planted in a repository: report.sarif -> /dev/sda) is
     * replaced like a file, never followed to a device; only in /dev and
     * /proc are links (/dev/stdout) followed */
    struct stat st;
    int exists = lstat(path, &st) == 0, kernel = in_kernel_dir(path);
    if ((exists && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) || kernel) {
        if (exists && S_ISDIR(st.st_mode)) errno = EISDIR;
        else if (open_in_place(a, path) == 0) return 0;
        snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    for (unsigned tries = 0; tries < 100; tries++) {
        char *tmp = pt_asprintf("%s.tmp.%ld.%u", path, (long)getpid(), tries);
        int fd = pt_create_new(tmp, mode);
        if (fd >= 0) {
            a->f = fdopen(fd, "w");
            if (!a->f) { close(fd); unlink(tmp); free(tmp); break; }
            a->tmp = tmp;
            a->path = pt_strdup(path);
            return 0;
        }
        int e = errno;
        free(tmp);
        if (e != EEXIST) { errno = e; break; }
    }
    snprintf(err, errlen, "cannot write %s: %s", path, strerror(errno));
    return -1;
}

int pt_atomic_commit(struct pt_atomic *a, char *err, size_t errlen)
{
    int bad = fflush(a->f) != 0 || ferror(a->f);
    int e = errno;
    /* on disk before the rename, or a crash could leave an empty report */
    if (!bad && a->tmp && fsync(fileno(a->f)) != 0) { bad = 1; e = errno; }
    if (fclose(a->f) != 0 && !bad) { bad = 1; e = errno; }
    a->f = NULL;
    if (!bad && a->tmp && rename(a->tmp, a->path) != 0) { bad = 1; e = errno; }
    if (bad) {
        snprintf(err, errlen, "cannot write %s: %s", a->path, strerror(e ? e : EIO));
        if (a->tmp) unlink(a->tmp);
    }
    free(a->tmp);
    free(a->path);
    a->tmp = a->path = NULL;
    return bad ? -1 : 0;
}

void pt_atomic_abort(struct pt_atomic *a)
{
    if (a->f) fclose(a->f);
    if (a->tmp) unlink(a->tmp);
    free(a->tmp);
    free(a->path);
    memset(a, 0, sizeof *a);
}


int pt_make_folders(const char *path, int parent_mode, int leaf_mode, char *failed, size_t failedlen)
{
    char *p = pt_strdup(path);
    int rc = 0;
    for (char *s = p + 1;; s++) {
        char c = *s;
        if (c != '/' && c) continue;
        *s = 0;
        if (mkdir(p, c ? parent_mode : leaf_mode) != 0 && errno != EEXIST) {
            int e = errno;
            snprintf(failed, failedlen, "%s", p);
            errno = e;
            rc = -1;
            break;
        }
        *s = c;
        if (!c) break;
    }
    free(p);
    return rc;
}
