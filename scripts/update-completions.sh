#!/usr/bin/env bash
# Regenerates completions/ from the command model. CompletionsTest fails until this is run after
# an option changes, so the shipped scripts never drift from the commands.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/l2m" completion bash > "$here/completions/l2m.bash"
"$here/l2m" completion zsh > "$here/completions/_l2m"
echo "updated completions/l2m.bash and completions/_l2m" >&2
