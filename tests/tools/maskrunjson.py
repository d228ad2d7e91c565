#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints a run's JSON with what depends on time masked, so that two builds' runs of the same
fixed-seed scenario can be diffed: every timing, rate, share and latency figure becomes "T",
the series (its intervals depend on time) becomes the sums of its counts, started_at "T"."""
import json, os, sys

# Where two connections run side by side (the writer-queue's writer and its workers' reads),
# how many lock transitions each makes, and their order, depend on timing too.
LOCK_COUNTS = os.environ.get("MASK_LOCK_COUNTS") == "1"

TIMED_SUFFIXES = ("_s", "_ms", "_share", "per_s")
LATENCY = {"p50", "p90", "p99", "p999", "max"}

def mask(x, key=""):
    if isinstance(x, dict):
        out = {}
        for k, v in x.items():
            if k == "series" and isinstance(v, list):
                sums = {}
                for p in v:
                    for name in ("ops", "tx", "errors", "retries", "failed_tx", "busy_events"):
                        sums[name] = sums.get(name, 0) + p.get(name, 0)
                out[k] = {"sums": sums}
            elif k == "seconds_in" or k == "started_at":
                out[k] = "T"
            elif k == "lock_timeline" and isinstance(v, list):
                out[k] = sorted((mask(c) for c in v), key=lambda c: str(c.get("worker")))
                if LOCK_COUNTS:
                    for c in out[k]:
                        c["transitions"] = c["busy_attempts"] = "T"
            elif k.endswith(TIMED_SUFFIXES) and isinstance(v, (int, float)) and not isinstance(v, bool):
                out[k] = "T"
            elif key.endswith("latency_ms") and k in LATENCY:
                out[k] = "T"
            else:
                out[k] = mask(v, k)
        return out
    if isinstance(x, list):
        return [mask(v, key) for v in x]
    return x

print(json.dumps(mask(json.load(open(sys.argv[1]))), indent=1, sort_keys=False))
