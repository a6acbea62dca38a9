/* Runs `<binary> --format json --srcroot <dir> <sources…>` without a shell and
 * turns its JSON findings into a set. */
#include "expect.h"
#include "util.h"
#include <cjson/cJSON.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct buf {
    char *p;
    size_t n, cap;
};

/* Reads one chunk; returns 0 at EOF, 1 if more may come, -1 on error. */
static int read_chunk(int fd, struct buf *b)
{
    ssize_t got;
    if (b->cap - b->n < 4096) {
        b->cap = b->cap ? b->cap * 2 : 8192;
        b->p = pt_xrealloc(b->p, b->cap);
    }
    got = read(fd, b->p + b->n, b->cap - b->n - 1);
    if (got < 0) return errno == EINTR ? 1 : -1;
    b->n += (size_t)got;
    b->p[b->n] = '\0';
    return got > 0;
}

/* Drains both pipes until both are closed (poll, so neither can block the child). */
static int drain(int out_fd, int err_fd, struct buf *out, struct buf *errb)
{
    struct pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    struct buf *bufs[2] = {out, errb};
    int open_fds = 2;
    while (open_fds > 0) {
        int i;
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        for (i = 0; i < 2; i++) {
            int r;
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            r = read_chunk(fds[i].fd, bufs[i]);
            if (r < 0) return -1;
            if (r == 0) {
                fds[i].fd = -1;
                open_fds--;
            }
        }
    }
    return 0;
}

static char **extra_args;
static size_t nextra;

void ex_set_analyzer_args(char **args, size_t n)
{
    extra_args = args;
    nextra = n;
}

static char **build_argv(const char *binary, const struct ex_case *c)
{
    char **argv = pt_xcalloc(c->nsources + nextra + 7, sizeof *argv);
    size_t i, k = 0;
    argv[k++] = (char *)binary;
    for (i = 0; i < nextra; i++) argv[k++] = extra_args[i];
    argv[k++] = "--one-driver";   /* a case folder's files are one driver */
    argv[k++] = "--format";
    argv[k++] = "json";
    argv[k++] = "--srcroot";
    argv[k++] = c->dir;
    for (i = 0; i < c->nsources; i++) argv[k++] = c->sources[i];
    argv[k] = NULL;
    return argv;
}

/* Forks and execs; returns the wait status or -1. */
static int spawn(const char *binary, const struct ex_case *c, struct buf *out,
                 struct buf *errb, char *err, size_t errlen)
{
    int po[2], pe[2], status = 0, rc;
    pid_t pid;
    char **argv;
    if (pipe(po) != 0 || pipe(pe) != 0) {
        snprintf(err, errlen, "pipe: %s", strerror(errno));
        return -1;
    }
    argv = build_argv(binary, c);
    pid = fork();
    if (pid == 0) {
        dup2(po[1], 1);
        dup2(pe[1], 2);
        close(po[0]); close(po[1]); close(pe[0]); close(pe[1]);
        execv(binary, argv);
        fprintf(stderr, "expect_check: cannot run %s: %s\n", binary, strerror(errno));
        free(argv);   /* memcheck counts what a child that could not exec still holds */
        _exit(127);
    }
    free(argv);
    close(po[1]);
    close(pe[1]);
    if (pid < 0) {
        snprintf(err, errlen, "fork: %s", strerror(errno));
        close(po[0]); close(pe[0]);
        return -1;
    }
    rc = drain(po[0], pe[0], out, errb);
    close(po[0]);
    close(pe[0]);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (rc != 0) {
        snprintf(err, errlen, "reading the analyzer's output: %s", strerror(errno));
        return -1;
    }
    return status;
}

static int check_status(int status, const struct buf *errb, char *err, size_t errlen)
{
    const char *why = errb->n ? errb->p : "(no stderr)\n";
    if (WIFSIGNALED(status)) {
        snprintf(err, errlen, "analyzer killed by signal %d; stderr:\n%s",
                 WTERMSIG(status), why);
        return -1;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
        snprintf(err, errlen, "analyzer exited with %d; stderr:\n%s",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, why);
        return -1;
    }
    return 0;
}

static const char *str_field(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int add_findings(struct ex_set *s, const cJSON *arr, const struct ex_case *c,
                        char *err, size_t errlen)
{
    const cJSON *f;
    cJSON_ArrayForEach(f, arr) {
        const char *rule = str_field(f, "rule"), *file = str_field(f, "file");
        const char *msg = str_field(f, "message");
        const cJSON *line = cJSON_GetObjectItemCaseSensitive(f, "line");
        if (!rule || !file || !cJSON_IsNumber(line) || line->valuedouble < 0) {
            snprintf(err, errlen, "finding without rule/file/line in the analyzer's JSON");
            return -1;
        }
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "suppressed"))) continue;
        if (strncmp(file, "./", 2) == 0) file += 2;
        ex_set_add(s, ex_relpath(c, file), (unsigned)line->valuedouble, rule,
                   msg ? msg : "");
    }
    return 0;
}

/* Notifications are printed (they explain many misses) but decide nothing. */
static void print_notes(const cJSON *arr)
{
    const cJSON *n;
    cJSON_ArrayForEach(n, arr) {
        const char *lvl = str_field(n, "level"), *file = str_field(n, "file");
        const char *msg = str_field(n, "message");
        fprintf(stderr, "analyzer %s: %s: %s\n", lvl ? lvl : "note",
                file ? file : "-", msg ? msg : "");
    }
}

static int parse_output(struct ex_set *s, const struct buf *out, const struct ex_case *c,
                        char *err, size_t errlen)
{
    cJSON *root = cJSON_Parse(out->p ? out->p : "");
    const cJSON *arr;
    int rc = -1;
    if (!root) {
        snprintf(err, errlen, "analyzer output is not JSON: \"%.80s\"",
                 out->p ? out->p : "");
        return -1;
    }
    arr = cJSON_GetObjectItemCaseSensitive(root, "findings");
    if (!cJSON_IsArray(arr)) {
        snprintf(err, errlen, "analyzer JSON has no \"findings\" array");
    } else if (add_findings(s, arr, c, err, errlen) == 0) {
        print_notes(cJSON_GetObjectItemCaseSensitive(root, "notifications"));
        rc = 0;
    }
    cJSON_Delete(root);
    return rc;
}

int ex_run_analyzer(struct ex_set *s, const char *binary, const struct ex_case *c,
                    char *err, size_t errlen)
{
    struct buf out = {0}, errb = {0};
    int status, rc = -1;
    signal(SIGPIPE, SIG_IGN);
    status = spawn(binary, c, &out, &errb, err, errlen);
    if (status >= 0 && check_status(status, &errb, err, errlen) == 0) {
        rc = parse_output(s, &out, c, err, errlen);
        if (rc == 0 && errb.n) fputs(errb.p, stderr);   /* warnings are worth seeing */
        if (rc == 0 && (WEXITSTATUS(status) == 1) != (s->n > 0))
            fprintf(stderr, "note: analyzer exit code %d with %zu findings\n",
                    WEXITSTATUS(status), s->n);
    }
    free(out.p);
    free(errb.p);
    return rc;
}
