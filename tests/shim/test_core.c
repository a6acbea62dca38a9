/* The core without a driver: formatting, injection by N/site/seed, its
 * configuration errors, counters, the ring log, thread safety. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "pt_shim.h"
#include "shim_test.h"
#include "pt_shim_fmt.h"

static void test_fmt(void)
{
    char buf[16];
    struct pt_fmt f;
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_tag(&f, 0x6761544d);
    pt_fmt_str(&f, " ");
    pt_fmt_hex(&f, 0x9ce000, 8, 1);
    CHECK_STR(buf, "MTag 009CE000");
    pt_fmt_str(&f, "truncated-here");   /* bounded, stays terminated */
    CHECK_INT(strlen(buf), sizeof(buf) - 1);
    pt_fmt_init(&f, buf, sizeof(buf));
    pt_fmt_json_str(&f, "a\"b\\\n");
    CHECK_STR(buf, "\"a\\\"b\\\\\\u000a\"");
}

static PVOID alloc_at_site(void)
{
    return ExAllocatePoolWithTag(PagedPool, 10, 'tseT');   /* site:core_alloc */
}

static int count_failures(int n)
{
    int i, failed = 0;
    for (i = 0; i < n; i++) {
        PVOID p = alloc_at_site();
        if (p == NULL)
            failed++;
        else
            ExFreePoolWithTag(p, 'tseT');
    }
    return failed;
}

static void test_inject(void)
{
    PVOID a, b, c;
    int r1, r2;
    pt_shim_reset();
    pt_shim_fail_nth(2);
    a = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'tseT');
    b = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'tseT');
    c = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'tseT');
    CHECK(a != NULL && b == NULL && c != NULL);
    ExFreePoolWithTag(a, 'tseT');
    ExFreePoolWithTag(c, 'tseT');
    CHECK_INT(pt_shim_alloc_count(), 3);

    pt_shim_reset();
    pt_shim_fail_site("/elsewhere/test_core.c", st_line_of(__FILE__, "site:core_alloc"));
    CHECK_INT(count_failures(5), 5);           /* matched by base name */
    pt_shim_release_outstanding();

    pt_shim_reset();
    pt_shim_fail_random(42, 50);
    r1 = count_failures(200);
    pt_shim_reset();
    pt_shim_fail_random(42, 50);
    r2 = count_failures(200);
    CHECK_INT(r1, r2);                         /* same seed, same failures */
    CHECK(r1 > 50 && r1 < 150);
    pt_shim_reset();
    pt_shim_fail_random(42, 0);
    CHECK_INT(count_failures(50), 0);
}

static void test_configure_errors(void)
{
    char err[160];
    CHECK_INT(pt_shim_fail_configure("abc", NULL, NULL, NULL, err, sizeof(err)), -1);
    CHECK_STR(err, "PT_SHIM_FAIL_NTH: expected a positive integer, got abc");
    CHECK_INT(pt_shim_fail_configure("0", NULL, NULL, NULL, err, sizeof(err)), -1);
    CHECK_INT(pt_shim_fail_configure(NULL, "nocolon", NULL, NULL, err, sizeof(err)), -1);
    CHECK_STR(err, "PT_SHIM_FAIL_SITE: expected file:line, got nocolon");
    CHECK_INT(pt_shim_fail_configure(NULL, "a.c:12x", NULL, NULL, err, sizeof(err)), -1);
    CHECK_INT(pt_shim_fail_configure(NULL, NULL, "1", "101", err, sizeof(err)), -1);
    CHECK_INT(pt_shim_fail_configure(NULL, NULL, "1", NULL, err, sizeof(err)), -1);
    CHECK_INT(pt_shim_fail_configure("99999999999999999999", NULL, NULL, NULL, err, sizeof(err)), -1);
    CHECK_INT(pt_shim_fail_configure("3", "x.c:7", "5", "10", err, sizeof(err)), 0);
    pt_shim_fail_none();
}

struct log_buf { char text[8192]; };

static void log_sink(void *ctx, const char *line)
{
    struct log_buf *b = ctx;
    strncat(b->text, line, sizeof(b->text) - strlen(b->text) - 2);
    strcat(b->text, "\n");
}

static void test_counters_and_log(void)
{
    static struct log_buf lb;
    struct pt_stats s;
    PVOID p[3];
    pt_shim_reset();
    p[0] = ExAllocatePoolWithTag(PagedPool, 100, 'AAAA');
    p[1] = ExAllocatePoolWithTag(PagedPool, 200, 'BBBB');
    p[2] = ExAllocatePoolWithTag(NonPagedPoolNx, 300, 'CCCC');
    ExFreePoolWithTag(p[0], 'AAAA');
    pt_shim_get_stats(&s);
    CHECK_INT(s.paged.current_allocs, 1);
    CHECK_INT(s.paged.current_bytes, 200);
    CHECK_INT(s.paged.peak_allocs, 2);
    CHECK_INT(s.paged.peak_bytes, 300);
    CHECK_INT(s.nonpaged.current_bytes, 300);
    pt_shim_report_log(log_sink, &lb, p[1]);
    CHECK(strstr(lb.text, "Allocate") != NULL);
    CHECK(strstr(lb.text, "size 0xc8 tag BBBB") != NULL);
    CHECK(strstr(lb.text, "tag AAAA") == NULL);   /* filtered by address */
    lb.text[0] = '\0';
    pt_shim_report_log(log_sink, &lb, NULL);
    CHECK(strstr(lb.text, "Free") != NULL && strstr(lb.text, "tag AAAA") != NULL);
    pt_shim_release_outstanding();
    pt_shim_get_stats(&s);
    CHECK_INT(s.paged.current_allocs + s.nonpaged.current_allocs, 0);
}

static void *worker(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 2000; i++) {
        PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'rhTW');
        if (p != NULL)
            ExFreePoolWithTag(p, 'rhTW');
    }
    return NULL;
}

static void test_threads(void)
{
    pthread_t t[4];
    struct pt_stats s;
    int i;
    pt_shim_reset();
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    pt_shim_get_stats(&s);
    CHECK_INT(s.attempted, 8000);
    CHECK_INT(s.frees, 8000);
    CHECK_INT(s.nonpaged.current_allocs, 0);
    CHECK(s.nonpaged.peak_allocs >= 1 && s.nonpaged.peak_allocs <= 4);
}

int main(void)
{
    st_capture();
    test_fmt();
    test_inject();
    test_configure_errors();
    test_counters_and_log();
    test_threads();
    CHECK_INT(st_nlines(), 0);     /* no events from any of this */
    return st_done();
}
