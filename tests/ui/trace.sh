# The trace screen from the menu's T entry: a batch typed at its prompt
# lists the three buyers of B1 (2 + 3 + 1 = 6 units) and the patient; B2
# is not there; Enter opens the sales line; ^X exports the list to the
# workbook of `trace --format xlsx`, asking before replacing a file.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=丙诊所
g add sales product=P2 qty=2 batch=B1 sale_date=2026-10-01 customer=C1
g add sales product=P2 qty=3 batch=B1 sale_date=2026-10-02 customer=C2
g add sales product=P2 qty=1 batch=B1 sale_date=2026-10-03 customer=C3
g add sales product=P2 qty=9 batch=B2 sale_date=2026-10-03 customer=C3
g add implants sale=2 hospital=C2 patient=张三 use_date=2026-10-05

ui_start
log_in "$ADMIN_PASSWORD"
on_screen "Trace a batch or serial number" "the menu offers the trace"
keys t
on_screen "Batch or serial number" "the trace asks for the number"
keys_text "B1"
keys Enter
on_screen "total quantity sold 6 in 3 lines" "B1: three lines, 6 units"
like "$(screen)" "丙诊所" "the third buyer is listed"
like "$(screen)" "张三" "the patient is listed"
unlike "$(screen)" "    9  #4" "the B2 line is not"
keys Down
keys Enter
on_screen "Quantity" "Enter opens the sales line"
keys Escape
on_screen "total quantity sold 6" "back at the trace"
like "$(screen)" "^X Export" "the key bar offers the export"

book=$tmp/trace-B1.xlsx
keys C-x
on_screen "trace-B1.xlsx" "the export offers a file named after the batch"
keys C-u
keys_text "$book"
keys Enter
on_screen "Wrote $book." "it says where the workbook went"
check "the workbook is there" test -s "$book"
if have_openpyxl; then
	# the buyers sheet, oldest sale first: row 5 is C1's line of 2 units,
	# and the subtitle names the batch and the total 2 + 3 + 1
	got=$("$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Buyers"]
print(ws["E5"].value, ws["I5"].value, ws["A2"].value)' "$book")
	is "$got" "杭州市第一人民医院 2 Batch B1. Total quantity sold: 6 in 3 lines." \
		"the workbook lists the first buyer, its quantity and the total"
else
	skip "the workbook lists the first buyer, its quantity and the total" "no python3-openpyxl"
fi

before=$(cksum <"$book")
keys C-x
on_screen "Write to file:" "a second export"
keys C-u
keys_text "$book"
keys Enter
on_screen "Replace it?" "the file exists: it asks first"
keys n
wait_gone "Replace it?"
is "$(cksum <"$book")" "$before" "answering no leaves the file as it was"
keys C-x
wait_for "Write to file:"
keys C-u
keys_text "$book"
keys Enter
wait_for "Replace it?"
keys y
on_screen "Wrote $book." "answering yes replaces it"

keys C-x
wait_for "Write to file:"
keys C-u
keys_text "$tmp/no/such/dir/t.xlsx"
keys Enter
on_screen "Cannot write $tmp/no/such/dir/t.xlsx" "a folder that is not there gives the error"
check "and no file" test ! -e "$tmp/no/such/dir/t.xlsx"

keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi

# a unit of B1 given out by an exchange of 丙诊所's B2 line is where B1 went
# too: 6 + 1 = 7 units in 4 lines, the exchange marked
ui_stop
g add returns sale=4 qty=1 reason=换货 outcome=exchange own_product=yes replacement_batch=b1 \
	closed_date=2026-10-06
exit_is 0 "an exchange gives out one unit of B1"
ui_start
log_in "$ADMIN_PASSWORD"
keys t
wait_for "Batch or serial number"
keys_text "B1"
keys Enter
on_screen "total quantity sold 7 in 4 lines" "B1: the exchanged unit counted"
like "$(screen)" "2026-10-06     1  #4      (exchange) 丙诊所" "the exchange's row: its day, its sales line, marked"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi
done_testing
