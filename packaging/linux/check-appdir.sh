#!/usr/bin/env bash
# Proves that a Gatehouse AppDir (from deploy-appdir.sh, or unpacked from its squashfs image) is
# self-contained. Run by ctest (label packaging):
#
#   check-appdir.sh static  APPDIR   layout, metadata, ldd, RUNPATHs, required plugins
#   check-appdir.sh layout  APPDIR   the same without the ELF checks (ldd, RUNPATHs)
#   check-appdir.sh run     APPDIR   headless --list against --demo-server with an almost empty
#                                    environment; every library and plugin loaded from the AppDir
#                                    unless it is a host base library, for --list, for the window
#                                    on the offscreen platform, for the TLS backend and for the
#                                    SQLite driver of the history store (--check-sqlite-driver)
#   check-appdir.sh xcb     APPDIR   the window under Xvfb: the xcb platform and Qt SVG loaded
#                                    from the AppDir (exit 77 = skipped when Xvfb is missing)
#
# "Almost empty environment" means `env -i` plus HOME, QT_QPA_PLATFORM and GATEHOUSE_ACCESS_TOKEN
# only. To see which objects were loaded, a second, otherwise identical run adds LD_DEBUG=libs,files
# with LD_DEBUG_OUTPUT (they only log; they change no lookup).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id=io.github.gatehouse.Gatehouse
mode="${1:-}"
appdir="${2:-}"
[ -n "$mode" ] && [ -d "$appdir" ] || { echo "usage: $0 static|layout|run|xcb APPDIR" >&2; exit 2; }
appdir="$(cd "$appdir" && pwd)"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# `producer | grep -q` under pipefail fails at random: grep quits at the first match and the producer
# dies of SIGPIPE. `contains` reads its whole input before it searches.
contains() { local text; text="$(cat)"; grep -q "$@" <<<"$text"; }
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "== $failures check(s) failed for $appdir" >&2
        exit 1
    fi
    echo "== all $mode checks passed for $appdir"
}

