#!/usr/bin/env python3
"""cx_prototypes.py HEADER... [-- NAME...]: plain prototypes for the routines
of a KMDF-style class-extension header (KMDF's wdf*.h, UFX, SpbCx, UcmTcpciCx),
where each routine is a `PFN_X` function-table type taking the driver
globals first and a FORCEINLINE wrapper calling through the table. The
supplement declares the wrapper as a prototype without the globals, SAL left
out (docs/supplement.md). With NAMEs, only those routines; written in header
order, one line each. INLINE=1 takes instead every FORCEINLINE routine's own
signature (UFX's wrappers, whose table types name no parameters).

Nothing of the WDK is kept in the repository but what it writes; run it
against a kit on your machine."""
import re, sys

args = sys.argv[1:]
names = None
if '--' in args:
    k = args.index('--'); names = set(args[k + 1:]); args = args[:k]
src = '\n'.join(open(h, encoding='latin-1').read().replace('\r', '') for h in args)
src = re.sub(r'/\*.*?\*/', ' ', src, flags=re.S)
src = re.sub(r'//[^\n]*', '', src)
sal = r'\b_[A-Z]\w*_\b(?:\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?|\b__drv_\w+(?:\s*\((?:[^()]|\([^()]*\))*\))?'
src = re.sub(sal, ' ', src)
pat = re.compile(r'typedef\s+(?:WDFAPI\s+)?([\w\s\*]+?)\s*\(\s*(?:NTAPI|STDCALL)?\s*\*\s*PFN_\w+\s*\)\s*\(\s*'
                 r'P\w*DRIVER_GLOBALS\s+\w+\s*,?(.*?)\)\s*;\s*(?:\w+\s+)*?(?:FORCEINLINE\s+)?[\w\s\*]*?\b(\w+)\s*\(', re.S)
import os
if os.environ.get('INLINE'):
    inl = re.compile(r'(?:^|[;}])\s*((?:[\w\*]+\s+)+?)FORCEINLINE\s+((?:[\w\*]+\s+)*?)(\w+)\s*\(([^)]*)\)\s*\{', re.S)
    for m in inl.finditer(src):
        name = m.group(3)
        if names is not None and name not in names:
            continue
        ret = ' '.join((m.group(1) + ' ' + m.group(2)).replace('NTAPI', ' ').split())
        params = ', '.join(' '.join(p.split()) for p in m.group(4).split(',') if p.strip()) or 'VOID'
        print(f'{ret} NTAPI {name}({params});')
    sys.exit(0)
for m in pat.finditer(src):
    name = m.group(3)
    if names is not None and name not in names:
        continue
    ret = ' '.join(m.group(1).replace('WDFAPI', ' ').split())
    params = ', '.join(' '.join(p.split()) for p in m.group(2).split(',') if p.strip()) or 'VOID'
    print(f'{ret} NTAPI {name}({params});')
