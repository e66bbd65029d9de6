#!/usr/bin/env python3
"""make bench: time aioplay against CPython 3.11 on the same scripts.

Each bench/NAME.py runs under both interpreters, side by side in this one
run, best of --repeat runs: `aioplay run NAME.py` and the real CPython
binary (sys.executable resolved through realpath, not the pyenv shim that
adds ~0.3 s per start). Asyncio scripts run under CPython through the
reference virtual-clock runner (../shared/tools/vclock_run.py) so that
both sides sleep on a virtual clock; without it, CPython would wait for
real. Prints, per script: both times, the ratio CPython/aioplay (above 1
means aioplay is faster), the same ratio once each interpreter's start-up
(an empty script's run) is taken off ("compute"), both peak memories, and
whether both printed the same output. Exits non-zero when outputs differ.

A script with a line `SCALE = 1` also runs as NAME_large, a copy with
`SCALE = 4`: four times the work, where start-up weighs less and the Go
collector, whose cost grows with the heap, more.
"""
import argparse, os, re, resource, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument('--cli', required=True)
ap.add_argument('--dir', default=os.path.join(os.path.dirname(__file__), '..', 'bench'))
ap.add_argument('--shared', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared'))
ap.add_argument('--repeat', type=int, default=5)
a = ap.parse_args()

python = os.path.realpath(sys.executable)
vclock = os.path.abspath(os.path.join(a.shared, 'tools', 'vclock_run.py'))

def measure(cmds):
    """Runs each (command, directory) of cmds --repeat times, taking turns
    (so that a busy moment of the machine falls on all of them alike), and
    returns each one's best time and its output."""
    best, outs = [None] * len(cmds), [None] * len(cmds)
    for _ in range(a.repeat):
        for i, (cmd, cwd) in enumerate(cmds):
            t0 = time.perf_counter()
            p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            dt = time.perf_counter() - t0
            best[i] = dt if best[i] is None else min(best[i], dt)
            outs[i] = p.stdout
    return best, outs

def peak_rss(cmd, cwd):
    # A fresh Python process reports its own children's peak exactly.
    code = ("import resource,subprocess,sys;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    r = subprocess.run([python, '-c', code] + cmd, cwd=cwd, stdout=subprocess.PIPE)
    return int(r.stdout.strip() or 0)

# Each interpreter's start-up, measured on an empty script (an asyncio one
# for the asyncio benchmarks), so that the "compute" ratio compares the
# work itself: whole-process times flatter whichever starts faster.
import tempfile
emptydir = tempfile.mkdtemp()
open(os.path.join(emptydir, 'empty.py'), 'w').write('pass\n')
open(os.path.join(emptydir, 'empty_async.py'), 'w').write('import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n')
# The empty scripts run by turns with each benchmark (see measure): the
# start-up of CPython, some 25 ms, varies by a few ms from one moment to
# the next, as much as the small scripts' work itself.
empty = {
    'plain': ([os.path.abspath(a.cli), 'run', 'empty.py'], [python, 'empty.py']),
    'async': ([os.path.abspath(a.cli), 'run', 'empty_async.py'], [python, vclock, 'empty_async.py']),
}

# (row name, directory, file) for each run: the scripts, then the large
# copies of the scalable ones, written next to the empty scripts.
runs = []
for name in sorted(f for f in os.listdir(a.dir) if f.endswith('.py')):
    runs.append((name[:-3], a.dir, name))
    src = open(os.path.join(a.dir, name)).read()
    if re.search(r'^SCALE = 1\b', src, re.M):
        large = name[:-3] + '_large.py'
        open(os.path.join(emptydir, large), 'w').write(re.sub(r'^SCALE = 1\b', 'SCALE = 4', src, flags=re.M))
        runs.append((large[:-3], emptydir, large))
bad = 0
print(f"{'script':<18} {'aioplay':>9} {'cpython':>9} {'speedup':>8} {'compute':>8} {'mem aioplay':>12} {'mem cpython':>12}  same output")
for row, where, name in runs:
    src = open(os.path.join(where, name)).read()
    is_async = 'asyncio' in src
    ours = [os.path.abspath(a.cli), 'run', name]
    theirs = [python, vclock, name] if is_async else [python, name]
    e1, e2 = empty['async' if is_async else 'plain']
    (t1, t2, s1, s2), (o1, o2, _, _) = measure([(ours, where), (theirs, where), (e1, emptydir), (e2, emptydir)])
    m1, m2 = peak_rss(ours, where), peak_rss(theirs, where)
    same = o1 == o2
    bad += not same
    compute = max(t2 - s2, 1e-6) / max(t1 - s1, 1e-6)
    print(f"{row:<18} {t1:>8.3f}s {t2:>8.3f}s {t2 / t1:>7.2f}x {compute:>7.2f}x {m1 / 1024:>10.1f}MB {m2 / 1024:>10.1f}MB  {'yes' if same else 'NO'}")
    if not same:
        print('  aioplay:', o1[:200])
        print('  cpython:', o2[:200])
sys.exit(1 if bad else 0)
