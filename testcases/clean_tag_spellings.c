/*
 * Clean: one tag value spelled five ways — a character constant, a #define,
 * a const ULONG, an enum member and a macro that assembles the tag from
 * characters (the way some drivers build tags). Allocation and free use
 * different spellings; all are equal by value, so no PT004.
 */
#include <ntddk.h>

#define MAKE_TAG(a, b, c, d) \
    ((ULONG)(d) << 24 | (ULONG)(c) << 16 | (ULONG)(b) << 8 | (ULONG)(a))

#define SPELL_TAG_DEFINE  'lpSM'
#define SPELL_TAG_BUILT   MAKE_TAG('M', 'S', 'p', 'l')

static const ULONG SpellTagConst = 'lpSM';

typedef enum _SPELL_TAGS {
    SpellTagEnum = 'lpSM'
} SPELL_TAGS;

VOID
DefineToConst(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, SPELL_TAG_DEFINE);
    if (p != NULL) {
        ExFreePoolWithTag(p, SpellTagConst);
    }
}

VOID
ConstToEnum(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, SpellTagConst);
    if (p != NULL) {
        ExFreePoolWithTag(p, SpellTagEnum);
    }
}

VOID
EnumToBuilt(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, SpellTagEnum);
    if (p != NULL) {
        ExFreePoolWithTag(p, SPELL_TAG_BUILT);
    }
}

VOID
BuiltToLiteral(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, SPELL_TAG_BUILT);
    if (p != NULL) {
        ExFreePoolWithTag(p, 'lpSM');
    }
}

VOID
LiteralToHex(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, 'lpSM');
    if (p != NULL) {
        ExFreePoolWithTag(p, 0x6C70534D);
    }
}

/* PROTECTED_POOL is a flag bit ORed into the tag at both ends: same value. */
VOID
ProtectedPoolBothEnds(VOID)
{
    PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 32, SPELL_TAG_DEFINE | PROTECTED_POOL);
    if (p != NULL) {
        ExFreePoolWithTag(p, SpellTagConst | PROTECTED_POOL);
    }
}
