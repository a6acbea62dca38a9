#include <stdio.h>
int main(void) { puts("pooltrack: under construction"); return 0; }
