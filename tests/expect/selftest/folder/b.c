#include "inc/x.h"
void g(void)
{
    b();   // expect: PT008
}
