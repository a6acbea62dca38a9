#!/usr/bin/env python3
"""ddi_docs_extract.py DOCS_DIR AREA... -- the syntax blocks of Microsoft's
DDI reference pages for the AREAs (header names: netadapter, ring, mbbcx...),
as C declarations in dependency order, for the supplement's headers newer
than the WDK 10.0.16299 kit (docs/supplement.md says where they are used).

DOCS_DIR holds one .c file per reference page with the page's syntax block,
named like the page (ns-ring-_net_ring.c, nf-netadapter-netadaptercreate.c,
nc-netadapter-evt_net_adapter_create_txqueue.c): m417z/windows-docs-scraper's
windows-driver-docs-ddi, whose blocks come from learn.microsoft.com.

Written: structs, unions and enums (ns-/ne-) as given; routines (nf-) as
prototypes, SAL brackets ([_In_]) dropped; callback pages (nc-) as the
function type and its PFN_ pointer (EVT_X -> PFN_X without EVT_). Blocks are
ordered so a name is defined before a block that uses it; names nothing
defines (handles, opaque types) are left to the hand-written header around
the output. Environment SKIP="NAME ..." leaves blocks defining NAMEs out."""
import os, re, sys

docs = sys.argv[1]
areas = sys.argv[2:]
skip = set(os.environ.get('SKIP', '').split())

def clean(text):
    text = text.replace('\r', '')
    text = re.sub(r'\[\s*(?:_\w+_(?:\([^\]]*\))?|in|out|in, ?out)\s*\]', ' ', text)   # [_In_], [in], [_In_range_(1,32)]
    text = re.sub(r'\bEXTERN_C_(?:START|END)\b', ' ', text)
    return text.strip()

def callback(text):
    """EVT_X Name;  RET Name(params) {...}  ->  typedef RET EVT_X(params); typedef EVT_X *PFN_X;"""
    m = re.match(r'(\w+)\s+(\w+)\s*;\s*(.*?)\b\2\s*\((.*?)\)\s*\{', text, re.S)
    if not m:
        return None, None
    typ, ret, params = m.group(1), ' '.join(m.group(3).split()), ' '.join(m.group(4).split())
    pfn = 'PFN_' + (typ[4:] if typ.startswith('EVT_') else typ)
    return typ, f'typedef {ret} NTAPI {typ}({params or "VOID"});\ntypedef {typ} *{pfn};'

blocks = []   # (defines, uses, text)
for area in areas:
    d = os.path.join(docs, area)
    for fn in sorted(os.listdir(d)):
        if not fn.endswith('.c'):
            continue
        kind = fn.split('-', 1)[0]
        text = clean(open(os.path.join(d, fn), encoding='utf-8', errors='replace').read())
        if kind == 'nc':
            name, text = callback(text)
            if not name:
                continue
            defines = {name, 'PFN_' + (name[4:] if name.startswith('EVT_') else name)}
        elif kind in ('ns', 'ne'):
            if not text.startswith('typedef'):
                continue
            tail = text[text.rfind('}') + 1:]
            defines = set(re.findall(r'\b(\w+)\s*[,;]', tail))
            if kind == 'ne':
                body = text[text.find('{') + 1:text.rfind('}')]
                defines |= {m.group(1) for m in re.finditer(r'(?:^|,)\s*(\w+)', body)}
            text = text.rstrip(';') + ';'
        elif kind == 'nf':
            m = re.search(r'\b(\w+)\s*\(', text)
            if not m or not text.rstrip().endswith(');'):
                continue
            defines = {m.group(1)}
            text = ' '.join(text.split()).replace('( ', '(').replace(' )', ')')
            text = re.sub(r'\b' + m.group(1) + r'\(', 'NTAPI ' + m.group(1) + '(', text, count=1)
        else:
            continue
        if defines & skip:
            continue
        uses = set(re.findall(r'\b[A-Za-z_]\w*\b', text)) - defines
        blocks.append((defines, uses, text))

seen, out, defined_by = set(), [], {}
for i, (ds, _, _) in enumerate(blocks):
    for n in ds:
        defined_by.setdefault(n, i)
def emit(i, stack=()):
    if i in seen or i in stack:
        return
    for u in sorted(blocks[i][1]):
        j = defined_by.get(u)
        if j is not None and j != i:
            emit(j, stack + (i,))
    seen.add(i)
    out.append(blocks[i][2])
for i in range(len(blocks)):
    emit(i)
print('\n'.join(out))
