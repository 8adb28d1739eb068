#!/usr/bin/env bash
# Held-out accuracy of the spelling rules, and load time, heap and lookup speed of the bundled
# pronouncing dictionary. Usage: bench/syllables.sh   (from the project root or anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
java -Xshare:auto -cp target/classes:target/test-classes dev.l2m.lyrics.SyllableBenchmark
