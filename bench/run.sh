#!/bin/sh
# `make bench`: generates the benchmark databases with bench/gen and prints
# one table of the six figures of issue 10, each beside its reference tool
# measured in the same run, then the list paging details. Figures, not a
# test: nothing here fails on a missed goal. Works from any build directory.
#
# Environment: BENCH_BIN (where gen, paging and save are; default: next to
# this script), BENCH_GSPDESK (the program; default ../src/gspdesk from
# there), SQLITE3 (the sqlite3 shell, the reference of most figures),
# BENCH_SMALL / BENCH_LARGE (sales lines, default 1000 / 1000000),
# BENCH_SURVEYS (surveys of the report's year, default 100000), BENCH_OTHERS
# (complaints and quality records, default 100000; half as many service
# tickets), BENCH_REPS
# (default 50), BENCH_DIR (keep the databases there instead of a temporary
# directory that is removed afterwards).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bin=${BENCH_BIN:-$here}
app=${BENCH_GSPDESK:-$bin/../src/gspdesk}
small=${BENCH_SMALL:-1000}
large=${BENCH_LARGE:-1000000}
surveys=${BENCH_SURVEYS:-100000}
others=${BENCH_OTHERS:-100000}
reps=${BENCH_REPS:-50}
shell=${SQLITE3-sqlite3}
py=/usr/bin/python3
# what a fresh machine may lack, said in one line with the packages to install
missing=
command -v "$shell" >/dev/null 2>&1 || missing="$missing sqlite3"
if [ ! -x "$py" ]; then
	missing="$missing python3 python3-xlsxwriter"
elif ! "$py" -c 'import xlsxwriter' 2>/dev/null; then
	missing="$missing python3-xlsxwriter"
fi
[ -x /usr/bin/time ] || missing="$missing time"
if [ -n "$missing" ]; then
	echo "make bench: missing:$missing (apt-get install$missing)" >&2
	exit 1
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

gen() { # NAME, gen's flags...: prints the seconds it took
	g_name=$1
	shift
	rm -rf "$dir/$g_name.db" "$dir/$g_name.db-wal" "$dir/$g_name.db-shm"
	g_out=$("$bin/gen" --db "$dir/$g_name.db" --seed 1 "$@") || exit 1
	echo "$g_out" | sed -n 's/.*, \([0-9.]*\) s$/\1/p'
}
echo "generating $small and $large sales lines (and the other records) in $dir ..." >&2
gs=$(gen small --sales "$small")
mkdir -p "$dir/csv"
gl=$(gen large --sales "$large" --surveys "$surveys" --complaints "$others" --quality "$others" \
	--service $((others / 2)) --csv "$dir/csv")
# the same customers and products with no sales: what the imports go into
gen base --sales 0 >/dev/null
cp "$dir/base.db" "$dir/import_g.db"
cp "$dir/base.db" "$dir/import_s.db"

export GSPDESK_USER=admin GSPDESK_PASSWORD=bench-pass GSPDESK_NOW=2026-11-27T10:00 \
	LANG=C.UTF-8 LC_ALL=C.UTF-8
big=$dir/large.db
# scripts log in with an access token, not the password's slow hash: the
# whole-process figures are taken that way, start-up both ways
token=$("$app" --db "$big" user token admin --label bench --days 1 2>/dev/null)
q() { "$shell" -readonly "$big" "$1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { # FILE, command...: GNU time's "wall user sys maxrss_kB" into FILE
	t_f=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$t_f" "$@" >/dev/null 2>"$t_f.err" || {
		cat "$t_f.err" >&2
		exit 1
	}
}
: >"$dir/table"
row() { # figure, gspdesk, reference, ratio, goal, verdict
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$dir/table"
}