mapfile -t excluded < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/excludelist" | grep -v '^$')
# Loaded from the host at run time by dlopen, never bundled (see deploy-appdir.sh): OpenSSL for Qt's
# openssl TLS backend (Qt tries the unversioned names first, which exist where libssl-dev is
# installed), libsecret for QtKeychain, and libXcursor, which Qt's xcb plugin opens for the
# desktop's cursor theme when the host has it.
host_dlopen=(libssl.so.3 libcrypto.so.3 libssl.so libcrypto.so libsecret-1.so.0 libXcursor.so.1)
host_allowed() {
    local name="$1" entry
    for entry in "${excluded[@]}" "${host_dlopen[@]}"; do
        [ "$name" = "$entry" ] && return 0
    done
    return 1
}
inside() { case "$1" in "$appdir"/*) return 0 ;; *) return 1 ;; esac; }

elf_files() {
    find "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/plugins" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' f; do
            case "$(file -b "$f")" in ELF*) printf '%s\n' "$f" ;; esac
        done
}

check_layout() {
    # Layout of an AppDir (AppImage spec): AppRun, one desktop entry, the icon, .DirIcon.
    [ -x "$appdir/AppRun" ] && pass "AppRun is executable" || fail "AppRun missing or not executable"
    mapfile -t desktops < <(find "$appdir" -maxdepth 1 -name '*.desktop')
    [ "${#desktops[@]}" -eq 1 ] && [ "${desktops[0]}" = "$appdir/$app_id.desktop" ] &&
        pass "one desktop entry at the root" || fail "expected exactly $app_id.desktop at the root, found: ${desktops[*]:-none}"
    [ -f "$appdir/$app_id.png" ] && pass "root icon" || fail "no $app_id.png at the root"
    if [ -e "$appdir/.DirIcon" ] && file -L "$appdir/.DirIcon" | contains 'PNG image data, 256 x 256'; then
        pass ".DirIcon is a 256x256 PNG"
    else
        fail ".DirIcon missing or not a 256x256 PNG"
    fi
    grep -qx 'Icon=io.github.gatehouse.Gatehouse' "$appdir/$app_id.desktop" || fail "desktop entry names another icon"
    for size in 16 24 32 48 64 128 256 512; do
        [ -f "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}x${size} icon"
    done
    [ -f "$appdir/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
    [ -f "$appdir/usr/bin/qt.conf" ] && grep -q '^Plugins = plugins' "$appdir/usr/bin/qt.conf" &&
        pass "qt.conf" || fail "usr/bin/qt.conf missing or without Plugins"

    # Metadata validators: clean means no output at all from desktop-file-validate (not even hints),
    # and no error, warning or info from appstreamcli.
    local out
    if out="$(desktop-file-validate "$appdir/$app_id.desktop" 2>&1)" && [ -z "$out" ]; then
        pass "desktop-file-validate clean"
    else
        fail "desktop-file-validate: $out"
    fi
    local metainfo="$appdir/usr/share/metainfo/$app_id.metainfo.xml"
    if out="$(appstreamcli validate --no-net "$metainfo" 2>&1)" && ! grep -qE '^[EWI]: ' <<<"$out"; then
        pass "appstreamcli validate --no-net clean"
    else
        fail "appstreamcli validate --no-net: $out"
    fi

    # Plugins Gatehouse needs on X11, on Wayland and headless, for TLS, SVG and input methods.
    local plugin
    for plugin in platforms/libqxcb.so platforms/libqwayland-generic.so platforms/libqwayland-egl.so \
        platforms/libqoffscreen.so tls/libqopensslbackend.so tls/libqcertonlybackend.so \
        imageformats/libqsvg.so iconengines/libqsvgicon.so \
        platforminputcontexts/libcomposeplatforminputcontextplugin.so \
        platforminputcontexts/libibusplatforminputcontextplugin.so \
        xcbglintegrations/libqxcb-glx-integration.so wayland-shell-integration/libxdg-shell.so \
        wayland-decoration-client/libbradient.so sqldrivers/libqsqlite.so; do
        [ -f "$appdir/usr/plugins/$plugin" ] || fail "missing plugin $plugin"
    done
    pass "required plugins present"
    [ -f "$appdir/usr/lib/libqt6keychain.so.1" ] && pass "QtKeychain bundled" ||
        echo "note: libqt6keychain.so.1 not bundled (the build host has no QtKeychain)"
    if objdump -p "$appdir/usr/bin/gatehouse" | contains 'NEEDED.*libqt6keychain'; then
        [ -f "$appdir/usr/lib/libqt6keychain.so.1" ] || fail "gatehouse links QtKeychain but the AppDir lacks it"
    fi
    # libsodium checks the encryption keys' signatures: it must travel with the app, whatever the host has.
    if objdump -p "$appdir/usr/bin/gatehouse" | contains 'NEEDED.*libsodium'; then
        ls "$appdir"/usr/lib/libsodium.so.* >/dev/null 2>&1 && pass "libsodium bundled" ||
            fail "gatehouse links libsodium but the AppDir lacks it"
    else
        fail "gatehouse does not link libsodium: encryption states cannot be checked"
    fi

}

check_elves() {
    # Every ELF: nothing unresolved (ldd, transitively), and every library it needs directly (NEEDED)
    # resolves inside the AppDir unless it is a host base library (excludelist).
    local elf name path resolved count=0
    while IFS= read -r elf; do
        count=$((count + 1))
        resolved="$(env -i /usr/bin/ldd "$elf")"
        grep -q 'not found' <<<"$resolved" && fail "${elf#"$appdir"/}: $(grep 'not found' <<<"$resolved" | tr -s ' \t' ' ')"
        while IFS= read -r name; do
            path="$(awk -v n="$name" '$1 == n && $2 == "=>" { print $3 }' <<<"$resolved")"
            [ -n "$path" ] && [ "$path" != not ] || continue
            if inside "$(readlink -f "$path")"; then
                host_allowed "$name" && fail "$name is a host base library but is bundled"
            elif ! host_allowed "$name"; then
                fail "${elf#"$appdir"/} needs $name, which resolves outside the AppDir ($path)"
            fi
        done < <(objdump -p "$elf" | awk '$1 == "NEEDED" { print $2 }')
    done < <(elf_files)
    pass "ldd: $count ELF files, nothing unresolved; what they need is inside the AppDir or a host base library"

    # RUNPATHs, and no absolute RPATH/RUNPATH anywhere.
    local runpath expected
    while IFS= read -r elf; do
        runpath="$(objdump -p "$elf" | awk '$1 == "RUNPATH" || $1 == "RPATH" { print $2 }')"
        case "$elf" in
            "$appdir"/usr/bin/*) expected='$ORIGIN/../lib' ;;
            "$appdir"/usr/lib/*) expected='$ORIGIN' ;;
            "$appdir"/usr/plugins/*) expected='$ORIGIN/../../lib' ;;
            *) expected='?' ;;
        esac
        [ "$runpath" = "$expected" ] || fail "${elf#"$appdir"/}: RUNPATH '$runpath', expected '$expected'"
    done < <(elf_files)
    pass "RUNPATHs"

    # The oldest glibc and libstdc++ the AppImage runs with: the newest symbol versions anything needs.
    local symbols floor cxx_floor
    symbols="$(elf_files | xargs objdump -T 2>/dev/null)"
    floor="$(grep -o 'GLIBC_[0-9.]*' <<<"$symbols" | sort -Vu | tail -n 1)"
    cxx_floor="$(grep -o 'GLIBCXX_[0-9.]*' <<<"$symbols" | sort -Vu | tail -n 1)"
    echo "info: needs $floor and $cxx_floor from the host; $(find "$appdir/usr/lib" -type f | wc -l) libraries," \
        "$(find "$appdir/usr/plugins" -name '*.so' | wc -l) plugins, $(du -sh "$appdir" | cut -f1)"
}

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home"

# Starts `AppRun --demo-server` from the AppDir itself and reads its one JSON line.
start_demo_server() {
    env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --demo-server \
        >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    local tries=0
    until grep -q '"base_url"' "$work/server.out" 2>/dev/null; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            cat "$work/server.err" >&2
            fail "the demo server exited before printing its address"
            finish
        fi
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || { fail "no address from the demo server within 30 s"; finish; }
        sleep 0.1
    done
    base_url="$(sed -n 's/.*"base_url" *: *"\([^"]*\)".*/\1/p' "$work/server.out" | head -n 1)"
    token="$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$work/server.out" | head -n 1)"
    [ -n "$base_url" ] && [ -n "$token" ] || { fail "unexpected demo server output: $(cat "$work/server.out")"; finish; }
    echo "demo server at $base_url"
}

