#!/usr/bin/env python3
"""Ratchet over a conformance corpus.

Runs every case NAME.py of --dir through `CLI run [FLAGS] NAME.py` (cwd = the
corpus dir), compares exit status and normalized transcript with NAME.rc and
NAME.out (the shared normalizer when it exists beside us, else our copy), and
fails only when a case that is not listed in --known fails. Listed cases that
now pass are reported so the list can be shortened.
Prints 'conformance NAME: P/N pass' on its own line.
"""
import argparse, difflib, os, shlex, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from normalize import normalize

ap = argparse.ArgumentParser()
ap.add_argument('--cli', required=True)
ap.add_argument('--dir', required=True)
ap.add_argument('--known', required=True)
ap.add_argument('--timeout', type=float, default=30)
ap.add_argument('--shrink', action='store_true',
                help='rewrite --known without the cases that now pass (never adds any)')
a = ap.parse_args()

known = set()
if os.path.exists(a.known):
    known = {l.strip() for l in open(a.known) if l.strip() and not l.startswith('#')}
cases = sorted(f[:-3] for f in os.listdir(a.dir)
               if f.endswith('.py') and os.path.exists(os.path.join(a.dir, f[:-3] + '.out')))
passed, bad, fixed = 0, [], []
for name in cases:
    p = lambda ext: os.path.join(a.dir, name + ext)
    flags = open(p('.flags')).read().split() if os.path.exists(p('.flags')) else []
    want = normalize(open(p('.out')).read())
    want_rc = int(open(p('.rc')).read().strip()) if os.path.exists(p('.rc')) else 0
    try:
        r = subprocess.run([a.cli, 'run'] + flags + [name + '.py'], cwd=a.dir,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=a.timeout)
        got, rc = normalize(r.stdout.decode('utf-8', 'replace')), r.returncode
    except subprocess.TimeoutExpired:
        got, rc = '[timeout]\n', -1
    ok = got == want and rc == want_rc
    if ok:
        passed += 1
        if name in known:
            fixed.append(name)
    elif name not in known:
        bad.append(name)
        print(f'--- FAIL {name}: rc {rc} (want {want_rc})')
        d = list(difflib.unified_diff(want.splitlines(), got.splitlines(), 'cpython', 'aioplay', lineterm='', n=1))
        print('\n'.join(d[:30]))
corpus = os.path.basename(os.path.normpath(a.dir))
if a.shrink and fixed and os.path.exists(a.known):
    keep = [l for l in open(a.known) if l.strip() not in fixed]
    open(a.known, 'w').write(''.join(keep))
    print(f'{os.path.basename(a.known)}: removed {len(fixed)} now-passing cases')
if fixed:
    print(f'now passing, remove from {os.path.basename(a.known)}: {" ".join(fixed)}')
print(f'conformance {corpus}: {passed}/{len(cases)} pass ({len(known)} known failing)')
sys.exit(1 if bad else 0)
