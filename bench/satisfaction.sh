#!/bin/sh
# Satisfaction roll-up speed (issues 5/10): N surveys (default 100000), six
# scores each, over 2000 customers, plus N/10 surveys of the year before,
# written by `gspdesk report satisfaction` and by Python XlsxWriter
# (bench/satisfaction.py, same queries, same sheets) from the same database.
# Prints the time of both (GNU time), their peak memory (bench/rss.py:
# gspdesk's without its Argon2id login too) and the ratios.
# Usage: bench/satisfaction.sh [N] [path/to/gspdesk]
set -eu
n=${1:-100000}
here=$(cd "$(dirname "$0")" && pwd)
bin=${2:-$here/../_build/src/gspdesk}
sqlite=${SQLITE3:-sqlite3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gspdesk-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export GSPDESK_DB="$tmp/g.db" GSPDESK_USER=admin GSPDESK_PASSWORD=bench-pass-1 \
	GSPDESK_NOW=2026-11-27T10:00 LANG=C.UTF-8
GSPDESK_NEW_PASSWORD=$GSPDESK_PASSWORD "$bin" init --admin admin >/dev/null
"$bin" add products code=P1 name=注射器 spec=5ml >/dev/null
# straight into the tables: the report reads them, it does not validate them
"$sqlite" "$GSPDESK_DB" <<SQL
BEGIN;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 2000)
INSERT INTO customers (created_at, created_by, code, name)
	SELECT '2026-01-01T00:00:00Z', 'admin', printf('C%04d', i), printf('第%04d医院', i) FROM k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $n + $n / 10)
INSERT INTO surveys (created_at, created_by, year, customer, respondent, date, overall, suggestions)
	SELECT '2026-11-01T00:00:00Z', 'admin', CASE WHEN i <= $n THEN 2026 ELSE 2025 END,
	       i % 2000 + 1, printf('填表人%d', i),
	       printf('%d-%02d-%02d', CASE WHEN i <= $n THEN 2026 ELSE 2025 END, i % 10 + 1, i % 28 + 1),
	       i % 5 + 1, CASE WHEN i % 7 = 0 THEN printf('希望改进第%d项', i % 6 + 1) END FROM k;
INSERT INTO survey_scores (created_at, created_by, survey, item, score)
	SELECT s.created_at, 'admin', s.id, i.id, (s.id * 7 + i.id * 3) % 5 + 1
	FROM surveys s CROSS JOIN survey_items i ORDER BY s.id, i.id;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 2200)
INSERT INTO sales (created_at, created_by, product, qty, batch, sale_date, customer)
	SELECT '2026-01-01T00:00:00Z', 'admin', 1, 1, 'B1', '2026-03-03', i FROM k WHERE i <= 2000;
COMMIT;
SQL

run() { # label, command...
	label=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || {
		cat "$tmp/err" >&2
		exit 1
	}
	read -r secs user sys <"$tmp/time"
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
	set -- $(/usr/bin/python3 "$here/rss.py" "$@" 2>/dev/null)
	echo "$label: $secs s by the clock, $cpu s of CPU; peak $1 MB, after the login $2 MB"
	eval "${label}_s=$secs ${label}_cpu=$cpu"
}
# shellcheck disable=SC2154 # set by run's eval
ratio() {
	awk -v c="$gspdesk_s" -v p="$python_s" -v cc="$gspdesk_cpu" -v pc="$python_cpu" 'BEGIN {
		printf "ratio: %.1fx faster by the clock, %.1fx by CPU time\n", p / (c > 0 ? c : 0.01),
			pc / (cc > 0 ? cc : 0.01) }'
}
run gspdesk "$bin" report satisfaction --year 2026 -o "$tmp/c.xlsx" --force
run python /usr/bin/python3 "$here/satisfaction.py" "$GSPDESK_DB" 2026 "$tmp/p.xlsx"
ratio
ls -l "$tmp/c.xlsx" "$tmp/p.xlsx" | awk '{ print $NF ": " $5 " bytes" }'