# Checks an LD_DEBUG=libs,files log of a run (of process PID only, when given). Every object that the AppDir's own code needs or dlopens
# (the binary, its libraries, its plugins) must come from the AppDir unless it is a host base library
# or one of the few dlopen-from-host libraries; what host libraries pull in themselves (the GL
# driver's dependencies, say) is the host's business. Qt libraries and plugins must always come
# from the AppDir.
check_loaded() {
    local label="$1" logs
    if [ -n "${2:-}" ]; then
        logs=("$work/lddebug.$label.$2")
    else
        logs=("$work"/lddebug."$label".*)
    fi
    [ -e "${logs[0]}" ] || { fail "$label: no LD_DEBUG output"; return; }
    declare -A loaded=()
    local path name needer qt_inside=0 plugins_inside=0 host=()
    while IFS= read -r path; do
        loaded["$(basename "$path")"]="$path"
        if inside "$(readlink -f "$path")"; then
            case "$path" in */usr/plugins/*) plugins_inside=$((plugins_inside + 1)) ;; esac
            case "$(basename "$path")" in libQt6*) qt_inside=$((qt_inside + 1)) ;; esac
            continue
        fi
        host+=("$(basename "$path")")
        case "$(basename "$path")" in
            libQt6* | libqt6keychain*) fail "$label: Qt library loaded from outside the AppDir: $path" ;;
        esac
        case "$path" in */qt6/plugins/* | */plugins/*/libq*) fail "$label: Qt plugin loaded from outside the AppDir: $path" ;; esac
    done < <(sed -n 's/.*calling init: \(.*\)$/\1/p' "${logs[@]}" | sort -u)
    while read -r name needer; do
        inside "$(readlink -f "$needer")" || continue
        case "$name" in
            /*) path="$name" ;;
            *) path="${loaded[$name]:-}" ;;
        esac
        [ -n "$path" ] || continue # looked up but never initialised (a failed dlopen, for example)
        inside "$(readlink -f "$path")" && continue
        host_allowed "$(basename "$path")" ||
            fail "$label: ${needer#"$appdir"/} loaded $path from the host, which is not a host base library"
    done < <(sed -n 's/.*file=\([^ ]*\) \[0\];  \(needed\|dynamically loaded\) by \([^ ]*\) .*/\1 \3/p' "${logs[@]}" | sort -u)
    [ "$qt_inside" -gt 0 ] || fail "$label: no Qt library loaded from the AppDir"
    [ "$label" = list ] || [ "$plugins_inside" -gt 0 ] || fail "$label: no plugin loaded from the AppDir"
    echo "$label: $qt_inside Qt libraries and $plugins_inside plugins from the AppDir; from the host:" \
        "$(printf '%s\n' "${host[@]}" | sort -u | tr '\n' ' ')"
}

