/* Injection configured by environment variables (set by CTest): argv[1]
 * names what to expect. */
#include <string.h>
#include "pt_shim.h"
#include "shim_test.h"

int main(int argc, char **argv)
{
    PVOID p[4];
    int i;
    st_capture();      /* before the first allocation: the env is read then */
    for (i = 0; i < 4; i++)
        p[i] = ExAllocatePoolWithTag(NonPagedPoolNx, 8, 'vnEt');
    if (argc > 1 && strcmp(argv[1], "nth3") == 0) {
        CHECK(p[0] && p[1] && !p[2] && p[3]);
        CHECK_INT(st_nlines(), 0);
    } else if (argc > 1 && strcmp(argv[1], "bad") == 0) {
        CHECK(p[0] && p[1] && p[2] && p[3]);
        CHECK_INT(st_count("config_error", NULL), 1);
        CHECK(st_nlines() == 1 && strstr(st_line(0), "PT_SHIM_FAIL_NTH: expected a positive integer, got 2x"));
    } else {
        CHECK(!"unknown mode");
    }
    pt_shim_release_outstanding();
    return st_done();
}
