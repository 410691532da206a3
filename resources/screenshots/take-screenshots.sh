#!/usr/bin/env bash
# Takes the AppStream screenshots of `gatehouse --demo` under Xvfb and crops them to the window:
#
#   bash resources/screenshots/take-screenshots.sh build/app/gatehouse
#
# Writes sessions.png (the list), session-actions.png (Enter on a row) and sign-out.png (Delete on
# that row: what Gatehouse says before the hand-off to the browser) next to this script. Needs xvfb,
# xdotool and imagemagick (all in .ci/setup). Bare Xvfb has no window manager, so windows have no
# frames. Look at every PNG before committing; the metainfo names them with their size.
set -euo pipefail
binary="$(realpath "${1:?usage: $0 path/to/gatehouse}")"
out="$(cd "$(dirname "$0")" && pwd)"
display=:96
work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -z "$app_pid" ] || kill -TERM "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 2
export DISPLAY="$display"
# A home of its own (no saved settings), English, no session bus (no autolaunched dbus-daemon).
HOME="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-bus" \
    "$binary" --demo >"$work/app.log" 2>&1 &
app_pid=$!
window="$(timeout 30 xdotool search --sync --onlyvisible --name Gatehouse | head -n 1)"
sleep 4 # the demo server answers and the list fills
eval "$(xdotool getwindowgeometry --shell "$window")" # X, Y, WIDTH, HEIGHT
crop="${WIDTH}x${HEIGHT}+${X}+${Y}"

shot() {
    import -window root "$work/root.png"
    convert "$work/root.png" -crop "$crop" +repage -strip "$out/$1.png"
    echo "$out/$1.png: $(identify -format '%wx%h' "$out/$1.png")"
}

shot sessions
xdotool mousemove $((X + 200)) $((Y + 238)) click 1 # the third row
sleep 1
xdotool key Return
sleep 2
shot session-actions
xdotool key Escape
sleep 1
xdotool key Delete
sleep 2
shot sign-out
xdotool key Escape