check_run() {
    start_demo_server
    local out status
    # 1. Exactly the almost empty environment.
    set +e
    out="$(env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen GATEHOUSE_ACCESS_TOKEN="$token" \
        "$appdir/AppRun" --homeserver "$base_url" --list --json 2>"$work/list.err")"
    status=$?
    set -e
    if [ "$status" -eq 0 ] && grep -q '"device_id": *"GATEHOUSE0"' <<<"$out"; then
        pass "headless --list --json against the demo server ($(grep -o '"device_id"' <<<"$out" | wc -l) device ids)"
    else
        fail "--list exited $status: $(cat "$work/list.err") $out"
    fi
    grep -qF "$token" <<<"$out$(cat "$work/list.err")" && fail "the token appears in the output"

    # 2. The same run, logged by the dynamic loader.
    set +e
    env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen GATEHOUSE_ACCESS_TOKEN="$token" \
        LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$work/lddebug.list" \
        "$appdir/AppRun" --homeserver "$base_url" --list >/dev/null 2>"$work/list-debug.err"
    status=$?
    set -e
    [ "$status" -eq 0 ] || fail "traced --list exited $status: $(cat "$work/list-debug.err")"
    check_loaded list

    # 3. The window against the same server on the offscreen platform, until it has painted the list and
    #    its icons (--quit-when-loaded): platform plugin and Qt SVG, which draws the icons, from the AppDir.
    set +e
    env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen GATEHOUSE_ACCESS_TOKEN="$token" \
        LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$work/lddebug.window" \
        "$appdir/AppRun" --homeserver "$base_url" --quit-when-loaded >/dev/null 2>"$work/window.err"
    status=$?
    set -e
    [ "$status" -eq 0 ] || fail "the headless window exited $status: $(cat "$work/window.err")"
    check_loaded window
    check_drawing_parts window platforms/libqoffscreen.so

    # 4. TLS: an https homeserver on a closed loopback port (1, tcpmux, unused everywhere) fails with
    #    exit code 4, after Qt has loaded its TLS backend from the AppDir and the host's libssl.
    set +e
    env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen GATEHOUSE_ACCESS_TOKEN="$token" GATEHOUSE_TIMEOUT_MS=5000 \
        LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$work/lddebug.tls" \
        "$appdir/AppRun" --homeserver "https://127.0.0.1:1" --list >/dev/null 2>"$work/tls.err"
    status=$?
    set -e
    [ "$status" -eq 4 ] || fail "https to a closed port exited $status, expected 4: $(cat "$work/tls.err")"
    check_loaded tls
    if grep -h 'calling init: .*/tls/libqopensslbackend.so' "$work"/lddebug.tls.* | contains "$appdir/"; then
        pass "openssl TLS backend loaded from the AppDir"
    else
        fail "openssl TLS backend not loaded from the AppDir"
    fi
    if grep -hqE 'calling init: .*/libssl\.so(\.3)?$' "$work"/lddebug.tls.*; then
        pass "libssl loaded (from the host, by design)"
    else
        fail "no libssl was loaded: Qt has no working OpenSSL"
    fi

    # 5. The history store's SQLite driver: the hidden --check-sqlite-driver opens an in-memory QSQLITE
    #    database; the plugin, Qt SQL and SQLite itself must come from the AppDir.
    set +e
    out="$(env -i HOME="$work/home" QT_QPA_PLATFORM=offscreen \
        LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$work/lddebug.sqlite" \
        "$appdir/AppRun" --check-sqlite-driver 2>"$work/sqlite.err")"
    status=$?
    set -e
    if [ "$status" -eq 0 ] && grep -q '^QSQLITE ok' <<<"$out"; then
        pass "an in-memory QSQLITE database opens ($out)"
    else
        fail "--check-sqlite-driver exited $status: $(cat "$work/sqlite.err") $out"
    fi
    check_loaded sqlite
    local object path
    for object in libqsqlite.so libQt6Sql.so.6 libsqlite3.so.0; do
        # The loader logs paths through the RUNPATH ($ORIGIN/../lib): resolve them before comparing.
        path="$(sed -n "s/.*calling init: \(.*\/$object\)$/\1/p" "$work"/lddebug.sqlite.* | head -n 1)"
        if [ -n "$path" ] && inside "$(readlink -f "$path")"; then
            pass "$object loaded from the AppDir"
        else
            fail "$object not loaded from the AppDir (${path:-not loaded at all})"
        fi
    done
}

