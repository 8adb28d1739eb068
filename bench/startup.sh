#!/usr/bin/env bash
# Start-up benchmark: wall time of one offline song (`--lyrics ... --out`) next to a Java
# hello-world on the same machine, and peak RSS. The commands run interleaved, in a shuffled order
# each round, so that load from elsewhere hits them all alike; the report gives the median and the
# quartiles of each, and the median as a multiple of hello-world's.
#
# Usage: bench/startup.sh [ROUNDS]   (default 40)
# Measures what exists of: the plain jar (target/l2m.jar, `java -jar`), the source launcher
# (./l2m) and the installed app-image (target/jpackage/l2m/bin/l2m, from scripts/package.sh).
# Env:   APP=path/to/bin/l2m to measure another installation (e.g. APP=/usr/bin/l2m).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time" >&2; exit 2; }

# hello-world, compiled here so that it runs on the same java as the plain jar
mkdir -p "$work/hello" "$work/out"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
(cd "$work/hello" && jar cf hello.jar Hello.class)

# every command gets the song's arguments; hello-world ignores them
song=(--lyrics "Twinkle twinkle little star" --out star --output-dir "$work/out" --force)
names=(hello)
cmds=("java -cp $work/hello/hello.jar Hello")
if [ -f "$here/target/l2m.jar" ]; then
  names+=("java -jar")
  cmds+=("java -jar $here/target/l2m.jar")
fi
if [ -f "$here/target/l2m.jar" ] && [ -x "$here/l2m" ]; then
  names+=(./l2m)
  cmds+=("$here/l2m")
fi
app="${APP:-$here/target/jpackage/l2m/bin/l2m}"
if [ -x "$app" ]; then
  names+=("installed")
  cmds+=("$app")
fi

run() {   # run INDEX: one timed run, prints milliseconds
  local i="$1" start end
  start=$(date +%s%N)
  ${cmds[$i]} "${song[@]}" >/dev/null 2>&1 </dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# one untimed run each: builds ./l2m's class-data archive, fills the page cache
for i in "${!cmds[@]}"; do run "$i" >/dev/null; done

for ((r = 0; r < rounds; r++)); do
  for i in $(shuf -e "${!cmds[@]}"); do
    echo "$(run "$i")" >> "$work/times.$i"
  done
done

quartile() {   # quartile FILE Q: the Q-th quartile (1, 2 or 3) of the numbers in FILE
  sort -n "$1" | awk -v q="$2" '{ v[NR] = $1 } END { i = int(NR * q / 4 + 0.5); if (i < 1) i = 1; print v[i] }'
}

hello_median="$(quartile "$work/times.0" 2)"
printf '%-10s %8s %8s %8s %9s %9s\n' "" "median" "p25" "p75" "x hello" "peak RSS"
for i in "${!cmds[@]}"; do
  /usr/bin/time -o "$work/rss" -f '%M' ${cmds[$i]} "${song[@]}" >/dev/null 2>&1 </dev/null
  rss="$(tail -1 "$work/rss")"
  med="$(quartile "$work/times.$i" 2)"
  printf '%-10s %6s ms %5s ms %5s ms %8sx %6s MB\n' "${names[$i]}" "$med" \
    "$(quartile "$work/times.$i" 1)" "$(quartile "$work/times.$i" 3)" \
    "$(awk -v a="$med" -v b="$hello_median" 'BEGIN { printf "%.1f", a / b }')" \
    "$(( rss / 1024 ))"
done
echo "($rounds rounds on $(nproc) cores; goal: installed within 3x hello, peak RSS under 100 MB)"
