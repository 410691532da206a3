#!/usr/bin/env bash
# Checks the desktop-integration files in the source tree. Run by ctest (label packaging):
#
#   packaging/check-metadata.sh SOURCE_DIR VERSION
#
# desktop-file-validate and appstreamcli validate --no-net clean; the newest <release> is VERSION
# (the project version); metainfo, desktop entry and icon agree on the app id; every hicolor PNG
# has its nominal size; the .ico holds 16, 24, 32, 48, 64 and 256 px frames; every screenshot the
# metainfo names is in resources/screenshots with the size it states.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SOURCE_DIR VERSION" >&2; exit 2; }
src="$1"
version="$2"
app_id=io.github.gatehouse.Gatehouse
desktop="$src/resources/desktop/$app_id.desktop"
metainfo="$src/resources/desktop/$app_id.metainfo.xml"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

out=""
if out="$(desktop-file-validate "$desktop" 2>&1)" && [ -z "$out" ]; then
    pass "desktop-file-validate clean"
else
    fail "desktop-file-validate: $out"
fi
if out="$(appstreamcli validate --no-net "$metainfo" 2>&1)" && ! grep -qE '^[EWI]: ' <<<"$out"; then
    pass "appstreamcli validate --no-net clean"
else
    fail "appstreamcli validate --no-net: $out"
fi

grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo id" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" &&
    pass "launchable names the desktop entry" || fail "launchable does not name $app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" && pass "desktop entry icon" || fail "desktop entry Icon is not $app_id"
grep -qx "Exec=gatehouse" "$desktop" && pass "desktop entry runs gatehouse" || fail "desktop entry Exec is not gatehouse"
newest="$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | sed 's/.*version="//; s/"$//')"
[ "$newest" = "$version" ] && pass "newest release is $version" ||
    fail "newest <release> in the metainfo is '$newest', the project version is '$version'"
grep -q '<content_rating type="oars-1.1"' "$metainfo" && pass "content rating" || fail "no OARS content rating"

for size in 16 24 32 48 64 128 256 512; do
    png="$src/resources/icons/hicolor/${size}x${size}/apps/$app_id.png"
    if file "$png" 2>/dev/null | grep -q "PNG image data, $size x $size, 8-bit/color RGBA"; then
        :
    else
        fail "$png is not a ${size}x${size} RGBA PNG"
    fi
done
pass "hicolor PNGs 16-512"

# ICO header: reserved (2 bytes), type 1, frame count; then 16 bytes per frame, width first (0 = 256).
ico="$src/packaging/windows/gatehouse.ico"
read -r reserved type count < <(od -An -tu2 -N6 "$ico")
if [ "$reserved" = 0 ] && [ "$type" = 1 ]; then
    sizes=""
    for ((i = 0; i < count; i++)); do
        width="$(od -An -tu1 -j $((6 + 16 * i)) -N1 "$ico" | tr -d ' ')"
        sizes="$sizes $([ "$width" = 0 ] && echo 256 || echo "$width")"
    done
    [ "$sizes" = " 16 24 32 48 64 256" ] && pass "gatehouse.ico frames:$sizes" || fail "gatehouse.ico frames:$sizes"
else
    fail "$ico is not an icon file"
fi

shots=0
while read -r width height name; do
    shots=$((shots + 1))
    png="$src/resources/screenshots/$name"
    if file "$png" 2>/dev/null | grep -q "PNG image data, $width x $height,"; then
        pass "screenshot $name ${width}x$height"
    else
        fail "screenshot $name missing or not ${width}x$height"
    fi
done < <(sed -n 's|.*<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">[^<]*/\([^/<]*\.png\)</image>.*|\1 \2 \3|p' "$metainfo")
[ "$shots" -gt 0 ] || fail "the metainfo names no screenshot"

if [ "$failures" -ne 0 ]; then
    echo "== $failures metadata check(s) failed" >&2
    exit 1
fi
echo "== all metadata checks passed"