# The platform plugin a window ran on, and Qt SVG, which draws its icons (linked, not a plugin), were both
# loaded from the AppDir.
check_drawing_parts() {
    local label="$1" platform="$2" path
    if grep -h "calling init: .*/plugins/$platform" "$work"/lddebug."$label".* | contains "$appdir/"; then
        pass "$platform loaded from the AppDir"
    else
        fail "$platform not loaded from the AppDir"
    fi
    path="$(sed -n 's/.*calling init: \(.*\/libQt6Svg\.so\.6\)$/\1/p' "$work"/lddebug."$label".* | head -n 1)"
    if [ -n "$path" ] && inside "$(readlink -f "$path")"; then
        pass "libQt6Svg.so.6 loaded from the AppDir"
    else
        fail "libQt6Svg.so.6 not loaded from the AppDir (${path:-not loaded at all})"
    fi
}

check_xcb() {
    command -v Xvfb >/dev/null || { echo "SKIP: Xvfb not installed"; exit 77; }
    command -v xdotool >/dev/null || { echo "SKIP: xdotool not installed"; exit 77; }
    # A display number of our own: Xvfb picks a free one and writes it to fd 3.
    exec 3>"$work/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    local xvfb_pid=$! tries=0
    until [ -s "$work/display" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || { fail "Xvfb did not start: $(cat "$work/xvfb.log")"; finish; }
        sleep 0.1
    done
    local display
    display=":$(tr -d '\n' <"$work/display")"
    # No session bus: without one, libdbus would autolaunch a dbus-daemon for the X display.
    env -i HOME="$work/home" DISPLAY="$display" QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" \
        LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$work/lddebug.xcb" \
        "$appdir/AppRun" --demo >"$work/window.out" 2>"$work/window.err" &
    local app_pid=$!
    if DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --name Gatehouse >/dev/null; then
        pass "the window is shown on Xvfb"
        sleep 2 # let it paint its icons
    else
        fail "no Gatehouse window within 60 s: $(cat "$work/window.err")"
    fi
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    check_loaded xcb "$app_pid"
    check_drawing_parts xcb platforms/libqxcb.so
}

case "$mode" in
    static) check_layout; check_elves ;;
    layout) check_layout ;;
    run) check_run ;;
    xcb) check_xcb ;;
    *) echo "usage: $0 static|layout|run|xcb APPDIR" >&2; exit 2 ;;
esac
finish
