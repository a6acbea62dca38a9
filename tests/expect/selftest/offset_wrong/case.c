void f(void)
{
    // expect@+1: PT005
    a();
}
