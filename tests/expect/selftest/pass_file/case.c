/* runner self-test: every expectation form, matched exactly */
void f(void)
{
    a();   // expect: PT005
    /* the caller is expected to free, and we expect the caller to free */
    // expect@+1: PT004, PT008
    b();
    c();
    // expect@-1: PT001
    d();   /* expect: PT002 */
}
