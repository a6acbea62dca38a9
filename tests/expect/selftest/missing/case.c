void f(void)
{
    a();   // expect: PT005
    b();   // expect: PT004
}
