void f(void)
{
    a();   // expect: PT005
    b();
}
