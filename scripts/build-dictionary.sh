#!/usr/bin/env bash
# Regenerates src/main/resources/dev/l2m/lyrics/{cmudict,rules-groups,rules-stress}.txt.gz from
# the CMU Pronouncing Dictionary as packaged on npm (cmu-pronouncing-dictionary, ISC).
# Usage: scripts/build-dictionary.sh [path/to/index.js]   (downloads the npm package when absent)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/dev/l2m/lyrics"
source_js="${1:-}"
if [[ -z "$source_js" ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent cmu-pronouncing-dictionary@3.0.0 >/dev/null && tar xzf cmu-pronouncing-dictionary-3.0.0.tgz)
  source_js="$work/package/index.js"
fi
mkdir -p "$out"
python3 "$here/build_dictionary.py" "$source_js" "$out"
ls -l "$out"/*.txt.gz
