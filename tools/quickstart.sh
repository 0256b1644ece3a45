#!/bin/sh
# The README's two commands on a fresh Debian 12 machine:
#   sh tools/quickstart.sh demo [--lang en]   install the packages, build,
#       install gspdesk (as root into /usr/local, else into ~/.local), open
#       it on a demo office, in Chinese (or English with --lang en)
#   sh tools/quickstart.sh test   install the packages, build, run the whole test suite
# Run as root, or as a user who may sudo (the packages need it).
set -eu

PACKAGES="build-essential autoconf automake autopoint gettext pkg-config \
libncurses-dev libsqlite3-dev libxlsxwriter-dev libcriterion-dev libsodium-dev \
libminizip-dev libexpat1-dev sqlite3 tmux python3 python3-openpyxl groff-base unicode-data bzip2"

mode=${1:-}
lang=zh_CN
case $mode:${2:-}:${3:-} in
demo:: | test::) ;;
demo:--lang:zh_CN | demo:--lang:en) lang=$3 ;;
*)
	echo "usage: sh tools/quickstart.sh demo [--lang zh_CN|en] | test" >&2
	exit 2
	;;
esac

# the tests also print every report through LibreOffice (Chinese needs
# Noto CJK, Calibri's column widths Carlito; pdftotext reads the PDF back),
# and CI runs them under valgrind; make bench needs GNU time and Debian's python3 with xlsxwriter;
# the demo's `man gspdesk`, man-db
if [ "$mode" = test ]; then
	PACKAGES="$PACKAGES libreoffice-calc valgrind time python3-xlsxwriter \
		fonts-noto-cjk fonts-crosextra-carlito poppler-utils"
else
	PACKAGES="$PACKAGES man-db"
fi

sudo=""
prefix=/usr/local
[ "$(id -u)" -eq 0 ] || { sudo=sudo; prefix=$HOME/.local; }
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $PACKAGES

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
autoreconf -fi
mkdir -p _build
cd _build
# the prefix is built in (where the translations are): configure again
# when an earlier run chose another
if ! grep -qx "prefix = $prefix" Makefile 2>/dev/null; then
	../configure --enable-werror --prefix="$prefix"
fi
make -j"$(nproc)"

if [ "$mode" = test ]; then
	# VERBOSE prints the log of any failing test. The tests mostly wait (on
	# a terminal, a lock, a password hash), so run more than one per core.
	exec make -j"$(($(nproc) * 2))" check VERBOSE=1
fi

make install
gspdesk=$prefix/bin/gspdesk
echo "Installed $gspdesk, its translations and its manual (man gspdesk)."
case ":$PATH:" in
*":$prefix/bin:"*) ;;
*) echo "Add $prefix/bin to PATH (Debian's ~/.profile does at the next login if it exists)." ;;
esac

data=${XDG_DATA_HOME:-$HOME/.local/share}/gspdesk
db=$data/demo.db
rm -f "$db" "$db-wal" "$db-shm"
export GSPDESK_NEW_PASSWORD=demo-pass
"$gspdesk" --db "$db" --lang "$lang" init --demo --admin admin --lang "$lang"
unset GSPDESK_NEW_PASSWORD
echo "Demo database: $db (users and passwords: see README.md)"
if [ -t 0 ] && [ -t 1 ]; then
	exec "$gspdesk" --db "$db" --lang "$lang" --user admin
fi
# no terminal to open the screens in: show the demo sales instead
GSPDESK_PASSWORD=demo-pass exec "$gspdesk" --db "$db" --lang "$lang" --user admin list sales --limit 20
