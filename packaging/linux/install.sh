#!/bin/sh
# Install the CalciTrack bundle (the folder this script is in) on a Linux workstation.
#
#   sudo ./install.sh              # into /opt/calcitrack, `calcitrack` in /usr/local/bin,
#                                  # the menu entry and icon under /usr/local/share
#   sudo ./install.sh --uninstall  # remove all of that again (the clinic's data stays)
#
# PREFIX, BINDIR and DATADIR override those three places (e.g. a user's own install:
# PREFIX=~/.local/opt/calcitrack BINDIR=~/.local/bin DATADIR=~/.local/share ./install.sh).
# An update replaces the whole folder, so no file of the previous version is left behind.
set -eu

PREFIX="${PREFIX:-/opt/calcitrack}"
BINDIR="${BINDIR:-/usr/local/bin}"
DATADIR="${DATADIR:-/usr/local/share}"
HERE="$(cd "$(dirname "$0")" && pwd)"
DESKTOP="$DATADIR/applications/calcitrack.desktop"
ICON="$DATADIR/icons/hicolor/256x256/apps/calcitrack.png"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATADIR/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATADIR/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    if [ -L "$BINDIR/calcitrack" ]; then rm -f "$BINDIR/calcitrack"; fi
    rm -f "$DESKTOP" "$ICON"
    rm -rf "$PREFIX"
    refresh_menus
    echo "removed CalciTrack from $PREFIX (the clinic's data and each user's settings stay)"
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/calcitrack" ] || [ ! -d "$HERE/_internal" ]; then
    echo "error: $HERE is not a CalciTrack bundle (no calcitrack and _internal/ beside me)" >&2
    exit 1
fi
if [ "$HERE" = "$PREFIX" ]; then
    echo "error: already installed here; run the install.sh of the new bundle instead" >&2
    exit 1
fi

mkdir -p "$(dirname "$PREFIX")" "$BINDIR"
rm -rf "$PREFIX.new"
cp -R "$HERE" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/calcitrack" "$BINDIR/calcitrack"

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
sed -e "s|^Exec=calcitrack|Exec=\"$PREFIX/calcitrack\"|" \
    -e "s|^TryExec=calcitrack|TryExec=$PREFIX/calcitrack|" \
    "$HERE/calcitrack.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
cp "$HERE/calcitrack.png" "$ICON"
chmod 644 "$ICON"
refresh_menus

echo "installed CalciTrack $("$PREFIX/calcitrack" --version | sed 's/^CalciTrack //') in $PREFIX"
echo "  command: $BINDIR/calcitrack   menu entry: $DESKTOP"
