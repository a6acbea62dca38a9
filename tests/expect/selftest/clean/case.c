/* no expectations: silence is demanded */
void f(void)
{
    a();
}
