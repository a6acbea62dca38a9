void f(void)
{
    a();   // expect: pt5
}
