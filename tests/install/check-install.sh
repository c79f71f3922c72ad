#!/bin/sh
# SPDX-License-Identifier: MIT
# check-install.sh CMAKE BUILD_DIR DESTDIR VERSION: installs component "app" of BUILD_DIR with prefix /usr into
# DESTDIR (emptied first), then checks what a user and a distribution see: the binary runs, the
# desktop entry and the metainfo pass their validators, every icon and the man page are there.
# A missing validator fails the test, naming its package: a check that silently skips proves nothing.
set -u
cmake=$1
build=$2
root=$3
expected_version=$4
id=org.activationexplorer.ActivationExplorer
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null 2>&1 || { fail "$1 not found: install the Debian package $2"; return 1; }; }

rm -rf "$root"
DESTDIR=$root "$cmake" --install "$build" --prefix /usr --component app >/dev/null || { echo "FAIL: cmake --install"; exit 1; }

bin=$root/usr/bin/activation-explorer
if [ -x "$bin" ]; then
    version=$("$bin" --version) || fail "$bin --version exited with $?"
    echo "$version"
    [ "$version" = "activation-explorer $expected_version" ] || fail "--version printed '$version'"
else
    fail "$bin missing"
fi

desktop=$root/usr/share/applications/$id.desktop
if [ ! -f "$desktop" ]; then fail "$desktop missing"
elif need desktop-file-validate desktop-file-utils; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [ -z "$out" ] || echo "$out"
    grep -qx "Icon=$id" "$desktop" || fail "$desktop: Icon= is not $id"
fi

metainfo=$root/usr/share/metainfo/$id.metainfo.xml
if [ ! -f "$metainfo" ]; then fail "$metainfo missing"
elif need appstreamcli appstream; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
fi

icons=$root/usr/share/icons/hicolor
[ -f "$icons/scalable/apps/$id.svg" ] || fail "scalable icon missing"
for size in 16 22 24 32 48 64 128 256; do
    png=$icons/${size}x$size/apps/$id.png
    if [ ! -f "$png" ]; then fail "$png missing"; continue; fi
    # A PNG's width and height are the big-endian words at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dims" = "${size}x$size" ] || fail "$png is $dims"
done

man=$root/usr/share/man/man1/activation-explorer.1.gz
if [ ! -f "$man" ]; then fail "$man missing"
elif command -v groff >/dev/null 2>&1; then
    # -ww: every groff warning; any warning or error fails.
    out=$(gzip -dc "$man" | groff -man -ww -z 2>&1) || fail "groff exited with $?"
    [ -z "$out" ] || fail "groff: $out"
else
    echo "groff not found: the man page is only checked to be there"
fi

[ "$failures" = 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "install tree OK"
