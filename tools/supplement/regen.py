#!/usr/bin/env python3
"""regen.py KIT [HEADER...]: rewrites the generated part of the supplement
headers listed in GENERATED (all, or the HEADERs named) from a WDK kit on
this machine (KIT = its Include/10.0.16299.0): the lines between
`/* wdk_extract.py: begin */` and `/* wdk_extract.py: end */` become
wdk_extract.py's output (CLOSURE=1) for the names in
tools/supplement/names/HEADER.txt. The names lists are grown from the errors
of real sources (docs/supplement.md); the kit itself stays out of the
repository."""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
INCLUDE = os.path.join(HERE, '..', '..', 'analyzer', 'wdk', 'include')
# header: the kit headers its names come from, first match wins
GENERATED = {
    'dsm.h': ['km/dsm.h'],
    'mpiodisk.h': ['km/mpiodisk.h'],
    'ntddscsi.h': ['shared/ntddscsi.h'],
    'pt_wdm_gen.h': ['km/wdm.h'],
    'pt_scsi_gen.h': ['shared/scsi.h'],
    'pt_ksaudio_gen.h': ['shared/ksmedia.h', 'shared/ks.h'],
    'pt_kscamera_gen.h': ['shared/ksmedia.h', 'shared/ks.h'],
    'pt_portcls_gen.h': ['km/portcls.h'],
    'MsApoFxProxy.h': ['shared/msapofxproxy.h'],
    'batclass.h': ['shared/poclass.h', 'shared/batclass.h'],
    'pt_batclass_gen.h': ['shared/batclass.h'],
    'pt_ntddk_gen.h': ['km/ntddk.h'],
    'pt_ntifs_gen.h': ['km/ntifs.h'],
    'pt_fltkernel_gen.h': ['km/fltKernel.h'],
    'pt_ndis_gen.h': ['km/ndis.h'],
    'TrustedRuntimeClx.h': ['shared/trustedrt.h', 'km/trustedruntimeclx.h'],   # the order the kit includes them
    'TrEEVariableService.h': ['km/treevariableservice.h'],
}
# the MinGW-w64 headers that count as present, where not all of them do
MINGW_ONLY = {
    'batclass.h': 'ddk batclass.h',   # kernel code gets ddk/poclass.h, not the user-mode one
    'pt_batclass_gen.h': 'ddk batclass.h',
    # our ndis.h replaces MinGW-w64's ddk/ndis.h (and so its netpnp.h)
    'pt_ndis_gen.h': 'ddk/wdm.h ddk/ntddk.h ddk/ntddndis.h ntddndis.h netevent.h ntdef.h winnt.h',
}
BEGIN, END = '/* wdk_extract.py: begin */', '/* wdk_extract.py: end */'


def generate(kit, header):
    names = open(os.path.join(HERE, 'names', header + '.txt')).read().split()
    kit_headers = [os.path.join(kit, h) for h in GENERATED[header]]
    env = dict(os.environ, CLOSURE='1', HAVE_DIRS=INCLUDE, HAVE_EXCLUDE=header)
    if header in MINGW_ONLY:
        env['MINGW_ONLY'] = MINGW_ONLY[header]
    out = subprocess.run([sys.executable, os.path.join(HERE, 'wdk_extract.py')] + kit_headers + ['--'] + names,
                         env=env, capture_output=True, text=True, check=True).stdout
    out = '\n'.join(line.rstrip() for line in out.split('\n'))
    return re.sub(r'\n{3,}', '\n\n', out).strip('\n')


def main():
    kit = sys.argv[1]
    for header in sys.argv[2:] or sorted(GENERATED):
        path = os.path.join(INCLUDE, header)
        text = open(path).read()
        a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
        open(path, 'w').write(text[:a] + '\n' + generate(kit, header) + '\n' + text[b:])


if __name__ == '__main__':
    main()