echo "1/6 trace ..." >&2
# The statements the program runs (src/db/db_trace.c), the batch written
# in; run for the batch with the most lines (the heaviest trace there is)
# and for one of median size (what a recall usually meets). gen's batch
# numbers are their own keys (text_key), so the key is the batch itself.
trace_sql() {
	printf '%s' "SELECT l.id, l.receipt, l.qty, h.date, h.kind, ifnull(h.supplier_name, sp.name), p.code, l.batch, l.serial,
 l.conclusion, l.inspector FROM receipt_lines l JOIN receipts h ON h.id = l.receipt
 JOIN products p ON p.id = l.product LEFT JOIN suppliers sp ON sp.id = h.supplier
 WHERE l.batch_key = '$1' AND l.voided = 0 AND h.voided = 0 ORDER BY h.date, l.id;
SELECT t.id, t.qty, c.id, t.sale_date, p.code, t.product_name, t.batch, t.serial,
 c.code, t.buyer_name, t.buyer_address, t.buyer_contact, t.buyer_phone FROM sales t
 JOIN products p ON p.id = t.product JOIN customers c ON c.id = t.customer
 WHERE +t.voided = 0 AND t.batch_key = '$1' ORDER BY t.sale_date, t.id;
SELECT t.id, ifnull(t.sale, 0), t.use_date, p.code, t.batch, t.serial, h.name, t.patient,
 t.patient_id FROM implants t JOIN products p ON p.id = t.product
 JOIN customers h ON h.id = t.hospital WHERE t.voided = 0 AND t.batch_key = '$1'
 ORDER BY t.use_date, t.id;
SELECT t.id, r.qty, c.id, coalesce(r.closed_date, substr(r.created_at, 1, 10)) AS d, p.code,
 t.product_name, r.replacement_batch, r.replacement_serial, c.code, t.buyer_name,
 t.buyer_address, t.buyer_contact, t.buyer_phone, r.id FROM returns r
 JOIN sales t ON t.id = r.sale JOIN products p ON p.id = t.product
 JOIN customers c ON c.id = t.customer WHERE r.voided = 0 AND +t.voided = 0
 AND r.outcome = 'exchange' AND r.replacement_batch_key = '$1' ORDER BY d, r.id;"
}
q "SELECT batch, count(*) FROM sales WHERE batch IS NOT NULL GROUP BY batch ORDER BY count(*)" \
	>"$dir/batches"
