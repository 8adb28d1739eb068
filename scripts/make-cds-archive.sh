#!/bin/sh
# Makes l2m's class-data archive (static AppCDS) from one training run, a short offline song: the
# classes a song needs, parsed and verified ahead of time. Static, because JDK 17's dynamic
# archives cannot hold picocli's classes (compiled for Java 5). ./l2m uses it for target/l2m.jsa;
# the installed app ships a copy (lib/make-cds-archive) that its lib/l2m-cds runs after install,
# because an archive only works at the path it was made for. The training run sees none of the
# user's settings and writes only into a temporary folder. Exits non-zero when no archive could
# be made; a run without one is only slower.
#
# usage: make-cds-archive.sh JAVA JAR ARCHIVE [JVM-OPTION...]
#   the JVM options must be the ones l2m then runs with (minus -Xshare and -Xlog)
set -e
java="$1"
jar="$2"
archive="$3"
shift 3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
cd "$work"
# the locale stays: without it the JVM takes other paths (charsets, number formats) than a user's
env -i PATH="$PATH" HOME="$work" L2M_LOG_DIR="$work/logs" \
  ${LANG:+LANG="$LANG"} ${LC_ALL:+LC_ALL="$LC_ALL"} ${LC_CTYPE:+LC_CTYPE="$LC_CTYPE"} \
  "$java" "$@" -Xshare:off -XX:DumpLoadedClassList="$work/classlist" -cp "$jar" dev.l2m.cli.Main \
  --lyrics "Twinkle twinkle little star\nhow I wonder what you are" \
  --out train --output-dir "$work" --offline -q >/dev/null 2>&1 </dev/null
"$java" "$@" -Xshare:dump -XX:SharedClassListFile="$work/classlist" \
  -XX:SharedArchiveFile="$work/l2m.jsa" -cp "$jar" >/dev/null 2>&1 </dev/null
chmod 644 "$work/l2m.jsa"
mv -f "$work/l2m.jsa" "$archive"
