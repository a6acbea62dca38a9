#!/usr/bin/env python3
"""wdk_extract.py HEADER... -- NAME...: the top-level declarations of the
WDK's HEADERs that define NAMEs, comment-free, in header order, for the
supplement (docs/supplement.md says how its generated parts were made).

Taken: macros, typedefs (structs, unions, enums, function and pointer types),
routine prototypes, COM interfaces (DECLARE_INTERFACE_ blocks), DECLARE_HANDLE, DEFINE_GUID and DEFINE_GUIDSTRUCT with each GUID's STATIC_
value, and every forward `struct X;`. Inside a declaration only the first
branch of a conditional is kept; inline function bodies are skipped. An enum
MinGW-w64 already has gets only the wanted enumerators, with their values.
A name defined by two headers is taken from the first.

A NAME written +NAME is taken even where a MinGW-w64 header mentions it (a
header that uses a type it never declares).

Environment: LIST=1 prints the NAMEs the HEADERs define (what a names list
under tools/supplement/names/ keeps; with CLOSURE=1 also what they use)
instead of declarations; CLOSURE=1 also takes everything the chosen declarations use,
transitively, that MinGW-w64 lacks; MINGW_ONLY="ddk ks.h ..." limits that
check to the MinGW-w64 headers the supplement really includes (default: all
of /usr/x86_64-w64-mingw32/include, or MINGW_HDRS); HAVE_DIRS adds folders
whose headers count as MinGW-w64's (the supplement), but the files named in
HAVE_EXCLUDE (the header being rewritten).

Nothing of the WDK is kept in the repository but what it writes; run it
against a kit on your machine (e.g. tpn/winsdk-10's Include/10.0.16299.0)."""
import os, re, sys
if '--' in sys.argv:
    k = sys.argv.index('--'); HEADERS = sys.argv[1:k]; NAMES = sys.argv[k + 1:]
else:
    HEADERS = sys.argv[1:2]; NAMES = sys.argv[2:]
src = '\n'.join(open(h, encoding='latin-1').read().replace('\r', '') for h in HEADERS if os.path.exists(h))
# comments in one pass, whichever opens first (`//****` is not a block comment), strings kept
src = re.sub(r'"(?:\\.|[^"\\\n])*"|//[^\n]*|/\*.*?\*/', lambda m: m.group(0) if m.group(0)[0] == '"' else ' ', src, flags=re.S)
lines = src.split('\n')
chunks = []   # (names, text)
i = 0; buf = []; depth = 0
def names_of(text):
    t = text.strip()
    t = re.sub(r'^(?:\s*(?:_\w+_|__drv_\w+)\s*(?:\((?:[^()]|\([^()]*\))*\))?\s*)+(?=typedef\b)', '', t)   # SAL before typedef
    m = re.match(r'#\s*define\s+(\w+)', t)
    if m: return {m.group(1)}
    if t.startswith('#'): return set()
    m = re.match(r'DECLARE_HANDLE\(\s*(\w+)\s*\)', t)
    if m: return {m.group(1)}
    m = re.match(r'DEFINE_GUID\(\s*(\w+)\s*,', t)
    if m: return {m.group(1)}
    m = re.match(r'DEFINE_GUIDSTRUCT\(\s*"[^"]*"\s*,\s*(\w+)\)', t)
    if m: return {m.group(1)}
    m = re.match(r'DECLARE_INTERFACE_?\(\s*(\w+)', t)
    if m: return {m.group(1)}   # a COM interface (portcls.h): the whole block
    if not re.match(r'(typedef|struct|union|enum)\b', t) and t.endswith(');'):
        p = re.sub(r'\b_\w+_\s*\((?:[^()]|\([^()]*\))*\)|\b__drv_\w+\s*\((?:[^()]|\([^()]*\))*\)|__declspec\s*\([^()]*\)|\bDECLSPEC_\w+\s*(?:\([^()]*\))?', ' ', t)
        m = re.match(r'[\w\s*]*?\b(\w+)\s*\(', p)
        if m: return {m.group(1)}   # a routine's prototype
    ns = set()
    if re.search(r'\benum\b', t):
        body = t[t.find('{')+1:t.rfind('}')] if '{' in t else ''
        for part in body.split(','):
            m = re.match(r'\s*(\w+)', part)
            if m: ns.add(m.group(1))
    if t.startswith('typedef') and '{' not in t:
        tail = re.sub(r'\b_\w+_\s*\((?:[^()]|\([^()]*\))*\)|\b_\w+_\b|\b__drv_\w+(?:\((?:[^()]|\([^()]*\))*\))?', ' ', t[len('typedef'):])   # SAL
        m = re.search(r'\(\s*\w*\s*\*?\s*(\w+)\s*\)\s*\(', tail) or re.match(r'[\w\s]*?\b(\w+)\s*\(', tail)
        if m: return {m.group(1)}   # a function type: its parameters are not names it defines
    if t.startswith('typedef'):
        tail = t[t.rfind('}')+1:] if '}' in t else t[len('typedef'):]
        m = re.search(r'\(\s*\w*\s*\*?\s*(\w+)\s*\)\s*\(', tail)
        if m and '}' not in t: ns.add(m.group(1))
        m = re.match(r'[\w\s]*?\b(\w+)\s*\(', tail)   # typedef ULONG NAME (args): a function type
        if m and '}' not in t: ns.add(m.group(1))
        for m in re.finditer(r'(\w+)\s*(?:\[[^\]]*\])?\s*[,;]', tail):
            ns.add(m.group(1))
        m = re.search(r'\b(?:struct|union|enum)\s+(\w+)', t)
        if m and '{' in t: ns.add(m.group(1))   # a tag only named (typedef struct _X Y;) is not defined here
    elif re.match(r'(struct|union|enum)\s+\w+', t):
        ns.add(re.match(r'(?:struct|union|enum)\s+(\w+)', t).group(1))
    return ns
