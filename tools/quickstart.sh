#!/bin/sh
# The README's two commands on a fresh Debian 12 machine:
#   sh tools/quickstart.sh demo   install, build, open the program on a demo database
#   sh tools/quickstart.sh test   install, build, run the whole test suite
# Run as root, or as a user who may sudo (the packages need it).
set -eu

PACKAGES="build-essential autoconf automake autopoint gettext pkg-config \
libncurses-dev libsqlite3-dev libxlsxwriter-dev libcriterion-dev libsodium-dev \
sqlite3 tmux python3 python3-openpyxl groff-base unicode-data bzip2"

mode=${1:-}
case $mode in
demo | test) ;;
*)
	echo "usage: sh tools/quickstart.sh demo|test" >&2
	exit 2
	;;
esac

# the tests also open every report in LibreOffice, and CI runs them under valgrind
[ "$mode" = test ] && PACKAGES="$PACKAGES libreoffice-calc valgrind"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $PACKAGES

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
autoreconf -fi
mkdir -p _build
cd _build
[ -f Makefile ] || ../configure --enable-werror
make -j"$(nproc)"

if [ "$mode" = test ]; then
	# VERBOSE prints the log of any failing test. The tests mostly wait (on
	# a terminal, a lock, a password hash), so run more than one per core.
	exec make -j"$(($(nproc) * 2))" check VERBOSE=1
fi

data=${XDG_DATA_HOME:-$HOME/.local/share}/gspdesk
db=$data/demo.db
rm -f "$db" "$db-wal" "$db-shm"
export GSPDESK_NEW_PASSWORD=demo-pass
./src/gspdesk --db "$db" init --demo --admin admin
unset GSPDESK_NEW_PASSWORD
echo "Demo database: $db (users and passwords: see README.md)"
if [ -t 0 ] && [ -t 1 ]; then
	exec ./src/gspdesk --db "$db" --user admin
fi
# no terminal to open the screens in: show the demo sales instead
GSPDESK_PASSWORD=demo-pass exec ./src/gspdesk --db "$db" --user admin list sales --limit 20
