#!/usr/bin/env bash
# Quality benchmark: sets the lyrics of real lead sheets with l2m and compares the results with
# the human melodies (see README.md "Evaluate and the quality benchmark" and docs/development.md "Benchmarks").
#
#   bench/quality.sh [DIR] [--seed N] [--work DIR] [--cli [--jobs N]] [--cmudict FILE]
#
# DIR defaults to ../shared/corpus/openewld-dev. For every score it extracts the lyrics (lines
# read off the score), sets them with l2m (offline, default options, the given seed), evaluates
# original and generated score, then prints a side-by-side table, corpus overlaps and the
# pass/fail of each target. By default the songs are made in one JVM with the same pipeline as
# `l2m generate`; --cli runs `l2m --lyrics-file ... --offline` once per song instead.
# Exit status: 0 all targets met, 3 some target missed, other = the benchmark itself failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus=""
seed=1
jobs=2
via_cli=0
work=""
cmudict="${L2M_CMUDICT:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --cli) via_cli=1; shift ;;
    --cmudict) cmudict="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "quality.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) corpus="$1"; shift ;;
  esac
done
if [[ -z "$corpus" ]]; then
  corpus="$here/../shared/corpus/openewld-dev"
  [[ -d "$corpus" ]] || corpus="/work/shared/corpus/openewld-dev"
fi
[[ -d "$corpus" ]] || { echo "quality.sh: no corpus folder at $corpus" >&2; exit 2; }
[[ "$seed" =~ ^[0-9]+$ ]] || { echo "quality.sh: --seed takes a whole number" >&2; exit 2; }
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "quality.sh: --jobs takes a positive number" >&2; exit 2; }

jar="${L2M_JAR:-$here/target/l2m.jar}"
tests="$here/target/test-classes"
if [[ ! -f "$jar" || ! -f "$tests/dev/l2m/bench/QualityBench.class" ]]; then
  echo "building l2m (mvn -o package -DskipTests)..." >&2
  (cd "$here" && mvn -q -B -o package -DskipTests) >&2
fi

# Stress digits come from l2m's bundled pronouncing dictionary; --cmudict FILE (the CMU text
# format or the npm package's index.js) uses another one instead.
stress_args=()
if [[ -n "$cmudict" ]]; then
  [[ -f "$cmudict" ]] || { echo "quality.sh: no dictionary file at $cmudict" >&2; exit 2; }
  stress_args=("$cmudict")
fi

if [[ -z "$work" ]]; then
  work="$(mktemp -d "${TMPDIR:-/tmp}/l2m-quality.XXXXXX")"
fi
mkdir -p "$work/generated"
bench=(java -XX:TieredStopAtLevel=1 -cp "$tests:$here/target/classes:$jar" dev.l2m.bench.QualityBench)

"${bench[@]}" extract "$corpus" "$work" >&2

if [[ "$via_cli" == 1 ]]; then
  # One l2m run per song, $jobs at a time; a failing song is recorded, not fatal.
  export jar work seed
  cut -f1 "$work/songs.tsv" | xargs -P "$jobs" -I{} sh -c '
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" --lyrics-file "$work/lyrics/{}.txt" \
      --out "{}" -o "$work/generated" --seed "$seed" --offline --force -q --format musicxml \
      >"$work/generated/{}.log" 2>&1 || echo "l2m failed on {} (see $work/generated/{}.log)" >&2
  '
else
  "${bench[@]}" generate "$work" "$seed" >&2
fi

echo "work folder: $work" >&2
"${bench[@]}" report "$work" "${stress_args[@]}"
