# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` lays out, and the packages CPack builds from it: a .deb on Linux
# (CI builds, installs and runs it), an NSIS installer on Windows and a disk image on
# macOS (configured, not yet tried on those systems). Included last by the top-level
# CMakeLists.txt, after the locklens target exists; GNUInstallDirs is included there.

set(LOCKLENS_APP_ID io.github.locklens.LockLens)
set(_resources ${PROJECT_SOURCE_DIR}/resources)

# --- The executable, per platform -----------------------------------------------------
#
# One locklens binary is both the window and the command line (`locklens run ...` prints
# its report on stdout, and `--json -` is meant for a pipe).
#
# Windows: it stays a console program (WIN32_EXECUTABLE off). A GUI-subsystem program has
# no standard output a shell can read or redirect: `locklens run` would print nothing, and
# attaching to the parent's console afterwards neither makes cmd.exe wait for it nor works
# with pipes. The price is a console window beside the main window when LockLens is
# started from the Start menu or Explorer. Splitting it into locklens.exe (GUI) and a
# console locklens.com launcher, or freeing a console the program alone owns at start,
# would remove that; both change the sources, not the packaging.
#
# macOS: an app bundle, LockLens.app; the command line is LockLens.app/Contents/MacOS/LockLens
# (a terminal has a standard output whether or not the binary sits in a bundle).
if(WIN32)
    set_target_properties(locklens PROPERTIES WIN32_EXECUTABLE OFF)
    # The .exe's icon.
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/locklens.rc
        CONTENT "IDI_ICON1 ICON \"${_resources}/icons/locklens.ico\"\n")
    target_sources(locklens PRIVATE ${PROJECT_BINARY_DIR}/locklens.rc)
