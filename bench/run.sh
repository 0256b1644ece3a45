#!/bin/sh
# `make bench`: generates a small and a large database with bench/gen, runs
# bench/paging on both and prints one table. Figures, not a test: nothing
# here fails on a missed goal. Works from any build directory.
#
# Environment: BENCH_BIN (where gen and paging are; default: next to this
# script), SQLITE3 (the sqlite3 shell for the reference row; empty skips it),
# BENCH_SMALL / BENCH_LARGE (sales lines, default 1000 / 1000000),
# BENCH_REPS (default 50), BENCH_DIR (keep the databases there instead of a
# temporary directory that is removed afterwards).
set -eu

bin=${BENCH_BIN:-$(cd "$(dirname "$0")" && pwd)}
small=${BENCH_SMALL:-1000}
large=${BENCH_LARGE:-1000000}
reps=${BENCH_REPS:-50}
shell=${SQLITE3-sqlite3}
if [ -n "$shell" ] && ! command -v "$shell" >/dev/null 2>&1; then
	echo "run.sh: no sqlite3 shell ($shell): the reference row is left out" >&2
	shell=
fi

if [ -n "${BENCH_DIR:-}" ]; then
	dir=$BENCH_DIR
	mkdir -p "$dir"
else
	dir=$(mktemp -d "${TMPDIR:-/tmp}/gspdesk-bench.XXXXXX")
	trap 'rm -rf "$dir"' EXIT
	trap 'exit 130' INT TERM
fi
label() {
	case $1 in
	*000000) echo "$(($1 / 1000000))M" ;;
	*000) echo "$(($1 / 1000))k" ;;
	*) echo "$1" ;;
	esac
}
ls_=$(label "$small")
ll=$(label "$large")

gen() {
	rm -f "$dir/$1.db" "$dir/$1.db-wal" "$dir/$1.db-shm"
	out=$("$bin/gen" --db "$dir/$1.db" --sales "$2" --seed 1) || exit 1
	echo "$out" | sed -n 's/.*, \([0-9.]*\) s$/\1/p'
}
echo "generating $small and $large sales lines in $dir ..." >&2
gs=$(gen small "$small")
gl=$(gen large "$large")

# Search terms: a batch-number fragment (B24: batches made in 2024, so the
# first match lies 70% into the date order), the biggest customer's name,
# and one serial number of the large set (a single line: the whole table
# is read to learn there is no second).
serial=
if [ -n "$shell" ]; then
	serial=$("$shell" -readonly "$dir/large.db" \
		"SELECT serial FROM sales WHERE serial IS NOT NULL AND id >= $large / 2 LIMIT 1")
fi
set -- --search B24 --search 第一人民医院
[ -n "$serial" ] && set -- "$@" --search "$serial"

echo "measuring ..." >&2
# one process for both, alternating samples: a load that comes and goes
# weighs on both sizes alike
"$bin/paging" --db "$dir/small.db" --db "$dir/large.db" --reps "$reps" \
	--sqlite3 "$shell" "$@" >"$dir/paging.txt"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
sqlite=$(awk -F '\t' '$1 == "#sqlite" { print $2 }' "$dir/paging.txt")
echo
# other work on the machine shows in the figures: say how much there was
load=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "gspdesk sales list paging, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU ${cpu:-(unknown)}, SQLite $sqlite, load $load"
echo "program time in ms of one operation on a window of 20 rows, median and p95 of up to $reps runs;"
echo "databases of $ls_ and $ll sales lines generated in $gs s and $gl s; [n] = rows shown after it at $ll"
# the operation's name goes last: search terms may be Chinese, whose
# display width awk cannot measure
awk -F '\t' -v s="$ls_" -v l="$ll" -v serial="$serial" '
/^#/ { next }
!head++ {
	printf "%8s %8s %8s %8s %8s  %-22s %s\n", s " med", s " p95", l " med", l " p95", l "/" s, "goal", "operation"
}
{
	ratio = $2 > 0 ? $6 / $2 : 0
	goal = "(reference)"
	if ($1 !~ /^sqlite3/) {
		goal = $7 < 20 ? "ok" : "MISSED <20ms"
		if ($1 ~ /^Pg/)
			goal = goal (ratio <= 1.5 ? ", flat" : ", MISSED flat")
	}
	name = $1
	if (serial != "" && index(name, serial))
		name = name " (one line)"
	printf "%8.3f %8.3f %8.3f %8.3f %8.2f  %-22s %s [%s]\n", $2, $3, $6, $7, ratio, goal, name, $8
}' "$dir/paging.txt"
