#!/usr/bin/env bash
# Crash check for --resume: starts a batch, kills it with SIGKILL after a few seconds, checks
# that every journaled item has all its files, then resumes and checks that every item is made
# exactly once and no temporary file is left.
#
# Usage: bench/batch-kill.sh [JAR] [ITEMS] [SECONDS]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$here/target/l2m.jar}"
n="${2:-200}"
after="${3:-8}"
work="$(mktemp -d)"
for i in $(seq 1 "$n"); do
  printf '{"id":"song %04d","lyrics":"Line number %d of the song\\nand the river keeps on running"}\n' "$i" "$i"
done > "$work/in.jsonl"

java -jar "$jar" batch "$work/in.jsonl" -o "$work/out" --jobs 2 -q --log-file "$work/log.txt" &
pid=$!
sleep "$after"
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

journaled=$(grep -c '"status":"ok"' "$work/out/.l2m-batch.journal" || true)
temps=$(find "$work/out" -name '.l2m-*.tmp' | wc -l)
missing=0
while read -r name; do
  for ext in mid musicxml; do
    [ -s "$work/out/$name.$ext" ] || missing=$((missing + 1))
  done
done < <(grep '"status":"ok"' "$work/out/.l2m-batch.journal" | sed 's/.*"name":"\([^"]*\)".*/\1/')
echo "killed after ${after}s: $journaled items journaled, $missing of their files missing, $temps temp files left"

java -jar "$jar" batch "$work/in.jsonl" -o "$work/out" --jobs 2 --resume -q --json --log-file "$work/log.txt" > "$work/resume.json"
echo "resume: $(cat "$work/resume.json")"
mids=$(find "$work/out" -name '*.mid' | wc -l)
xmls=$(find "$work/out" -name '*.musicxml' | wc -l)
temps=$(find "$work/out" -name '.l2m-*.tmp' | wc -l)
echo "after resume: $mids .mid, $xmls .musicxml for $n items, $temps temp files"
[ "$mids" = "$n" ] && [ "$xmls" = "$n" ] && [ "$temps" = 0 ] && [ "$missing" = 0 ] && echo PASS || { echo FAIL; exit 1; }
rm -rf "$work"