cond = []   # per open #if: is this branch taken (only the first branch is)
while i < len(lines):
    l = lines[i]
    d = re.match(r'\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b', l)
    if d:
        k = d.group(1)
        if k.startswith('if'): cond.append(True)
        elif k == 'endif': cond and cond.pop()
        elif cond: cond[-1] = False
        i += 1; continue
    if not all(cond):
        i += 1; continue
    if depth == 0 and l.strip().startswith('#'):
        t = l
        while t.endswith('\\') and i + 1 < len(lines):
            i += 1; t = t[:-1] + ' ' + lines[i].strip()
        chunks.append((names_of(t), t.strip())); i += 1; continue
    if re.match(r'\s*#\s*define\b', l):
        t = l.strip()   # a macro inside a declaration (mpiodisk.h's values): a macro of its own
        while t.endswith('\\') and i + 1 < len(lines):
            i += 1; t = t[:-1] + ' ' + lines[i].strip()
        chunks.append((names_of(t), t)); i += 1; continue
    if l.strip().startswith('#'):
        i += 1; continue   # other directives inside a declaration: dropped
    if re.match(r'\s*extern\s+"C"\s*\{?\s*$', l) or (depth == 0 and not buf and l.strip() in ('{', '}', '};')):
        i += 1; continue   # extern "C" blocks: not declarations
    buf.append(l); depth = max(0, depth + l.count('{') - l.count('}'))
    if depth == 0 and buf and l.rstrip().endswith('}') and not re.match(r'\s*(typedef|struct|union|enum)\b', buf[0] if buf[0].strip() else (buf[1] if len(buf) > 1 else '')):
        buf = []   # a function body (inline helpers): not a declaration we take
        i += 1; continue
    if depth == 0 and ';' in l:
        t = '\n'.join(buf).strip(); buf = []
        if t: chunks.append((names_of(t), t))
    i += 1
