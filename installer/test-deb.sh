#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from the release preset, installs it system-wide (apt, so that its
# dependencies are checked), and checks the installed package: the Qt SQLite driver among
# its dependencies, the files it lays out, the desktop entry and metainfo by their
# validators, the MIME glob registered, and a short load test run by the installed
# /usr/bin/locklens. .ci/run runs it last; it needs root or sudo, and leaves LockLens
# installed. Debian 12 / Ubuntu 24.04, after installer/install-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
fail() {
    echo "test-deb: FAILED: $*" >&2
    exit 1
}

id=io.github.locklens.LockLens

cmake --preset release
rm -f build/release/locklens_*.deb build/release/locklens_*.deb.sha256
cmake --build --preset release --target package

debs=(build/release/locklens_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one build/release/locklens_*.deb, found: ${debs[*]}"
deb=${debs[0]}
(cd build/release && sha256sum --check --quiet "$(basename "$deb").sha256") || fail "checksum of $deb"
ls -l "$deb"
dpkg-deb --info "$deb"
# What lintian reported once (malformed-contact): the maintainer as "Name <address>".
dpkg-deb --field "$deb" Maintainer | grep -Eq '^[^<>]+ <[^<> ]+@[^<> ]+>$' \
    || fail "Maintainer is not \"Name <address>\": $(dpkg-deb --field "$deb" Maintainer)"

# --reinstall: the same version may be installed already (a developer's machine, CI on
# a machine that ran it before); --allow-downgrades: a newer one may be.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall --allow-downgrades \
    --no-install-recommends "$PWD/$deb"

version=$(dpkg-deb --field "$deb" Version)
[ "$(dpkg-query -W -f='${Status} ${Version}' locklens)" = "install ok installed $version" ] \
    || fail "locklens $version is not installed"
depends=$(dpkg-query -W -f='${Depends}' locklens)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6charts6 libsqlite3-0; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
recommends=$(dpkg-query -W -f='${Recommends}' locklens)
grep -Eq "(^|, )libqt6sql6-psql( |,|$)" <<<"$recommends" || fail "Recommends lacks libqt6sql6-psql"

installed=$(dpkg -L locklens)
for f in /usr/bin/locklens \
    /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/mime/packages/$id.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/$id.png \
    /usr/share/doc/locklens/README.md /usr/share/doc/locklens/LICENSE \
    /usr/share/doc/locklens/copyright /usr/share/doc/locklens/changelog.Debian.gz \
    /usr/share/man/man1/locklens.1.gz; do
    grep -qxF "$f" <<<"$installed" || fail "the package does not hold $f"
    [ -s "$f" ] || fail "$f is not installed"
done

# The trace library, in LockLens's private library folder.
trace=$(grep -E '^/usr/lib/([^/]+/)?locklens/liblocklens-trace\.so$' <<<"$installed") \
    || fail "the package does not hold liblocklens-trace.so"
[ -s "$trace" ] || fail "$trace is not installed"

# The changelog (lintian: no-changelog) names this version; both .gz files are made with
# gzip -n: no name, time stamp 0 (bytes 4 to 7), so the same sources give the same package.
[[ "$(zcat /usr/share/doc/locklens/changelog.Debian.gz)" == "locklens ($version) "* ]] \
    || fail "changelog.Debian.gz does not start with locklens ($version)"
for gz in /usr/share/doc/locklens/changelog.Debian.gz /usr/share/man/man1/locklens.1.gz; do
    [ "$(od -An -tx1 -j4 -N4 "$gz" | tr -d ' ')" = 00000000 ] || fail "$gz carries a time stamp (gzip -n)"
done

# GTK's image loader knows an SVG by "<svg" in its first 256 bytes: later, menus that
# have no PNG of their size show a generic icon instead.
head -c 256 /usr/share/icons/hicolor/scalable/apps/$id.svg | grep -q '<svg' \
    || fail "the SVG icon's <svg> tag is not within its first 256 bytes"

desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
# shared-mime-info's dpkg trigger has merged the package's glob into the database.
grep -q "^[0-9]*:application/vnd.sqlite3:\*\.sqlite$" /usr/share/mime/globs2 \
    || fail "*.sqlite is not registered as application/vnd.sqlite3"

# The installed program, in a directory of its own for its JSON report. No display is
# needed: `run` never opens the window.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && /usr/bin/locklens run --ops 1000 --json run.json) | tee "$work/run.txt"
grep -q '^verification: .* -> OK$' "$work/run.txt" || fail "locklens run did not verify OK"
[ -s "$work/run.json" ] || fail "locklens run wrote no JSON"

# The installed trace command finds the installed recorder and sees a Python program's
# connection.
(cd "$work" && /usr/bin/locklens trace --progress 0 -- python3 -c \
    "import sqlite3; c = sqlite3.connect('traced.db'); c.execute('CREATE TABLE t(x)'); c.commit()") \
    | tee "$work/trace.txt"
grep -q '^  connection 1: pid [0-9]*, /.*/traced\.db, threads' "$work/trace.txt" || fail "locklens trace saw no connection"

echo "test-deb: $(basename "$deb") installed and checked in $((SECONDS - start)) s"
