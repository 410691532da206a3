#!/bin/sh
# Runs a test against a real notification daemon: dunst on Xvfb, in a private D-Bus session. Exit 77
# (skipped) where dbus-run-session, Xvfb, dunst or dunstctl is missing.
for tool in dbus-run-session Xvfb dunst dunstctl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found: skipped" >&2; exit 77; }
done
if [ -z "$GATEHOUSE_IN_PRIVATE_BUS" ]; then
    GATEHOUSE_IN_PRIVATE_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
config_home=$(mktemp -d)
trap 'kill "$dunst_pid" "$xvfb_pid" 2>/dev/null; rm -rf "$config_home"' EXIT
# A free display number: Xvfb picks one and writes it to the descriptor given.
exec 3>"$config_home/display"
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$config_home/display" ] && break; sleep 0.05; done
DISPLAY=":$(cat "$config_home/display")"
export DISPLAY
# An empty configuration: dunst's defaults, not the developer's own dunstrc.
mkdir -p "$config_home/dunst" && : >"$config_home/dunst/dunstrc"
dunst -config "$config_home/dunst/dunstrc" >/dev/null 2>&1 &
dunst_pid=$!
for _ in $(seq 100); do
    dunstctl count >/dev/null 2>&1 && break
    sleep 0.05
done
QT_QPA_PLATFORM=offscreen "$@"
status=$?
exit "$status"
