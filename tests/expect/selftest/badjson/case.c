void f(void)
{
    a();   // expect: PT005
}
