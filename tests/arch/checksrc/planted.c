#include <stdio.h>
int planted(int a, int b)
{
	if (a = b) return 1;   
    while ((a = b - 1) > 0 && a != b) b--;
    static const char *long_line = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    return a;
}
