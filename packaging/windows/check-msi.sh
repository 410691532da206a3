#!/usr/bin/env bash
# Builds the MSI with wixl against a placeholder payload (the Windows payload cannot be built on
# Debian: no Qt for Windows here) and reads its tables back with msiinfo/msiextract. Run by ctest
# (label packaging):
#
#   packaging/windows/check-msi.sh VERSION WORKDIR
#
# Checks: x64 template and Windows Installer 5.0; per-user (no elevation, no ALLUSERS); the fixed
# UpgradeCode and a major upgrade (Upgrade rows, downgrade LaunchCondition, RemoveExistingProducts);
# ProductVersion = VERSION; the Start-menu shortcut and the Add/Remove Programs icon; every component
# 64-bit with an HKCU KeyPath; every payload file in place under %LOCALAPPDATA%\Programs\Gatehouse;
# component GUIDs stable and ProductCode new from one build to the next; a full uninstall deletes the
# per-user Run value that "Start when I log in" writes (the key and name read from app/watch/Autostart.cpp).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 2 ] || { echo "usage: $0 VERSION WORKDIR" >&2; exit 2; }
version="$1"
work="$2"
upgrade_code='{C19CC456-3477-4A16-8C8C-F53D6E066AEA}'
for tool in wixl msiinfo msiextract cmake; do
    command -v "$tool" >/dev/null || { echo "check-msi: $tool not found (apt-get install wixl msitools)" >&2; exit 1; }
done

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# `producer | grep -q` under pipefail fails at random: grep quits at the first match and the producer
# dies of SIGPIPE. `contains` reads its whole input before it searches.
contains() { local text; text="$(cat)"; grep -q "$@" <<<"$text"; }
expect() { # expect LABEL ACTUAL EXPECTED
    if [ "$2" = "$3" ]; then pass "$1 = $3"; else fail "$1 is '$2', expected '$3'"; fi
}

rm -rf "$work"
mkdir -p "$work/payload"
work="$(cd "$work" && pwd)"
# `msiinfo export` writes binary streams (the icon) into the current folder: work inside $work.
cd "$work"
mapfile -t payload < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$here/placeholder-payload.txt" | grep -v '^$')
for file in "${payload[@]}"; do
    mkdir -p "$work/payload/$(dirname "$file")"
    printf 'placeholder for %s\n' "$file" >"$work/payload/$file"
done

msi="$work/Gatehouse-$version-x64.msi"
cmake -DVERSION="$version" -DPAYLOAD_DIR="$work/payload" -DOUTPUT="$msi" -DCOMPILER=wixl -P "$here/build-msi.cmake"

table() { msiinfo export "$msi" "$1" | tr -d '\r' | tail -n +4; } # rows only, without the three header lines
property() { table Property | awk -F'\t' -v p="$1" '$1 == p { print $2 }'; }

# Summary information
suminfo="$(msiinfo suminfo "$msi")"
expect "Template" "$(sed -n 's/^Template: //p' <<<"$suminfo")" "x64;1033"
schema="$(sed -n 's/^Version: \([0-9]*\).*/\1/p' <<<"$suminfo")"
[ "${schema:-0}" -ge 500 ] && pass "Windows Installer schema $schema" || fail "schema '$schema' < 500"
source_bits="$(sed -n 's/^Source: \([0-9]*\).*/\1/p' <<<"$suminfo")"
(( (source_bits & 8) != 0 )) && pass "per-user: no elevation (Source $source_bits)" ||
    fail "Source word count $source_bits lacks the no-elevation bit (8): not a per-user package"
(( (source_bits & 2) != 0 )) && pass "compressed" || fail "Source word count $source_bits: not compressed"

# Properties
expect "ProductVersion" "$(property ProductVersion)" "$version"
expect "UpgradeCode" "$(property UpgradeCode)" "$upgrade_code"
expect "ProductName" "$(property ProductName)" "Gatehouse"
expect "ARPPRODUCTICON" "$(property ARPPRODUCTICON)" "gatehouse.ico"
[ -z "$(property ALLUSERS)" ] && pass "no ALLUSERS (per-user)" || fail "ALLUSERS is set: $(property ALLUSERS)"
table Icon | contains '^gatehouse.ico' && pass "Icon table holds gatehouse.ico" || fail "no gatehouse.ico in the Icon table"

