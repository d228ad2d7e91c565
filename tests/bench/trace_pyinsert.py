# SPDX-License-Identifier: GPL-3.0-or-later
# A Python program of the kind `locklens trace` watches: THREADS threads, each with its own
# connection (timeout 30 s), inserting ROWS rows in BATCH-row transactions into one WAL
# database. Prints its own rows per second (the threads' work alone, not start-up).
# usage: python3 trace_pyinsert.py DATABASE [THREADS] [ROWS] [BATCH]
import sqlite3
import sys
import threading
import time

path = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 50000
batch = int(sys.argv[4]) if len(sys.argv) > 4 else 100

setup = sqlite3.connect(path)
setup.execute('PRAGMA journal_mode=WAL')
setup.execute('CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, worker INTEGER, v INTEGER)')
setup.commit()
setup.close()


def work(worker):
    c = sqlite3.connect(path, timeout=30, isolation_level=None)
    c.execute('PRAGMA synchronous=NORMAL')
    for start in range(0, rows, batch):
        c.execute('BEGIN IMMEDIATE')
        c.executemany('INSERT INTO t(worker, v) VALUES (?, ?)',
                      ((worker, v) for v in range(start, min(rows, start + batch))))
        c.execute('COMMIT')
    c.close()


began = time.monotonic()
ts = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('rows_per_s %.0f' % (threads * rows / (time.monotonic() - began)))
