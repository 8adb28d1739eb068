#!/usr/bin/env bash
# Offline batch benchmark: throughput (items/s) for 1,000 lyrics with --jobs 1 and --jobs 2,
# and peak RSS for 1,000 and 10,000 items (memory must stay flat: inputs are streamed).
#
# Usage: bench/batch.sh [JAR]   (default: target/l2m.jar; build it with: mvn -B -o package -DskipTests)
# Env:   WORK=dir (default: a temp dir), SIZES="1000 10000", JAVA_OPTS="..."
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$here/target/l2m.jar}"
work="${WORK:-$(mktemp -d)}"
sizes="${SIZES:-1000 10000}"
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -o package -DskipTests' first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }

# N distinct lyrics of 4-8 lines, deterministic, as JSON Lines
make_input() {
  local n="$1" out="$2"
  awk -v n="$n" 'BEGIN {
    split("the river|my heart|a silver moon|the open road|your gentle hands|the morning light|a distant bell|the falling rain|an empty room|the summer wind", subj, "|");
    split("is calling me home|will carry us away|keeps turning round and round|remembers every word|is dancing in the dark|was never meant to stay|is singing soft and low|goes on and on tonight", pred, "|");
    srand(42);
    for (i = 1; i <= n; i++) {
      lines = 4 + int(rand() * 5); text = "";
      for (l = 1; l <= lines; l++) {
        s = subj[1 + int(rand() * 10)]; p = pred[1 + int(rand() * 8)];
        text = text (l > 1 ? "\\n" : "") toupper(substr(s, 1, 1)) substr(s, 2) " " p;
      }
      printf "{\"id\":\"song %05d\",\"lyrics\":\"%s\"}\n", i, text;
    }
  }' > "$out"
}

run() { # label input jobs
  local label="$1" input="$2" jobs="$3"
  local out="$work/out-$label"
  rm -rf "$out"
  /usr/bin/time -v -o "$work/time-$label.txt" \
    java ${JAVA_OPTS:-} -jar "$jar" batch "$input" -o "$out" --jobs "$jobs" -q --json \
      --log-file "$work/log-$label.txt" > "$work/result-$label.json"
  local ms items rss wall
  ms=$(sed -n 's/.*"elapsedMillis":\([0-9]*\).*/\1/p' "$work/result-$label.json")
  items=$(sed -n 's/.*"succeeded":\([0-9]*\).*/\1/p' "$work/result-$label.json")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$label.txt")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$label.txt")
  printf '%-12s items=%-6s jobs=%s  batch %7.1f s  %7.1f items/s  process wall %s  peak RSS %d MiB\n' \
    "$label" "$items" "$jobs" "$(echo "$ms / 1000" | bc -l)" "$(echo "$items * 1000 / $ms" | bc -l)" \
    "$wall" "$((rss / 1024))"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1)"
make_input 1000 "$work/1000.jsonl"
run "1000-j1" "$work/1000.jsonl" 1
run "1000-j2" "$work/1000.jsonl" 2
for n in $sizes; do
  [ "$n" = 1000 ] && continue
  make_input "$n" "$work/$n.jsonl"
  run "$n-j2" "$work/$n.jsonl" 2
done
echo "results in $work"
