/* Kept rules: nothing to report. */
int clean(int a, int b)
{
    int v;
    if ((v = a - b)) return v;
    if (a == b || a <= b || a >= b || a != b) return 0;
    while ((v = a) > 0 && b != v) a--;
    if (b == (v = 2)) return -1;
    return a ? '=' : 0;
}