# Major upgrade
upgrades="$(table Upgrade)"
grep -qP "^\Q$upgrade_code\E\t\t\Q$version\E\t\t1\t\tWIX_UPGRADE_DETECTED$" <<<"$upgrades" &&
    pass "Upgrade row: any older version is WIX_UPGRADE_DETECTED" || fail "no upgrade row for older versions: $upgrades"
grep -qP "^\Q$upgrade_code\E\t\Q$version\E\t\t\t2\t\tWIX_DOWNGRADE_DETECTED$" <<<"$upgrades" &&
    pass "Upgrade row: a newer version is WIX_DOWNGRADE_DETECTED" || fail "no downgrade row: $upgrades"
table LaunchCondition | contains '^NOT WIX_DOWNGRADE_DETECTED' && pass "downgrades refused" ||
    fail "no downgrade LaunchCondition"
table InstallExecuteSequence | contains -P '^RemoveExistingProducts\t' && pass "RemoveExistingProducts scheduled" ||
    fail "RemoveExistingProducts not in InstallExecuteSequence"

# Folders: %LOCALAPPDATA%\Programs\Gatehouse
directories="$(table Directory)"
grep -qP '^INSTALLDIR\tUserProgramsFolder\tGatehouse$' <<<"$directories" &&
    grep -qP '^UserProgramsFolder\tLocalAppDataFolder\tPrograms$' <<<"$directories" &&
    pass "installs into LocalAppDataFolder\\Programs\\Gatehouse" || fail "unexpected install folder: $directories"

# Start-menu shortcut
shortcut="$(table Shortcut)"
expect "Shortcut folder" "$(cut -f2 <<<"$shortcut")" "ProgramMenuFolder"
expect "Shortcut name" "$(cut -f3 <<<"$shortcut")" "Gatehouse"
expect "Shortcut target" "$(cut -f5 <<<"$shortcut")" "[#GatehouseExe]"
grep -qP '\tgatehouse.ico\t' <<<"$shortcut" && pass "shortcut icon" || fail "shortcut without the icon: $shortcut"
[ "$(wc -l <<<"$shortcut")" -eq 1 ] || fail "expected one shortcut: $shortcut"

# Components: 64-bit, KeyPath an HKCU registry value (per-user rules ICE38/ICE43), folders removed.
registry="$(table Registry)"
components="$(table Component)"
bad=0
while IFS=$'\x1f' read -r component guid directory attributes _condition keypath; do
    (( (attributes & 256) != 0 )) || { fail "component $component is not 64-bit ($attributes)"; bad=1; }
    (( (attributes & 4) != 0 )) || { fail "component $component has no registry KeyPath ($attributes)"; bad=1; }
    awk -F'\t' -v k="$keypath" '$1 == k && $2 == 1 { found = 1 } END { exit !found }' <<<"$registry" ||
        { fail "component $component: KeyPath $keypath is not an HKCU value"; bad=1; }
    [[ "$guid" =~ ^\{[0-9A-F-]{36}\}$ ]] || { fail "component $component has GUID '$guid'"; bad=1; }
done < <(tr '\t' '\037' <<<"$components") # a non-whitespace IFS keeps empty fields
[ "$bad" -eq 0 ] && pass "$(wc -l <<<"$components") components: 64-bit, HKCU KeyPath"
removed="$(table RemoveFile | cut -f4 | sort -u)"
while IFS=$'\x1f' read -r directory _; do
    case "$directory" in TARGETDIR | LocalAppDataFolder | ProgramMenuFolder) continue ;; esac
    grep -qx "$directory" <<<"$removed" || fail "folder $directory is not removed on uninstall (ICE64)"
done < <(tr '\t' '\037' <<<"$directories")
pass "every folder of ours is removed on uninstall"

# Uninstall removes the "Start when I log in" Run value (app/watch/Autostart.cpp names it).
autostart_source="$here/../../app/watch/Autostart.cpp"
run_key="$(sed -n 's/.*RunKey = QStringLiteral(R"(HKEY_CURRENT_USER\\\(.*\))");/\1/p' "$autostart_source")"
run_value="$(sed -n 's/.*RunValue = QStringLiteral("\(.*\)");/\1/p' "$autostart_source")"
[ -n "$run_key" ] && [ -n "$run_value" ] || fail "could not read the Run key and value from $autostart_source"
actions="$(table CustomAction)"
remove_row="$(awk -F'\t' '$1 == "RemoveAutostartRunValue"' <<<"$actions")"
set_row="$(awk -F'\t' '$1 == "SetGatehouseRegExe"' <<<"$actions")"
remove_type="$(cut -f2 <<<"$remove_row")"
expect "Run value removal: command" "$(cut -f4 <<<"$remove_row")" "delete \"HKCU\\$run_key\" /v $run_value /f"
expect "Run value removal: program property" "$(cut -f3 <<<"$remove_row")" "GATEHOUSE_REG_EXE"
(( (${remove_type:-0} & 63) == 50 )) && pass "Run value removal runs the program a property names (type 50)" ||
    fail "RemoveAutostartRunValue has type '$remove_type', expected an exe named by a property (50)"
