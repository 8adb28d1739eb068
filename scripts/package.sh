#!/usr/bin/env bash
# Builds the installable l2m: a trimmed Java runtime (jlink), an app-image with the native
# launcher (jpackage, target/jpackage/l2m/bin/l2m) and, on Debian/Ubuntu, a .deb. Not part of
# 'mvn verify' on purpose: CI stays fast. jpackage cannot cross-build; see README.md "Installing" for
# .rpm, macOS .pkg and Windows .msi.
#
# usage: scripts/package.sh [--no-build] [--type deb|rpm|app-image]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

build=1
type=deb
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --type) type="$2"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "package.sh: $tool not found: install a full JDK 17+" >&2; exit 3; }
done

if [[ $build -eq 1 || ! -f target/l2m.jar || ! -f target/generated-docs/l2m.1 ]]; then
  mvn -q -B -o -DskipTests -Djacoco.skip=true package
fi

# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
version="$(unzip -p target/l2m.jar dev/l2m/version.properties | sed -n 's/^version=//p' | tr -d '\r')"
app_version="${version%%-*}"

# Modules: what 'jdeps --print-module-deps --ignore-missing-deps --multi-release 17
# target/l2m.jar' reports, plus jdk.crypto.ec (TLS to the model API needs elliptic curves,
# which jdeps cannot see) and jdk.unsupported (sun.misc.Unsafe, used reflectively by libraries).
modules="java.base,java.compiler,java.desktop,java.naming,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported"

# JVM options of the installed launcher. The archive (AppCDS) holds the parsed classes of a
# typical run; a missing or stale archive is ignored silently (-Xlog:cds=off), it only costs
# speed. C1 only and the serial GC: a CLI run is short and single-threaded.
java_options=(
  "--add-exports=java.desktop/com.sun.media.sound=ALL-UNNAMED"
  "-Djava.awt.headless=true"
  "-XX:TieredStopAtLevel=1"
  "-XX:+UseSerialGC"
  "-XX:-UsePerfData"
  "-Xshare:auto"
  "-Xlog:cds=off"
  "-Xlog:cds+dynamic=off"
)

out=target/jpackage
rm -rf target/jlink-runtime "$out" target/package-input
mkdir -p "$out" target/package-input
cp target/l2m.jar target/package-input/

echo "jlink: $modules" >&2
# bin/java is kept (no --strip-native-commands): the package's postinst uses it to make the
# AppCDS archive at the install path. --generate-cds-archive makes the runtime's base archive,
# which the app's dynamic archive builds on. No --compress: the package is compressed anyway,
# and classes from an uncompressed image load faster. l2m is headless: the native libraries for
# windows, fonts, images and the splash screen are left out, and with them the package's
# dependencies on X11, freetype, harfbuzz, libpng, libjpeg and lcms (javax.sound keeps libjsound).
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive \
  --exclude-files='**/lib/libawt_xawt.so,**/lib/libjawt.so,**/lib/libsplashscreen.so,**/lib/libfontmanager.so,**/lib/libjavajpeg.so,**/lib/liblcms.so' \
  --output target/jlink-runtime

cds_flag='-XX:SharedArchiveFile=$APPDIR/l2m.jsa'
jp_opts=()
for o in "${java_options[@]}" "$cds_flag"; do jp_opts+=(--java-options "$o"); done

echo "jpackage: app-image" >&2
jpackage --type app-image --name l2m --app-version "$app_version" \
  --input target/package-input --main-jar l2m.jar --main-class dev.l2m.cli.Main \
  --runtime-image target/jlink-runtime --dest "$out" \
  --description "Turns song lyrics into a singable melody" --vendor "l2m" \
  "${jp_opts[@]}"

img="$out/l2m"
# Extras the package links into the system: completions, man page, default config. They go
# under lib/ because jpackage packages only bin/ and lib/ of an app-image.
mkdir -p "$img/lib/share/bash-completion/completions" "$img/lib/share/zsh/site-functions" \
  "$img/lib/share/man/man1" "$img/lib/share/config"
