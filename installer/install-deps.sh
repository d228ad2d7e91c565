#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what LockLens needs to build and test on Debian 12 / Ubuntu 24.04.
# Idempotent: installs only the packages that are missing.
#
# macOS:   brew install qt cmake ninja sqlite
#          then: cmake --preset dev -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix sqlite)"
# Windows: install Qt 6 (Qt Online Installer: MSVC 2019/2022 64-bit, Qt Charts), CMake and Ninja,
#          get SQLite's amalgamation (sqlite3.h, sqlite3.c built as a library) or vcpkg install sqlite3,
#          then from a "x64 Native Tools" prompt: cmake --preset dev -DCMAKE_PREFIX_PATH=C:\Qt\6.x\msvc2019_64
#          and NSIS 3 for the installer that `cpack` builds.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsqlite3-dev sqlite3
    # The PostgreSQL target: Qt's QPSQL driver, and libpq to step statements on its
    # connection. (Its tests also want the server programs for
    # a temporary cluster, package postgresql, which sets up and starts a system cluster of
    # its own: .ci/run installs it; without it those tests are skipped, saying so.)
    libqt6sql6-psql libpq-dev
    xvfb xauth python3
    # The PDF report's test reads the PDF back (pdfinfo, pdftotext, pdfimages).
    poppler-utils
    # Packaging (.ci/run builds, installs and checks the .deb): dpkg-shlibdeps and file for
    # CPack's dependency scan, and the validators of the desktop entry and metainfo.
    dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
