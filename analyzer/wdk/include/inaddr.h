/* pooltrack: IN_ADDR as the WDK's shared/inaddr.h has it, for user and
 * kernel mode: in UCHAR/USHORT/ULONG. MinGW-w64's inaddr.h pulls in
 * _bsd_types.h (u_char, u_int...), which kernel code does not expect and
 * which clashes with drivers that define those names themselves (npcap). */
#ifndef s_addr
typedef struct in_addr {
    union {
        struct { UCHAR s_b1, s_b2, s_b3, s_b4; } S_un_b;
        struct { USHORT s_w1, s_w2; } S_un_w;
        ULONG S_addr;
    } S_un;
} IN_ADDR, *PIN_ADDR, *LPIN_ADDR;
#define s_addr S_un.S_addr
#define s_host S_un.S_un_b.s_b2
#define s_net S_un.S_un_b.s_b1
#define s_imp S_un.S_un_w.s_w2
#define s_impno S_un.S_un_b.s_b4
#define s_lh S_un.S_un_b.s_b3
#endif
