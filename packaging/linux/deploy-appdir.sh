#!/usr/bin/env bash
# Builds a self-contained AppDir for Gatehouse from a CMake build tree, by hand and offline (no
# linuxdeploy, no network):
#
#   packaging/linux/deploy-appdir.sh --build-dir build --appdir build/packaging/Gatehouse.AppDir
#
# 1. `cmake --install` (stripped) into APPDIR/usr: the binary, icons, desktop entry, metainfo.
# 2. The Qt plugins Gatehouse needs (platforms xcb, wayland and offscreen, TLS backends, image formats,
#    icon engines, input contexts, xcb GL integrations, the Wayland shell, decoration and graphics
#    integrations, the SQLite driver) into APPDIR/usr/plugins, and Qt's own translations for the app's
#    languages.
# 3. Every library those need (their NEEDED entries, followed until nothing new turns up) into
#    APPDIR/usr/lib, except the host's base libraries named in packaging/linux/excludelist.
#    QtKeychain (libqt6keychain) is bundled whenever the build host has it, so the AppDir is ready
#    once the app links it.
# 4. RUNPATHs with patchelf: $ORIGIN/../lib on the binary, $ORIGIN on the libraries,
#    $ORIGIN/../../lib on the plugins; qt.conf next to the binary points Qt at usr/plugins and
#    usr/translations.
# 5. AppRun, the desktop entry and icon at the root, .DirIcon.
#
# OpenSSL is not bundled: Qt's openssl TLS backend dlopens the host's libssl.so.3/libcrypto.so.3, which
# follow the host's CA store and security updates; the cert-only backend is bundled as the fallback.
# QtKeychain likewise dlopens the host's libsecret (and talks to KWallet over D-Bus).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
app_id=io.github.gatehouse.Gatehouse
build_dir=""
appdir=""
qt_plugin_dir=""
qt_translation_dir=""

usage() {
    echo "usage: $0 --build-dir DIR --appdir DIR [--qt-plugin-dir DIR] [--qt-translation-dir DIR]" >&2
    exit 2
}
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir="${2:?}"; shift 2 ;;
        --appdir) appdir="${2:?}"; shift 2 ;;
        --qt-plugin-dir) qt_plugin_dir="${2:?}"; shift 2 ;;
        --qt-translation-dir) qt_translation_dir="${2:?}"; shift 2 ;;
        *) usage ;;
    esac
done
[ -n "$build_dir" ] && [ -n "$appdir" ] || usage
[ -f "$build_dir/CMakeCache.txt" ] || { echo "deploy-appdir: $build_dir is not a CMake build tree" >&2; exit 1; }
for tool in cmake ldd objdump patchelf file; do
    command -v "$tool" >/dev/null || { echo "deploy-appdir: $tool not found" >&2; exit 1; }
done

qt_query() {
    local qtpaths
    for qtpaths in qtpaths6 /usr/lib/qt6/bin/qtpaths qtpaths; do
        if command -v "$qtpaths" >/dev/null && "$qtpaths" --query "$1" 2>/dev/null; then
            return 0
        fi
    done
    return 1
}
[ -n "$qt_plugin_dir" ] || qt_plugin_dir="$(qt_query QT_INSTALL_PLUGINS)" || true
[ -n "$qt_translation_dir" ] || qt_translation_dir="$(qt_query QT_INSTALL_TRANSLATIONS)" || true
[ -d "$qt_plugin_dir" ] || { echo "deploy-appdir: no Qt plugin folder (use --qt-plugin-dir)" >&2; exit 1; }

mkdir -p "$(dirname "$appdir")"
appdir="$(cd "$(dirname "$appdir")" && pwd)/$(basename "$appdir")"
rm -rf "$appdir"
mkdir -p "$appdir/usr"

echo "== install into $appdir/usr"
cmake --install "$build_dir" --prefix "$appdir/usr" --strip >/dev/null
[ -x "$appdir/usr/bin/gatehouse" ] || { echo "deploy-appdir: cmake --install gave no usr/bin/gatehouse" >&2; exit 1; }

