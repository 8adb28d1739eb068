#!/bin/sh
# Prints the runtime + test classpath of l2m's LLM client from the local Maven repository
# (the dependency plugin cannot resolve offline here). Run `mvn -q -B -o test-compile` first.
set -eu
R="${M2_REPO:-$HOME/.m2/repository}"
here=$(cd "$(dirname "$0")/.." && pwd)
cp="$here/target/classes:$here/target/test-classes"
for jar in \
  com/squareup/okhttp3/okhttp-jvm/5.5.1/okhttp-jvm-5.5.1.jar \
  com/squareup/okhttp3/mockwebserver3/5.5.1/mockwebserver3-5.5.1.jar \
  com/squareup/okio/okio-jvm/3.18.1/okio-jvm-3.18.1.jar \
  org/jetbrains/kotlin/kotlin-stdlib/2.1.21/kotlin-stdlib-2.1.21.jar \
  dev/failsafe/failsafe/3.3.2/failsafe-3.3.2.jar \
  com/fasterxml/jackson/core/jackson-databind/2.22.4/jackson-databind-2.22.4.jar \
  com/github/ben-manes/caffeine/caffeine/3.2.3/caffeine-3.2.3.jar \
  org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
  ch/qos/logback/logback-classic/1.5.21/logback-classic-1.5.21.jar \
  ch/qos/logback/logback-core/1.5.21/logback-core-1.5.21.jar; do
  cp="$cp:$R/$jar"
done
# jackson-core and jackson-annotations: whatever versions databind 2.22.4 resolved to
for a in jackson-core jackson-annotations; do
  j=$(ls "$R"/com/fasterxml/jackson/core/$a/2.22*/$a-2.22*.jar 2>/dev/null | grep -v sources | sort | tail -1)
  [ -z "$j" ] && j=$(ls "$R"/com/fasterxml/jackson/core/$a/*/$a-*.jar | grep -v sources | sort | tail -1)
  cp="$cp:$j"
done
echo "$cp"
