#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The cost of liblocklens-trace.so in a callgrind output file, per function of the library:
#   self      the instructions executed in the function itself
#   overhead  self + what it calls outside the library that SQLite would not have run anyway
#             (the accessors sqlite3_db_handle, sqlite3_stmt_busy, sqlite3_get_autocommit,
#             sqlite3_total_changes, sqlite3_sql, mutexes, libc, libstdc++ ...), i.e. all but
#             the call it wraps: the program's real sqlite3_step/prepare/finalize/open/close in
#             libsqlite3 and the default VFS's methods (unix*; shown as 0x... addresses since
#             Debian's libsqlite3 is stripped) that the lock shim forwards to
#   inclusive self + all its calls (callgrind_annotate --inclusive=yes)
# usage: tracecost.py FILE                   totals and the per-function table
#        tracecost.py --per-row ROWS1 FILE1 ROWS2 FILE2   the same as (FILE2 - FILE1)/(ROWS2 - ROWS1)
#        tracecost.py --callees FILE         every call from the library to another object
import re
import sys
from collections import defaultdict

LIB = 'liblocklens-trace.so'
WRAPPED = {'sqlite3_step', 'sqlite3_prepare', 'sqlite3_prepare_v2', 'sqlite3_prepare_v3',
           'sqlite3_prepare16', 'sqlite3_prepare16_v2', 'sqlite3_prepare16_v3', 'sqlite3_finalize',
           'sqlite3_open', 'sqlite3_open_v2', 'sqlite3_open16', 'sqlite3_close', 'sqlite3_close_v2'}


def wrapped(name, obj):
    base = name.split("'")[0]
    # libsqlite3 is stripped: its static VFS methods show as addresses (0x...)
    return 'libsqlite3' in obj and (base in WRAPPED or base.startswith(('unix', '0x')))


def parse(path):
    names, objs = {}, {}
    fnobj = {}
    selfc = defaultdict(int)
    calls = defaultdict(int)  # (caller, callee) -> inclusive cost
    ob = cob = fn = cfn = None
    pending_call = False
    total = 0
    comp = re.compile(r'\((\d+)\)(?: (.*))?')

    def name_of(table, v):
        m = comp.match(v)
        if not m:
            return v
        if m.group(2) is not None:
            table[m.group(1)] = m.group(2)
        return table[m.group(1)]

    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line[0] == '#':
                continue
            c = line[0]
            if c.isdigit() or c in '+-*':
                if pending_call:
                    parts = line.split()
                    calls[(fn, cfn)] += int(parts[1]) if len(parts) > 1 else 0
                    pending_call = False
                    cob = None
                else:
                    parts = line.split()
                    if len(parts) > 1 and fn is not None:
                        selfc[fn] += int(parts[1])
                continue
            if line.startswith(('summary:', 'totals:')):
                total = int(line.split(':')[1])
                continue
            key, _, val = line.partition('=')
            if key == 'ob':
                ob = name_of(objs, val)
            elif key == 'cob':
                cob = name_of(objs, val)
            elif key == 'fn':
                m = comp.match(val)
                fn = m.group(1) if m else val
                nm = name_of(names, val)
                fnobj.setdefault(fn, ob)
                names.setdefault(fn, nm)
            elif key == 'cfn':
                m = comp.match(val)
                cfn = m.group(1) if m else val
                name_of(names, val)
                fnobj.setdefault(cfn, cob if cob is not None else ob)
            elif key == 'calls':
                pending_call = True
    return names, fnobj, selfc, calls, total


def costs(path):
    names, fnobj, selfc, calls, total = parse(path)
    lib = {f for f, o in fnobj.items() if o and LIB in o}
    rows = {}
    for f in lib:
        rows[f] = [selfc[f], selfc[f], selfc[f]]
    callees = defaultdict(int)
    for (a, b), cost in calls.items():
        if a not in lib:
            continue
        rows[a][2] += cost
        if b in lib:
            continue
        if not wrapped(names[b], fnobj.get(b) or ''):
            rows[a][1] += cost
            callees[(names[a], names[b], fnobj.get(b) or '?')] += cost
    byname = defaultdict(lambda: [0, 0, 0])
    for f, (s, o, i) in rows.items():
        n = names[f]
        for k, v in enumerate((s, o, i)):
            byname[n][k] += v
    return total, dict(byname), callees


def short(name):
    name = re.sub(r'LockLens::(Trace|LockTrace)::\(anonymous namespace\)::', '', name)
    name = re.sub(r'\(.*', '', name) if not name.startswith('int tracePrepare') else 'tracePrepare<...>'
    return name[:70]


def main():
    a = sys.argv[1:]
    if a and a[0] == '--callees':
        _, _, callees = costs(a[1])
        for (x, y, o), c in sorted(callees.items(), key=lambda kv: -kv[1]):
            print('%12d  %-40s -> %s [%s]' % (c, short(x), short(y), o.split('/')[-1]))
        return
    if a and a[0] == '--per-row':
        r1, f1, r2, f2 = int(a[1]), a[2], int(a[3]), a[4]
        t1, c1, _ = costs(f1)
        t2, c2, _ = costs(f2)
        d = r2 - r1
        lib1 = sum(v[1] for v in c1.values())
        lib2 = sum(v[1] for v in c2.values())
        print('total %.1f Ir/row; library (self + its own calls) %.1f Ir/row' % ((t2 - t1) / d, (lib2 - lib1) / d))
        print('%-72s %9s %9s %11s' % ('function in ' + LIB + ', per row', 'self', 'overhead', 'inclusive'))
        keys = sorted(set(c1) | set(c2), key=lambda k: -(c2.get(k, [0, 0, 0])[1] - c1.get(k, [0, 0, 0])[1]))
        for k in keys:
            v1, v2 = c1.get(k, [0, 0, 0]), c2.get(k, [0, 0, 0])
            per = [(y - x) / d for x, y in zip(v1, v2)]
            if abs(per[1]) < 0.5 and abs(per[2]) < 0.5:
                continue
            print('%-72s %9.1f %9.1f %11.1f' % (short(k), *per))
        return
    total, c, _ = costs(a[0])
    print('total %d Ir; library %d Ir' % (total, sum(v[1] for v in c.values())))
    for k, v in sorted(c.items(), key=lambda kv: -kv[1][1]):
        if v[1] or v[2]:
            print('%-72s %12d %12d %14d' % (short(k), *v))


if __name__ == '__main__':
    main()
