/* pooltrack's MSVC dialect (docs/dialect.md): after MinGW's ntdef.h or
 * winnt.h (each defines these without #ifndef), the WDK's definitions.
 * No include guard: applied again after each of them. */

/* MinGW: {(P) = (P);}, an error on a const parameter and no expression. */
#undef UNREFERENCED_PARAMETER
#undef UNREFERENCED_LOCAL_VARIABLE
#define UNREFERENCED_PARAMETER(P) (P)
#define UNREFERENCED_LOCAL_VARIABLE(V) (V)
