#!/bin/sh
# Import speed (issue 9/10): N generated sales lines (default 100000)
# imported with `gspdesk import`, every row validated, side by side with the
# sqlite3 shell's `.import` of the same rows into the same table of a copy
# of the same database (no validation). Prints rows/s for both and the
# ratio, by the clock and, with GNU time, by CPU time (fairer on a busy box).
# Usage: bench/import.sh [N] [path/to/gspdesk]
set -eu
n=${1:-100000}
bin=${2:-$(dirname "$0")/../_build/src/gspdesk}
sqlite=${SQLITE3:-sqlite3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gspdesk-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GSPDESK_DB="$tmp/g.db" GSPDESK_USER=admin GSPDESK_PASSWORD=bench-pass-1 \
	GSPDESK_NOW=2026-11-27T10:00 LANG=C.UTF-8
GSPDESK_NEW_PASSWORD=$GSPDESK_PASSWORD "$bin" init --test-clock --admin admin >/dev/null
"$bin" add products code=P1 name=注射器 spec=5ml >/dev/null
"$bin" add customers code=C1 name=北京医院 >/dev/null
cp "$GSPDESK_DB" "$tmp/s.db"

# the same rows twice: as a user's sheet, and as the table's own columns
awk -v n="$n" 'BEGIN {
	print "产品名称,数量,批号,有效期限,销售日期,去向,单价,备注" > "'"$tmp"'/user.csv"
	for (i = 1; i <= n; i++) {
		d = sprintf("2026-%02d-%02d", i % 10 + 1, i % 28 + 1)
		printf "P1,%d,B%06d,2028-12-31,%s,C1,12.50,第%d行\n", i % 9 + 1, i, d, i > "'"$tmp"'/user.csv"
		printf "%d,1,0,,2026-11-27T10:00:00Z,admin,,,1,5ml,%d,B%06d,,2028-12-31,%s,1,1250,%d,第%d行\n", \
			i, i % 9 + 1, i, d, (i % 9 + 1) * 1250, i > "'"$tmp"'/raw.csv"
	}
}'

now() { date +%s.%N; }
cpu() { # FILE CMD...: runs CMD, writes its user+sys seconds to FILE
	f=$1
	shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%U %S' -o "$f" "$@"
	else
		"$@" && echo "0 0" >"$f"
	fi
}
t0=$(now)
cpu "$tmp/cpu.g" "$bin" import sales "$tmp/user.csv" >/dev/null
t1=$(now)
cpu "$tmp/cpu.s" "$sqlite" "$tmp/s.db" ".mode csv" ".import $tmp/raw.csv sales"
t2=$(now)
read -r gu gs <"$tmp/cpu.g"
read -r su ss <"$tmp/cpu.s"
awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" -v gc="$gu $gs" -v sc="$su $ss" 'BEGIN {
	g = b - a; s = c - b
	split(gc, x, " "); split(sc, y, " "); gcpu = x[1] + x[2]; scpu = y[1] + y[2]
	printf "gspdesk import: %d rows in %.2f s, %.0f rows/s (CPU %.2f s)\n", n, g, n / g, gcpu
	printf "sqlite3 .import: %d rows in %.2f s, %.0f rows/s (CPU %.2f s)\n", n, s, n / s, scpu
	printf "ratio: %.2f of sqlite3 by the clock", s / g
	if (gcpu > 0)
		printf ", %.2f by CPU time", scpu / gcpu
	printf " (the goal is at least 0.33)\n"
}'