nb=$(wc -l <"$dir/batches")
for which in heaviest median; do
	if [ "$which" = heaviest ]; then
		line=$(tail -n 1 "$dir/batches")
	else
		line=$(sed -n "$(((nb + 1) / 2))p" "$dir/batches")
	fi
	batch=${line%|*}
	nlines=${line##*|}
	set -- $(GSPDESK_TOKEN=$token "$py" "$here/vs.py" 20 "$app" --db "$big" trace --batch "$batch" \
		--format csv -- "$shell" -readonly "$big" "$(trace_sql "$batch")")
	row "trace by batch with its receipts at $ll, the $which batch ($nlines lines), whole process, ms" "$1 (p95 $2)" \
		"$3 (p95 $4)" "$(awk -v a="$1" -v b="$3" 'BEGIN { printf "%.2fx", a / b }')" "<=1.5x, <20 ms" \
		"$(awk -v a="$1" -v b="$3" 'BEGIN { print (a <= 1.5 * b && a < 20) ? "ok" : "MISSED" }')"
done

echo "stock ..." >&2
# issue 23: on hand per batch of the product sold most (src/db/db_stock.c's
# statement; gsp_key is the program's, and gen makes no exchanges, so the
# shell's copy reads NULL for it)
stock_sql() {
	printf '%s' "WITH moves (product, bkey, skey, batch, serial, expiry, qty, day) AS (
 SELECT l.product, l.batch_key, CASE WHEN l.batch_key IS NULL THEN l.serial_key END, l.batch,
  l.serial, l.expiry, l.qty, h.date FROM receipt_lines l JOIN receipts h ON h.id = l.receipt
  WHERE l.voided = 0 AND h.voided = 0 AND l.conclusion = 'accepted' AND l.product = $1
 UNION ALL SELECT s.product, s.batch_key, CASE WHEN s.batch_key IS NULL THEN s.serial_key END,
  s.batch, s.serial, s.expiry, -s.qty, s.sale_date FROM sales s WHERE +s.voided = 0 AND s.product = $1
 UNION ALL SELECT s.product, s.batch_key, CASE WHEN s.batch_key IS NULL THEN s.serial_key END,
  s.batch, s.serial, s.expiry, r.qty, s.sale_date FROM returns r JOIN sales s ON s.id = r.sale
  WHERE r.voided = 0 AND +s.voided = 0 AND r.outcome IN ('refund', 'exchange') AND s.product = $1)
 SELECT m.product, p.code, p.name, min(m.batch), CASE WHEN m.bkey IS NULL THEN min(m.serial) END,
  min(m.expiry) AS e, sum(m.qty), min(m.day) FROM moves m JOIN products p ON p.id = m.product
 GROUP BY m.product, m.bkey, m.skey HAVING sum(m.qty) <> 0
 ORDER BY e IS NULL, e, p.code, min(m.batch), min(m.serial);"
}
set -- $(q "SELECT s.product, p.code, count(*) FROM sales s JOIN products p ON p.id = s.product
	GROUP BY s.product ORDER BY count(*) DESC LIMIT 1" | tr '|' ' ')
nrl=$(q "SELECT count(*) FROM receipt_lines WHERE product = $1")
sp_code=$2 sp_lines=$3
set -- $(GSPDESK_TOKEN=$token "$py" "$here/vs.py" 20 "$app" --db "$big" stock --product "$sp_code" \
	-- "$shell" -readonly "$big" "$(stock_sql "$1")")
row "stock on hand of the busiest product at $ll ($sp_lines sales lines, $nrl receipt lines), whole process, ms" \
	"$1 (p95 $2)" "$3 (p95 $4)" "$(awk -v a="$1" -v b="$3" 'BEGIN { printf "%.2fx", a / b }')" "-" "-"

echo "2/6 paging ..." >&2
serial=$(q "SELECT serial FROM sales WHERE serial IS NOT NULL AND id >= $large / 2 LIMIT 1")
set -- --search B24 --search 第一人民医院 --search hzsd
[ -n "$serial" ] && set -- "$@" --search "$serial"
# one process for both sizes, alternating samples: a load that comes and
# goes weighs on both alike
"$bin/paging" --db "$dir/small.db" --db "$big" --reps "$reps" \
	--sqlite3 "$shell" "$@" >"$dir/paging.txt"
pg=$(awk -F '\t' '$1 == "PgDn" { printf "%.3f %.3f %.3f %.3f", $2, $3, $6, $7 }' "$dir/paging.txt")
set -- $pg
ref=$(awk -F '\t' '$1 ~ /^sqlite3/ { printf "%.2f", $6 }' "$dir/paging.txt")
row "PgDn of the sales list at $ll (at $ls_), program ms" "$3 (p95 $4; $ls_ $1)" \
	"$ref (shell, whole process)" "$(awk -v a="$3" -v b="$1" -v l="$ll/$ls_" 'BEGIN { printf "%.2f %s", a / b, l }')" \
	"$ll/$ls_ <=1.5, <20 ms" \
	"$(awk -v a="$3" -v b="$1" -v p="$4" 'BEGIN { print (a <= 1.5 * b && p < 20) ? "ok" : "MISSED" }')"

# the customer picker (issue 19): one keystroke of pinyin initials that
# no name has, so every one of the 2,000 customers is read
set -- $("$bin/picker" --db "$big" --reps "$reps" zzzq | cut -f 2-4)
"$bin/picker" --db "$big" --reps "$reps" --form products zzzq qnkz >>"$dir/paging.txt"
row "customer picker keystroke, initials matching none of 2,000 customers, program ms" \
	"$1 (p95 $2; CPU $3)" "-" "-" "<=10 ms" "$(awk -v a="$1" 'BEGIN { print (a <= 10) ? "ok" : "MISSED" }')"

echo "3/6 satisfaction report ..." >&2
: >"$dir/sat_g"
: >"$dir/sat_p"
for i in 1 2 3; do
	timed "$dir/t" "$app" --db "$big" report satisfaction --year 2026 -o "$dir/g.xlsx" --force
	cat "$dir/t" >>"$dir/sat_g"
	timed "$dir/t" "$py" "$here/satisfaction.py" "$big" 2026 "$dir/p.xlsx"
	cat "$dir/t" >>"$dir/sat_p"
done
sg=$(cut -d ' ' -f 1 "$dir/sat_g" | median)
sp=$(cut -d ' ' -f 1 "$dir/sat_p" | median)
# CPU time as well: on a shared machine the clock also counts waiting
cg=$(awk '{ print $2 + $3 }' "$dir/sat_g" | median)
cp_=$(awk '{ print $2 + $3 }' "$dir/sat_p" | median)
mg=$(awk '$4 > m { m = $4 } END { printf "%.0f", m / 1024 }' "$dir/sat_g")
mp=$(awk '$4 > m { m = $4 } END { printf "%.0f", m / 1024 }' "$dir/sat_p")
nresp=$(q "SELECT count(*) FROM survey_scores sc JOIN surveys s ON s.id = sc.survey WHERE s.year = 2026")
row "satisfaction report, $nresp scores of 2026, s by the clock (CPU) and peak MB" \
	"$sg s ($cg), $mg MB" "$sp s ($cp_), $mp MB (Python XlsxWriter)" \
	"$(awk -v a="$sg" -v b="$sp" -v c="$cg" -v d="$cp_" 'BEGIN { printf "%.1fx (CPU %.1fx)", b / a, d / c }')" \
	">=5x, <=32 MB" \
	"$(awk -v a="$sg" -v b="$sp" -v m="$mg" 'BEGIN { print (b >= 5 * a && m <= 32) ? "ok" : "MISSED" }')"

echo "4/6 import ..." >&2
nimp=$(($(wc -l <"$dir/csv/sales.csv") - 1))
timed "$dir/ig" "$app" --db "$dir/import_g.db" import sales "$dir/csv/sales.csv"
# .import writes an empty field as '', never NULL, and '' breaks the sales
# table's CHECKs: the rows go into a plain table first, then into sales in
# one INSERT ... SELECT that turns '' into NULL (the shell's fastest way)
cols=$("$shell" "$dir/import_s.db" "SELECT group_concat('nullif(' || name || ', '''')', ', ')
	FROM pragma_table_info('sales')")
cat >"$dir/import.sql" <<SQL
CREATE TABLE raw AS SELECT * FROM sales WHERE 0;
.import --csv $dir/csv/sales_raw.csv raw
INSERT INTO sales SELECT $cols FROM raw;
DROP TABLE raw;
SQL
timed "$dir/is" "$shell" -bail "$dir/import_s.db" ".read $dir/import.sql"
read -r ig _ <"$dir/ig"
read -r is_ _ <"$dir/is"
row "import of $nimp sales lines, s (rows/s)" \
	"$ig ($(awk -v n="$nimp" -v s="$ig" 'BEGIN { printf "%.0f", n / s }'))" \
	"$is_ ($(awk -v n="$nimp" -v s="$is_" 'BEGIN { printf "%.0f", n / s }')) (.import)" \
	"$(awk -v a="$ig" -v b="$is_" 'BEGIN { printf "%.2f of it", b / a }')" ">=0.33" \
	"$(awk -v a="$ig" -v b="$is_" 'BEGIN { print (b / a >= 0.33) ? "ok" : "MISSED" }')"

# the same rows as an .xlsx workbook (text cells through the shared
# strings, as Excel saves a ledger); written by XlsxWriter, row by row
cp "$dir/base.db" "$dir/import_x.db"
"$py" - "$dir/csv/sales.csv" "$dir/sales.xlsx" <<'PY'
import csv, sys, xlsxwriter
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
ws = wb.add_worksheet("sales")
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    for r, row in enumerate(csv.reader(f)):
        for c, v in enumerate(row):
            if v:
                ws.write_string(r, c, v)
wb.close()
PY
timed "$dir/ix" "$app" --db "$dir/import_x.db" import sales "$dir/sales.xlsx"
read -r ix _ _ ixm <"$dir/ix"
read -r _ _ _ igm <"$dir/ig"
row "import of the same lines from .xlsx, s (rows/s), peak MB" \
	"$ix ($(awk -v n="$nimp" -v s="$ix" 'BEGIN { printf "%.0f", n / s }')), $((ixm / 1024)) MB" \
	"$ig, $((igm / 1024)) MB (CSV)" "$(awk -v a="$ix" -v b="$ig" 'BEGIN { printf "%.2f of it", b / a }')" ">=0.5" \
	"$(awk -v a="$ix" -v b="$ig" 'BEGIN { print (b / a >= 0.5) ? "ok" : "MISSED" }')"

echo "5/6 save ..." >&2
set -- $(q "SELECT p.code, c.code, s.batch, ifnull(s.expiry, '') FROM sales s
	JOIN products p ON p.id = s.product JOIN customers c ON c.id = s.customer
	WHERE s.batch IS NOT NULL AND s.serial IS NULL ORDER BY s.sale_date DESC LIMIT 1" | tr '|' ' ')
save_args="--product $1 --customer $2 --batch $3"
[ -n "${4:-}" ] && save_args="$save_args --expiry $4"
# shellcheck disable=SC2086 # the words split on purpose
set -- $("$bin/save" --db "$big" $save_args --reps 200)
row "save one sales line with its audit row at $ll, ms" "$1 (p95 $2)" "-" "-" "p95 <=20 ms" \
	"$(awk -v p="$2" 'BEGIN { print p <= 20 ? "ok" : "MISSED" }')"

echo "6/6 start-up ..." >&2
set -- $(GSPDESK_TOKEN=$token "$py" "$here/vs.py" 20 "$app" --db "$big" list sales --format csv --limit 1 \
	-- "$shell" -readonly "$big" "SELECT * FROM sales LIMIT 1")
row "start-up: list one sales line at $ll, access token, whole process, ms" "$1 (p95 $2)" \
	"$3 (p95 $4) (shell)" "$(awk -v a="$1" -v b="$3" 'BEGIN { printf "%.2fx", a / b }')" "-" "-"
set -- $("$py" "$here/vs.py" 20 "$app" --db "$big" list sales --format csv --limit 1 \
	-- "$shell" -readonly "$big" "SELECT * FROM sales LIMIT 1")
row "start-up: the same with the password (Argon2id), ms" "$1 (p95 $2)" "$3 (p95 $4) (shell)" \
	"$(awk -v a="$1" -v b="$3" 'BEGIN { printf "%.2fx", a / b }')" "-" "-"

echo "check ..." >&2
# issue 16: the audit chain and every record replayed, goal 10 s by the clock
timed "$dir/ck" "$app" --db "$big" check
read -r ckw cku cks _ <"$dir/ck"
row "check of the database at $ll with its audit rows, s by the clock (CPU)" \
	"$ckw ($(awk -v u="$cku" -v s="$cks" 'BEGIN { printf "%.1f", u + s }'))" "-" "-" "<=10 s" \
	"$(awk -v w="$ckw" 'BEGIN { print w <= 10 ? "ok" : "MISSED" }')"

echo "due ..." >&2
# issue 17: the due list, beside the sqlite3 shell counting the lines of
# the re-sterilisation window (90 days back to 30 ahead) over the same
# index, a whole process. bench/due: program time of the menu's counts
# coming back from a list, counted afresh, and the due screen's rows
today=${GSPDESK_NOW%%T*} # the day the program is told it is
due_ref="SELECT count(*) FROM sales INDEXED BY sales_live_expiry WHERE voided = 0
 AND expiry BETWEEN date('$today', '-90 days') AND date('$today', '+30 days')"
set -- $("$bin/due" --db "$big" --reps 10 | cut -f 2-5 | tr '\n' ' ')
set -- "$@" $(GSPDESK_TOKEN=$token "$py" "$here/vs.py" 10 "$app" --db "$big" due --format csv \
	-- "$shell" -readonly "$big" "$due_ref")
# back: med p95 cpu; fresh: med p95 cpu; screen: med p95 cpu rows; csv med p95, shell med p95
(GSPDESK_TOKEN=$token && export GSPDESK_TOKEN && timed "$dir/dc" "$app" --db "$big" due --format csv) || exit 1
dmb=$(awk '{ printf "%.0f", $4 / 1024 }' "$dir/dc")
row "due: the menu's counts coming back from a list at $ll, program ms" "$1 (p95 $2; CPU $3)" \
	"${13} (p95 ${14}) (shell count)" "-" "<=100 ms" \
	"$(awk -v a="$1" 'BEGIN { print a <= 100 ? "ok" : "MISSED" }')"
row "due: the counts afresh (after login or a change), program ms" "$4 (p95 $5; CPU $6)" "-" "-" "-" "-"
row "due: the due screen's rows (${10}) at $ll, program ms" "$7 (p95 $8; CPU $9)" \
	"${13} (p95 ${14}) (shell count)" "$(awk -v a="$7" -v b="${13}" 'BEGIN { printf "%.2fx", a / b }')" \
	"<=200 ms" "$(awk -v a="$7" 'BEGIN { print a <= 200 ? "ok" : "MISSED" }')"
row "due --format csv at $ll, whole process ms and peak MB" "${11} (p95 ${12}), $dmb MB" \
	"${13} (p95 ${14}) (shell count)" "$(awk -v a="${11}" -v b="${13}" 'BEGIN { printf "%.2fx", a / b }')" \
	"<=1 s, <=32 MB" "$(awk -v a="${11}" -v m="$dmb" 'BEGIN { print (a <= 1000 && m <= 32) ? "ok" : "MISSED" }')"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
sqlite=$(awk -F '\t' '$1 == "#sqlite" { print $2 }' "$dir/paging.txt")
# other work on the machine shows in the figures: say how much there was
load=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo
echo "gspdesk benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU ${cpu:-(unknown)}, SQLite $sqlite, load $load"
echo "databases of $ls_ and $ll sales lines generated in $gs s and $gl s (with $surveys surveys of 2026,"
echo "$others complaints, $others quality records, $((others / 2)) service tickets); medians unless p95 is named"
# the figure goes last: its text may be Chinese, whose display width awk
# cannot measure
awk -F '\t' '{ printf "%-31s  %-40s  %-16s  %-20s  %-7s  %s\n", $2, $3, $4, $5, $6, $1 }
BEGIN { printf "%-31s  %-40s  %-16s  %-20s  %-7s  %s\n", "gspdesk", "reference", "ratio", "goal", "", "figure" }' \
	"$dir/table"

echo
echo "list paging, program time in ms of one operation on a window of 20 rows, median and p95 of up to $reps runs;"
echo "[n] = rows shown after it at $ll"
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
