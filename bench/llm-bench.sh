#!/bin/sh
# LLM client benchmark (issue #5). Usage: bench/llm-bench.sh [calls] [batch]
set -eu
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
exec java -XX:+UseSerialGC -cp "$(bench/classpath.sh)" bench/LlmBench.java "$@"