# generated from this very jar's commands by the build (target/generated-docs)
cp target/generated-docs/l2m.bash "$img/lib/share/bash-completion/completions/l2m"
cp target/generated-docs/_l2m "$img/lib/share/zsh/site-functions/_l2m"
gzip -9 -n -c target/generated-docs/l2m.1 > "$img/lib/share/man/man1/l2m.1.gz"
cp config/*.json "$img/lib/share/config/"
tmpcfg="$(mktemp -d)"
L2M_CONFIG="$tmpcfg/config.properties" L2M_LOG_DIR="$tmpcfg" "$img/bin/l2m" config init -q
cp "$tmpcfg/config.properties" "$img/lib/share/config/config.properties.example"
rm -rf "$tmpcfg"

# On Linux, bin/l2m is a small sh script instead of jpackage's native launcher: the JDK 17
# launcher asks rpm and dpkg which package owns it (rpm -qf, dpkg -S, then dpkg -L, twice) on
# every start, which costs 0.2 s with nothing installed and more once the .deb is. The script
# runs the same bundled runtime with the same options; macOS and Windows keep the native one.
if [[ "$(uname -s)" == Linux ]]; then
{
  echo '#!/bin/sh'
  echo '# Starts l2m on the Java runtime bundled with it. Generated by scripts/package.sh.'
  echo 'self="$(readlink -f "$0")"'
  echo 'app="${self%/bin/*}"'
  echo 'exec "$app/lib/runtime/bin/java" \'
  for o in "${java_options[@]}"; do echo "  $o \\"; done
  echo '  -XX:SharedArchiveFile="$app/lib/app/l2m.jsa" \'
  echo "  -Djpackage.app-version=$app_version \\"
  echo '  -cp "$app/lib/app/l2m.jar" dev.l2m.cli.Main "$@"'
} > "$img/bin/l2m"
chmod 755 "$img/bin/l2m"
# the native launcher's library and its option file are unused now; left in, the .cfg would look
# like the place to change options
rm -f "$img/lib/libapplauncher.so" "$img/lib/app/l2m.cfg"
fi

# The AppCDS archive is made at install time, because a JDK 17 archive records the class path and
# only works where it was made: the .deb's postinst runs lib/l2m-cds, which runs the same
# scripts/make-cds-archive.sh as ./l2m with the launcher's JVM options.
cp scripts/make-cds-archive.sh "$img/lib/make-cds-archive"
{
  echo '#!/bin/sh'
  echo '# Makes lib/app/l2m.jsa (AppCDS) for this installation from one training run; safe to rerun.'
  echo 'app="$(cd "$(dirname "$0")/.." && pwd)"'
  echo 'exec "$app/lib/make-cds-archive" "$app/lib/runtime/bin/java" "$app/lib/app/l2m.jar" \'
  printf '  "$app/lib/app/l2m.jsa"'
  for o in "${java_options[@]}"; do
    case "$o" in -Xshare:*|-Xlog:cds*) ;; *) printf " '%s'" "$o" ;; esac
  done
  printf '\n'
} > "$img/lib/l2m-cds"
chmod 755 "$img/lib/l2m-cds"

if [[ "$type" != app-image ]]; then
  echo "jpackage: $type" >&2
  jpackage --type "$type" --app-image "$img" --name l2m --app-version "$app_version" \
    --dest "$out" --resource-dir scripts/packaging/linux --install-dir /opt \
    --description "Turns song lyrics into a singable melody" --vendor "l2m maintainers" \
    --linux-package-name l2m --linux-app-category sound \
    --linux-deb-maintainer "l2m@example.invalid"
fi

# The image in target/ gets its own archive for this path (the package makes its own at install)
"$img/lib/l2m-cds"
ls -l "$out" >&2
echo "launcher: $img/bin/l2m" >&2
