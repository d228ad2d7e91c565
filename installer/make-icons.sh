#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders LockLens's icons from their SVG sources into resources/icons/, where they are
# committed: the build needs no SVG renderer (a Windows or macOS builder has none at hand),
# and a changed icon is one run of this script and a look at the PNGs.
#
#   hicolor/NxN/apps/ID.png  for N in 16 22 24 32 48 64 128 256 512 (Linux, installed)
#   locklens.ico             16..256 px, PNG-compressed entries (Windows: the .exe, NSIS)
#   locklens.icns            16..1024 px, PNG entries (macOS: the app bundle)
#
# 16 px comes from src/ID-16.svg, drawn on the pixel grid; every other size from
# hicolor/scalable/apps/ID.svg. Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.locklens.LockLens
icons=resources/icons
svg=$icons/hicolor/scalable/apps/$id.svg
svg16=$icons/src/$id-16.svg

if ! command -v rsvg-convert >/dev/null; then
    echo "make-icons: rsvg-convert is missing (Debian/Ubuntu: apt-get install librsvg2-bin)" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { # size output
    local src=$svg
    [ "$1" -eq 16 ] && src=$svg16
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$src" --output "$2"
}

for n in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$icons/hicolor/${n}x${n}/apps"
    render "$n" "$icons/hicolor/${n}x${n}/apps/$id.png"
    cp "$icons/hicolor/${n}x${n}/apps/$id.png" "$tmp/$n.png"
done
render 1024 "$tmp/1024.png"

python3 installer/pack-icons.py ico "$icons/locklens.ico" "$tmp"/{16,24,32,48,64,128,256}.png
python3 installer/pack-icons.py icns "$icons/locklens.icns" "$tmp"/{16,32,64,128,256,512,1024}.png
ls -l "$icons"/hicolor/*/apps/"$id".png "$icons"/locklens.ico "$icons"/locklens.icns
