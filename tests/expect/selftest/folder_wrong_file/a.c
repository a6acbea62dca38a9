#include "inc/x.h"
void f(void)
{
    a();   // expect: PT005
}
