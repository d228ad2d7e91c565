#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the same fixed-seed scenarios with two locklens binaries and diffs their JSON with the
# timings masked (maskrunjson.py); the raw JSON files are kept in OUTDIR.
# usage: tests/tools/fixedseed.sh OLD_LOCKLENS NEW_LOCKLENS OUTDIR   (exit 0: every case the same)
# e.g. a build of an older commit in a worktree against build/dev/app/locklens
here=$(cd "$(dirname "$0")" && pwd)
old=$(realpath "$1"); new=$(realpath "$2"); out=$3; rm -rf $out; mkdir -p $out; cd $out
common="--workers 1 --ops 3000 --mix insert=60,update=20,delete=10,read=5,range=5 --seed 7"
declare -A cases=(
  [per-thread]="--strategy per-thread --batch 10"
  [shared]="--strategy shared"
  [writer-queue]="--strategy writer-queue"
  [pool]="--strategy pool"
  [split]="--strategy split --split-files 3 --tx deferred"
  [rollback-full]="--journal delete --synchronous full --tx exclusive"
  [autocommit]="--tx autocommit"
  [prefill-payload]="--prefill 5000 --payload 300"
  [qt-driver]="--driver qt"
)
status=0
for name in "${!cases[@]}"; do
  for side in old new; do
    bin=${!side}; rm -rf db; mkdir db
    $bin run db/load.db $common ${cases[$name]} --json $name-$side.json > $name-$side.out 2>&1
    echo $? > $name-$side.rc
    lc=0; [ $name = writer-queue ] && lc=1
    MASK_LOCK_COUNTS=$lc python3 "$here/maskrunjson.py" $name-$side.json > $name-$side.masked
  done
  if cmp -s $name-old.rc $name-new.rc && cmp -s $name-old.masked $name-new.masked; then
    echo "$name: same (exit $(cat $name-new.rc), $(wc -c < $name-new.json) bytes)"
  else
    echo "$name: DIFFERENT"; diff $name-old.masked $name-new.masked | head -20; status=1
  fi
done
exit $status