elseif(APPLE)
    # The icon and the licence go into LockLens.app/Contents/Resources.
    set(_bundle_resources ${_resources}/icons/locklens.icns ${PROJECT_SOURCE_DIR}/LICENSE)
    target_sources(locklens PRIVATE ${_bundle_resources})
    set_source_files_properties(${_bundle_resources} TARGET_DIRECTORY locklens
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(locklens PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME LockLens
        MACOSX_BUNDLE_BUNDLE_NAME LockLens
        MACOSX_BUNDLE_GUI_IDENTIFIER ${LOCKLENS_APP_ID}
        MACOSX_BUNDLE_ICON_FILE locklens.icns
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "LockLens developers, GPL-3.0-or-later")
endif()

install(TARGETS locklens
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
# The trace library, which `locklens trace` preloads into the program it starts: private to
# LockLens (no soname, nothing links against it).
if(TARGET locklens_trace)
    install(TARGETS locklens_trace LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/locklens)
endif()

# --- Qt itself: bundled on Windows and macOS, a dependency on Linux ----------------------
#
# On Linux the .deb depends on the distribution's Qt packages (below). On Windows and
# macOS the installer carries Qt: windeployqt / macdeployqt, run by Qt's deploy script,
# copy the Qt libraries and plugins (the SQLite driver among them) next to the program.
if(WIN32 OR APPLE)
    # Qt 6.4 names the output FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
    if(Qt6Core_VERSION VERSION_LESS 6.5)
        qt_generate_deploy_app_script(TARGET locklens FILENAME_VARIABLE _deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET locklens OUTPUT_SCRIPT _deploy_script)
    endif()
    install(SCRIPT ${_deploy_script})
endif()

# The Qt deploy tools copy Qt, not SQLite. A shared SQLite on Windows (vcpkg keeps
# sqlite3.dll in bin/ beside lib/sqlite3.lib) goes next to the .exe; a static one needs
# nothing. Point LOCKLENS_SQLITE3_DLL at the DLL if it lives elsewhere.
if(WIN32)
    get_filename_component(_sqlite_libdir "${SQLite3_LIBRARY}" DIRECTORY)
    find_file(LOCKLENS_SQLITE3_DLL NAMES sqlite3.dll
        HINTS ${_sqlite_libdir} ${_sqlite_libdir}/../bin NO_DEFAULT_PATH
        DOC "SQLite's DLL, installed next to locklens.exe (empty for a static SQLite)")
    if(LOCKLENS_SQLITE3_DLL)
        install(FILES ${LOCKLENS_SQLITE3_DLL} DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

# --- Desktop integration (freedesktop: Linux and the BSDs) -----------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${_resources}/desktop/${LOCKLENS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_resources}/desktop/${LOCKLENS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_resources}/desktop/${LOCKLENS_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    # hicolor/{16x16,...,512x512,scalable}/apps/io.github.locklens.LockLens.{png,svg}
    install(DIRECTORY ${_resources}/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
endif()

# share/doc/locklens, the package's name (GNUInstallDirs' DOCDIR would say LockLens). An
# app bundle keeps to itself (LICENSE is in its Resources): the disk image holds
# LockLens.app alone.
if(NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/locklens)
endif()
# The licence notice in the form Debian's tools read (/usr/share/doc/PACKAGE/copyright).
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/locklens)
endif()

# The .deb's Maintainer field, also the changelog's signature: "Name <address>" (Debian
# Policy 5.6.2). The default is a placeholder address under the project's name
# (io.github.locklens.LockLens); set a real one for a release.
set(_maintainer "LockLens developers <maintainers@locklens.github.io>")
set(LOCKLENS_PACKAGE_MAINTAINER "${_maintainer}" CACHE STRING
    "The Maintainer field of the .deb: Name <address>")
if(LOCKLENS_PACKAGE_MAINTAINER STREQUAL "LockLens developers") # the old default, without address
    set_property(CACHE LOCKLENS_PACKAGE_MAINTAINER PROPERTY VALUE "${_maintainer}")
endif()
if(NOT LOCKLENS_PACKAGE_MAINTAINER MATCHES "^[^<>]+ <[^<> ]+@[^<> ]+>$")
    message(WARNING "LOCKLENS_PACKAGE_MAINTAINER should read \"Name <address>\", "
        "not \"${LOCKLENS_PACKAGE_MAINTAINER}\" (lintian: malformed-contact)")
endif()

# Linux: a manual page, and the Debian changelog every package carries (lintian:
# no-changelog), both compressed as Debian wants them: gzip -9, without name or time stamp
# (-n) so that the same sources give the same package. The changelog has one entry, this
# version, dated SOURCE_DATE_EPOCH when set, else at configure time.
if(UNIX AND NOT APPLE)
    find_program(LOCKLENS_GZIP gzip REQUIRED)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # the -1 of 0.1.0-1, in the changelog as in the package
    string(TIMESTAMP _changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/debian/changelog.Debian
        CONTENT "locklens (${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}) unstable; urgency=medium

  * LockLens ${PROJECT_VERSION}, packaged with CPack.

 -- ${LOCKLENS_PACKAGE_MAINTAINER}  ${_changelog_date}
" @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/installer/debian/locklens.1
        ${PROJECT_BINARY_DIR}/debian/locklens.1 COPYONLY)
    set(_gzipped)
    foreach(_name changelog.Debian locklens.1)
        set(_file ${PROJECT_BINARY_DIR}/debian/${_name})
        add_custom_command(OUTPUT ${_file}.gz
            COMMAND ${LOCKLENS_GZIP} -n -9 -f -k ${_file}
            DEPENDS ${_file} VERBATIM)
        list(APPEND _gzipped ${_file}.gz)
    endforeach()
    add_custom_target(locklens_debian_docs ALL DEPENDS ${_gzipped})
    install(FILES ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/locklens)
    install(FILES ${PROJECT_BINARY_DIR}/debian/locklens.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # What lintian reports that is meant so (the file says why).
    install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/locklens.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME locklens)
    # Symbols bound at start-up, the GOT then read-only (lintian: hardening-no-bindnow).
    target_link_options(locklens PRIVATE LINKER:-z,relro LINKER:-z,now)
endif()

# --- CPack ---------------------------------------------------------------------------
# Values reach CPack as written here (escapes included), not re-evaluated.
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME locklens)
set(CPACK_PACKAGE_VENDOR "LockLens developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see SQLite's locks, waits and throughput under concurrent load")
set(CPACK_PACKAGE_DESCRIPTION [[
LockLens puts an SQLite database under concurrent load and shows what
happens: which connection holds the lock, who waits and for how long, and
what throughput each configuration really reaches (WAL or rollback journal,
BEGIN IMMEDIATE or DEFERRED, batch size, busy timeout, a shared connection,
a writer queue or a pool). Errors are told apart by cause, and every run
verifies the rows it committed and runs PRAGMA integrity_check.

It also browses a database's schema (rowids, foreign keys that cannot work),
its data and pragmas, and runs SQL. The same load tests run from the command
line: locklens run.]])
set(CPACK_PACKAGE_INSTALL_DIRECTORY LockLens)
set(CPACK_PACKAGE_EXECUTABLES locklens LockLens)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES /\\.git/ /build/ \\.user$)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian / Ubuntu. LOCKLENS_PACKAGE_MAINTAINER is set above, with the changelog.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LOCKLENS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_NAME locklens)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # locklens_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the binary links (Qt, SQLite, libstdc++). Qt loads
# its SQLite driver as a plugin at run time, which dpkg-shlibdeps cannot see: without it
# LockLens refuses to start, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The window runs natively under Wayland with Qt's Wayland plugin, under XWayland without.
# Chinese text needs a CJK font (the window is translated into Simplified Chinese). Load
# tests on PostgreSQL need Qt's PostgreSQL driver, and a temporary cluster the server programs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-cjk, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
# Debian's desktop-file-utils, hicolor-icon-theme and shared-mime-info update their caches
# through dpkg triggers: the package needs no maintainer scripts.

# Windows (NSIS). "Add to PATH" is offered so that `locklens run` works in any console.
set(CPACK_NSIS_PACKAGE_NAME LockLens)
set(CPACK_NSIS_DISPLAY_NAME "LockLens ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${_resources}/icons/locklens.ico)
set(CPACK_NSIS_MUI_UNIICON ${_resources}/icons/locklens.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\locklens.exe")
if(WIN32)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE) # the licence page
endif()
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS (DragNDrop): LockLens.app in a disk image. No licence dialog (the GPL asks for
# none), which also keeps CPack from needing the deprecated Rez tool: hence no
# CPACK_RESOURCE_FILE_LICENSE outside Windows (before CMake 3.23 it alone turns it on).
set(CPACK_DMG_VOLUME_NAME "LockLens ${PROJECT_VERSION}")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
