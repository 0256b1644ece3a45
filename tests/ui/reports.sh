# The Reports menu: choose a report, give its period and file, and the
# workbook is written where it says; an existing file is replaced only
# when the user says so.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=4 batch=B1 sale_date=2026-03-05 customer=C1
book=$tmp/ledger.xlsx

ui_start
log_in "$ADMIN_PASSWORD"
like "$(screen)" "R  Reports" "the menu offers reports to the administrator"
keys r
on_screen "Product sales record" "the reports are listed"
like "$(screen)" "Customer complaints annual report" "the complaints report among them"
like "$(screen)" "Product quality tracking annual summary" "and the quality report"
keys Enter
on_screen "From date:" "it asks from when"
keys Enter
on_screen "Until date:" "and until when"
keys Enter
on_screen "Write to file:" "and where to write"
keys C-u
keys_text "$book"
keys Enter
on_screen "Wrote $book." "it says where the workbook went"
check "the workbook is there" test -s "$book"
if have_openpyxl; then
	first=$("$PY" -c 'import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0]["E6"].value)' "$book")
	is "$first" "4" "with the sale's quantity in its block (column E, after 注册证号 and 单位)"
else
	skip "with the sale's quantity in its block" "no python3-openpyxl"
fi

# every report of the registry is offered; a yearly one asks for the year
keys r
on_screen "Training annual summary" "the training report is listed"
on_screen "After-sales service annual summary" "and the service report"
keys Down Down
keys Enter
on_screen "Year:" "the training report asks for the year"
keys Enter
on_screen "Write to file:" "and where to write"
keys C-u
keys_text "$tmp/training.xlsx"
keys Enter
on_screen "Wrote $tmp/training.xlsx." "it says where the training report went"
check "the training workbook is there" test -s "$tmp/training.xlsx"

before=$(cksum <"$book")
keys r
on_screen "Product sales record" "again"
keys Enter Enter Enter
on_screen "Write to file:" "the same file"
keys C-u
keys_text "$book"
keys Enter
on_screen "Replace it?" "an existing file: it asks first"
keys n
wait_gone "Replace it?"
is "$(cksum <"$book")" "$before" "answering no leaves the file as it was"
keys F10 y # the menu asks first
if ui_exited; then ok "quits"; else not_ok "quits"; fi

g_newpw "clerk-pass-1" user add clerk1 --role clerk
GSPDESK_USER=clerk1
ui_start
log_in "clerk-pass-1"
unlike "$(screen)" "Reports" "a clerk is not offered reports"
keys F10 y
ui_exited
done_testing