echo "== Qt plugins from $qt_plugin_dir"
# Whole folders where every plugin in them is wanted; single files where only some are.
plugin_dirs=(
    tls                                 # openssl (dlopens the host's libssl) and cert-only
    imageformats                        # svg, ico, gif, jpeg
    iconengines                         # svg icons
    platforminputcontexts               # compose and ibus
    xcbglintegrations                   # xcb GLX and EGL
    wayland-shell-integration           # xdg-shell and the rest
    wayland-decoration-client           # title bars where the compositor draws none
    wayland-graphics-integration-client # wayland-egl
)
plugin_files=(
    platforms/libqxcb.so
    platforms/libqwayland-generic.so
    platforms/libqwayland-egl.so
    platforms/libqoffscreen.so          # headless runs and the packaging check
    sqldrivers/libqsqlite.so            # the history store (only SQLite: the other drivers need client libraries)
)
mkdir -p "$appdir/usr/plugins"
for dir in "${plugin_dirs[@]}"; do
    [ -d "$qt_plugin_dir/$dir" ] || { echo "deploy-appdir: missing Qt plugin folder $qt_plugin_dir/$dir" >&2; exit 1; }
    mkdir -p "$appdir/usr/plugins/$dir"
    cp -L "$qt_plugin_dir/$dir"/*.so "$appdir/usr/plugins/$dir/"
done
for file in "${plugin_files[@]}"; do
    [ -f "$qt_plugin_dir/$file" ] || { echo "deploy-appdir: missing Qt plugin $qt_plugin_dir/$file" >&2; exit 1; }
    mkdir -p "$appdir/usr/plugins/$(dirname "$file")"
    cp -L "$qt_plugin_dir/$file" "$appdir/usr/plugins/$file"
done

echo "== Qt translations"
# Qt's own strings (standard buttons, shortcuts) for every language Gatehouse is translated into.
mkdir -p "$appdir/usr/translations"
for ts in "$source_dir"/translations/gatehouse_*.ts; do
    [ -e "$ts" ] || continue
    lang="$(basename "$ts" .ts)"
    lang="${lang#gatehouse_}"
    [ "$lang" = en ] && continue
    if [ -f "$qt_translation_dir/qtbase_$lang.qm" ]; then
        cp "$qt_translation_dir/qtbase_$lang.qm" "$appdir/usr/translations/"
    else
        echo "deploy-appdir: note: no qtbase_$lang.qm in '$qt_translation_dir'" >&2
    fi
done

cat >"$appdir/usr/bin/qt.conf" <<'EOF'
[Paths]
Prefix = ../
Plugins = plugins
Translations = translations
EOF

echo "== libraries"
mapfile -t excluded < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/excludelist" | grep -v '^$')
is_excluded() {
    local name
    for name in "${excluded[@]}"; do
        [ "$1" = "$name" ] && return 0
    done
    return 1
}
mkdir -p "$appdir/usr/lib"
# QtKeychain: bundled when the build host has it (the app links it once secrets move to the keychain).
keychain="$({ ldconfig -p 2>/dev/null || /sbin/ldconfig -p; } |
    awk '$1 == "libqt6keychain.so.1" && /x86-64/ && !p { p = $NF } END { print p }')"
if [ -n "$keychain" ]; then
    cp -L "$keychain" "$appdir/usr/lib/libqt6keychain.so.1"
    chmod 0644 "$appdir/usr/lib/libqt6keychain.so.1"
fi

elf_files() {
    find "$appdir/usr/bin" "$appdir/usr/lib" "$appdir/usr/plugins" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' f; do
            case "$(file -b "$f")" in ELF*) printf '%s\n' "$f" ;; esac
        done
}
# Follow NEEDED entries (not ldd's flattened list): a library is bundled when something in the AppDir
# needs it directly and it is not a host base library. The dependencies of excluded libraries stay
# the host's business. ldd, run from a clean environment, only says where each name resolves.
declare -A done_elf=()
while true; do
    added=0
    while IFS= read -r elf; do
        [ -z "${done_elf[$elf]:-}" ] || continue
        done_elf["$elf"]=1
        mapfile -t needed < <(objdump -p "$elf" | awk '$1 == "NEEDED" { print $2 }')
        [ "${#needed[@]}" -gt 0 ] || continue
        resolved="$(env -i /usr/bin/ldd "$elf")"
        for name in "${needed[@]}"; do
            is_excluded "$name" && continue
            [ -e "$appdir/usr/lib/$name" ] && continue
            path="$(awk -v n="$name" '$1 == n && $2 == "=>" { print $3 }' <<<"$resolved")"
            if [ -z "$path" ] || [ "$path" = not ]; then
                echo "deploy-appdir: ${elf#"$appdir"/} needs $name, which the build host does not have" >&2
                exit 1
            fi
            cp -L "$path" "$appdir/usr/lib/$name"
            chmod 0644 "$appdir/usr/lib/$name"
            added=$((added + 1))
        done
    done < <(elf_files)
    [ "$added" -eq 0 ] && break
done

echo "== RUNPATHs"
patchelf --set-rpath '$ORIGIN/../lib' "$appdir/usr/bin/gatehouse"
for lib in "$appdir"/usr/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$lib"
done
while IFS= read -r plugin; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"
done < <(find "$appdir/usr/plugins" -name '*.so')

echo "== AppRun, desktop entry, icons"
install -m 0755 "$here/AppRun" "$appdir/AppRun"
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/$app_id.png"
ln -s "$app_id.png" "$appdir/.DirIcon"
[ -f "$appdir/usr/share/metainfo/$app_id.metainfo.xml" ] ||
    { echo "deploy-appdir: no AppStream metainfo installed" >&2; exit 1; }

echo "== $(find "$appdir/usr/lib" -type f | wc -l) libraries, $(find "$appdir/usr/plugins" -name '*.so' | wc -l) plugins, $(du -sh "$appdir" | cut -f1) in $appdir"