(( (${remove_type:-0} & 1024) != 0 && (${remove_type:-0} & 2048) == 0 )) &&
    pass "Run value removal is deferred and impersonates the user (HKCU is theirs)" ||
    fail "RemoveAutostartRunValue type $remove_type: not deferred, or not impersonated"
(( (${remove_type:-0} & 64) != 0 )) && pass "a missing Run value is no error" ||
    fail "RemoveAutostartRunValue type $remove_type does not ignore its exit code"
expect "reg.exe property" "$(cut -f3-4 <<<"$set_row")" $'GATEHOUSE_REG_EXE\t[System64Folder]reg.exe'
sequence="$(table InstallExecuteSequence)"
seq_of() { awk -F'\t' -v a="$1" '$1 == a { print $3 }' <<<"$sequence"; }
condition="$(awk -F'\t' '$1 == "RemoveAutostartRunValue" { print $2 }' <<<"$sequence")"
expect "Run value removal: condition" "$condition" 'REMOVE~="ALL" AND NOT UPGRADINGPRODUCTCODE'
(( $(seq_of InstallInitialize) < $(seq_of SetGatehouseRegExe) && $(seq_of SetGatehouseRegExe) < $(seq_of RemoveAutostartRunValue) &&
   $(seq_of RemoveAutostartRunValue) < $(seq_of RemoveFiles) )) &&
    pass "Run value removal sequenced after InstallInitialize, before RemoveFiles" ||
    fail "Run value removal out of order: $(grep -E 'InstallInitialize|Gatehouse|RemoveAutostart|RemoveFiles' <<<"$sequence")"

# Files
listing="$(msiextract -l "$msi")"
missing=0
for file in "${payload[@]}"; do
    grep -qxF "Programs/Gatehouse/$file" <<<"$listing" || { fail "not in the MSI: $file"; missing=1; }
done
[ "$missing" -eq 0 ] && pass "all ${#payload[@]} payload files in place"
expect "file count" "$(wc -l <<<"$listing")" "${#payload[@]}"
for file in gatehouse.exe Qt6Core.dll platforms/qwindows.dll tls/qschannelbackend.dll Qt6Sql.dll \
    sqldrivers/qsqlite.dll; do
    grep -qxF "Programs/Gatehouse/$file" <<<"$listing" || fail "key file $file missing"
done
mkdir -p "$work/extracted"
msiextract -C "$work/extracted" "$msi" >/dev/null
cmp -s "$work/extracted/Programs/Gatehouse/gatehouse.exe" "$work/payload/gatehouse.exe" &&
    pass "gatehouse.exe extracts byte for byte" || fail "gatehouse.exe differs after extraction"

# A second build: same component GUIDs (component rules), new ProductCode, same UpgradeCode.
msi2="$work/second/Gatehouse-$version-x64.msi"
mkdir -p "$work/second"
cmake -DVERSION="$version" -DPAYLOAD_DIR="$work/payload" -DOUTPUT="$msi2" -DCOMPILER=wixl -P "$here/build-msi.cmake" >/dev/null
[ "$(msiinfo export "$msi2" Component)" = "$(msiinfo export "$msi" Component)" ] &&
    [ "$(msiinfo export "$msi2" File)" = "$(msiinfo export "$msi" File)" ] &&
    pass "component GUIDs stable across builds" || fail "component table changed between two builds"
code1="$(property ProductCode)"
code2="$(msiinfo export "$msi2" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }')"
[ -n "$code1" ] && [ "$code1" != "$code2" ] && pass "new ProductCode per build" || fail "ProductCode did not change ($code1)"

echo "info: $(du -h "$msi" | cut -f1) $msi"
if [ "$failures" -ne 0 ]; then
    echo "== $failures MSI check(s) failed" >&2
    exit 1
fi
echo "== all MSI checks passed"
