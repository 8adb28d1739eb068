#!/usr/bin/env bash
# Regenerates completions/ and docs/l2m.1 from the command model. CompletionsTest and ManPageTest
# fail until this is run after an option changes, so the shipped files never drift from the
# commands.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/l2m" completion bash > "$here/completions/l2m.bash"
"$here/l2m" completion zsh > "$here/completions/_l2m"
java -cp "$here/target/l2m.jar" dev.l2m.cli.ManPage "$here/docs"
echo "updated completions/l2m.bash, completions/_l2m and docs/l2m.1" >&2
