# SPDX-License-Identifier: GPL-3.0-or-later
# A web app's pattern that `locklens trace` must keep up with for hours: a connection per
# request. THREADS threads each serve REQUESTS requests; a request opens the database, inserts
# a row, commits and closes. Prints its own requests per second.
# usage: python3 trace_pyrequests.py DATABASE [THREADS] [REQUESTS]
import sqlite3
import sys
import threading
import time

path = sys.argv[1]
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
requests = int(sys.argv[3]) if len(sys.argv) > 3 else 5000

setup = sqlite3.connect(path)
setup.execute('PRAGMA journal_mode=WAL')
setup.execute('CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, worker INTEGER, v INTEGER)')
setup.commit()
setup.close()


def serve(worker):
    for i in range(requests):
        c = sqlite3.connect(path, timeout=30)
        c.execute('INSERT INTO t(worker, v) VALUES (?, ?)', (worker, i))
        c.commit()
        c.close()


start = time.monotonic()
pool = [threading.Thread(target=serve, args=(w,)) for w in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
elapsed = time.monotonic() - start
print('%d requests in %.2f s: %.0f requests/s' % (threads * requests, elapsed, threads * requests / elapsed))
