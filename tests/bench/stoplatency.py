#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How soon a Ctrl-C ends a run's load, whatever its batch.

Starts `locklens run` on a fresh database, sends SIGINT after --after seconds, and prints,
per repetition, how long after the signal the load ended (from the run's JSON: started_at
plus duration_s) and the process exited, then the medians. Prints figures, asserts nothing.

    tests/bench/stoplatency.py [--locklens build/dev/app/locklens] [--repeat 5] [--after 1.5]
        [-- RUN OPTIONS...]   (default: --batch 10000000 --ops 10000000)
"""
import argparse
import datetime
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time


def one(locklens, options, after, folder):
    db = os.path.join(folder, "stop.db")
    js = os.path.join(folder, "stop.json")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    # A child of a shell script or a background job may inherit SIGINT ignored: restore it.
    p = subprocess.Popen([locklens, "run", db, "--quiet", "--json", js] + options,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    signalled = time.time()
    p.send_signal(signal.SIGINT)
    status = p.wait()
    exited = time.time()
    with open(js) as f:
        run = json.load(f)
    started = datetime.datetime.fromisoformat(run["started_at"].replace("Z", "+00:00")).timestamp()
    load_end = started + run["summary"]["duration_s"]
    return (load_end - signalled) * 1000, (exited - signalled) * 1000, status, run["summary"].get("cut_short_tx")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--locklens", default="build/dev/app/locklens")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--after", type=float, default=1.5, help="seconds before the SIGINT")
    ap.add_argument("options", nargs="*", default=["--batch", "10000000", "--ops", "10000000"])
    args = ap.parse_args()
    ends, exits = [], []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.repeat):
            end, exit_ms, status, cut = one(args.locklens, args.options, args.after, folder)
            ends.append(end)
            exits.append(exit_ms)
            print(f"run {i + 1}: load ended {end:.0f} ms after SIGINT, process exited after {exit_ms:.0f} ms "
                  f"(status {status}, {cut} transactions cut short)")
    print(f"median: load ended {statistics.median(ends):.0f} ms, exited {statistics.median(exits):.0f} ms "
          f"after SIGINT ({args.repeat} runs; started_at has millisecond precision)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
