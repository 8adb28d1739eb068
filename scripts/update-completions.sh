#!/usr/bin/env bash
# Refreshes the checked-in completions/ and docs/l2m.1 from the command model. Every build writes
# them into target/generated-docs (that is what the packages ship); CompletionsTest and
# ManPageTest fail until this is run after an option changes, so the checked-in copies never
# drift from the commands.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -q -B -Dstyle.color=never -DskipTests package)
cp "$here/target/generated-docs/l2m.bash" "$here/completions/l2m.bash"
cp "$here/target/generated-docs/_l2m" "$here/completions/_l2m"
cp "$here/target/generated-docs/l2m.1" "$here/docs/l2m.1"
echo "updated completions/l2m.bash, completions/_l2m and docs/l2m.1" >&2