import os, subprocess
MINGW = os.environ.get('MINGW_HDRS', '/usr/x86_64-w64-mingw32/include')
def in_mingw(name):
    only = os.environ.get('MINGW_ONLY')   # the MinGW-w64 headers the supplement really includes
    where = [os.path.join(MINGW, x) for x in only.split()] if only else [MINGW]
    r = subprocess.run(['grep', '-Rlw', '--include=*.h', '--exclude=winioctl.h', name] + where, capture_output=True, text=True)
    have = os.environ.get('HAVE_DIRS', '').split()   # the supplement's other headers count too
    skip = ['--exclude=' + x for x in os.environ.get('HAVE_EXCLUDE', '').split()]   # but the one being written
    defines = r'(#\s*define\s+N\b|(\w\s+|\*\s*)N\s*(\[[^]]*\])?\s*[,;=]|}\s*N\b|\(\s*\w*\s*\*?\s*N\s*\)\s*\(|\b(struct|union|enum)\s+N\s*\{|^\s*N\s*\()'.replace('N', name)
    s = subprocess.run(['grep', '-RlE', '--include=*.h'] + skip + [defines] + have, capture_output=True, text=True) if have else r   # defined there, not only used
    return bool(r.stdout.strip() or s.stdout.strip())
def enum_values(t):
    body = t[t.find('{')+1:t.rfind('}')]
    out = []; nxt = '0'
    for part in body.split(','):
        part = part.strip()
        if not part: continue
        m = re.match(r'(\w+)\s*(?:=\s*(.+))?$', part, re.S)
        if not m: continue
        v = m.group(2).strip() if m.group(2) else nxt
        out.append((m.group(1), v)); nxt = '(%s) + 1' % v if not re.match(r'^\d+$', v) else str(int(v) + 1)
    return out
FORCED = {n[1:] for n in NAMES if n.startswith('+')}   # +NAME: MinGW-w64 only uses it (portcls.h the KSRTAUDIO_ types)
NAMES = [n.lstrip('+') for n in NAMES]
want = set(NAMES); want |= {'STATIC_' + n for n in want} | {'_' + n for n in want}
_mingw = {}
def in_mingw_cached(n):
    if n in FORCED or '_' + n in FORCED: return False
    if n not in _mingw: _mingw[n] = in_mingw(n)
    return _mingw[n]
if os.environ.get('CLOSURE'):
    # what the wanted declarations use (field types, macros in their values) comes along
    defs = {}
    for idx, (ns, t) in enumerate(chunks):
        if re.match(r'(struct|union)\s+\w+\s*;$', t): continue
        for n in ns: defs.setdefault(n, idx)
    pick = set(); todo = [n for n in want if n in defs]
    while todo:
        idx = defs[todo.pop()]
        if idx in pick: continue
        pick.add(idx)
        for tok in set(re.findall(r'\b[A-Za-z_]\w*\b', chunks[idx][1])):
            if tok in defs and defs[tok] not in pick and not in_mingw_cached(tok): todo.append(tok)
    want |= {n for idx in pick for n in chunks[idx][0]}
if os.environ.get('LIST'):
    # the NAMEs these headers define: the short list to keep (tools/supplement/names/)
    defined = set().union(*(ns for ns, _ in chunks))
    listed = set(NAMES) | (want if os.environ.get('CLOSURE') else set())   # with CLOSURE: what they use too
    print('\n'.join(sorted(n for n in listed if n in defined and not n.startswith('STATIC_')))); sys.exit(0)
seen = set(); done = {'macro': set(), 'decl': set()}
for ns, t in chunks:
    if re.match(r'(struct|union)\s+\w+\s*;$', t) and t not in seen:
        seen.add(t); print(t + '\n'); continue   # forward declarations: harmless, and prototypes need them
    kind = 'macro' if t.startswith('#') else 'decl'
    if ns & want and t not in seen and not (ns & done[kind]):
        seen.add(t)
        if kind == 'macro' or '{' in t:
            done[kind].update(ns)   # the second header defining it (storport.h and scsi.h) is skipped
        if re.search(r'\benum\b', t) and '{' in t:
            tn = [n for n in ns if n not in dict(enum_values(t))]
            if not ns & FORCED and any(in_mingw_cached(n) for n in tn):
                # MinGW-w64 has this enum without these enumerators: add them alone
                vals = [(n, v) for n, v in enum_values(t) if n in want and not in_mingw_cached(n)]
                if vals: print('enum { ' + ', '.join('%s = %s' % nv for nv in vals) + ' };\n')
                continue
        if os.environ.get('CLOSURE') and not ns & FORCED and any(in_mingw_cached(n) for n in ns):
            continue   # MinGW-w64 declares it already
        print(t + '\n')
