# The recall status screen: F12 on a recall in the recalls list shows its
# facts, its deadline (class II opened 2026-11-27 10:00: three days, so
# 2026-11-30 10:00) and both buyers of B1; ^T records that the first was
# told by letter with a note, ^R that its 2 units came back (a third is
# refused: it bought 2), ^X writes the status sheet. A clerk may look but
# not record, as on the command line.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P2 qty=2 batch=B1 sale_date=2026-10-01 customer=C1
g add sales product=P2 qty=1 batch=B1 sale_date=2026-10-02 customer=C2
g recall open --product P2 --batch B1 --class II --reason 外包装破损

ui_start
log_in "$ADMIN_PASSWORD"
keys l
on_screen "F12 Details" "the recalls list offers the status key"
keys F12
on_screen "Recall 1" "F12 opens the recall"
on_screen "Buyers to be told by: 2026-11-30 10:00" "its deadline: opened + 3 days for class II"
like "$(screen)" "外包装破损" "the reason"
like "$(screen)" "杭州市第一人民医院" "the first buyer"
like "$(screen)" "ABC_Clinic诊所" "the second buyer"
is "$(screen | grep -c "not yet told")" "2" "neither is told yet"
like "$(screen)" "^T Told" "the keys are at the bottom"

# columns line up under their heads, Chinese counted double
head=$(screen | grep "Customer name" | head -n 1)
row=$(screen | grep "杭州市第一人民医院" | head -n 1)
is "$(col_of "$row" "not yet told")" "$(col_of "$head" "State")" "the state lines up under its head"

keys C-t
on_screen "How was the buyer told?" "^T asks how"
keys Down Enter
on_screen "Note (who was reached" "then the note"
keys_text "护士长"
keys Enter
on_screen "杭州市第一人民医院: told." "it says so"
row=$(screen | grep "杭州市第一人民医院" | head -n 1)
like "$row" "letter" "the row shows the letter"
like "$row" "2026-11-27 10:00" "and when"
g show recall_recipients 1
like "$out" "护士长" "the note is stored"
like "$out" "letter" "and how"

keys C-r
on_screen "Units sent back now:" "^R asks how many"
keys_text "3"
keys Enter
on_screen "3 in all would be more than the 2 sold" "3 units: more than it bought"
keys C-r
wait_for "Units sent back now:"
keys_text "x"
keys Enter
on_screen "Give a number of units above zero." "not a number"
keys C-r
wait_for "Units sent back now:"
keys_text "2"
keys Enter
on_screen "杭州市第一人民医院: 2 units returned." "2 units back"
like "$(screen | grep "杭州市第一人民医院")" "all returned" "the first buyer has returned all"

book=$tmp/recall-1.xlsx
keys C-x
on_screen "recall-1.xlsx" "^X offers a file named after the recall"
keys C-u
keys_text "$book"
keys Enter
on_screen "Wrote $book." "it says where the sheet went"
check "the sheet is there" test -s "$book"
if have_openpyxl; then
	# row 4: the recall's number; row 18, the first buyer: 2 units
	# returned (column H) and its state (column I)
	got=$("$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Recall status"]
print(ws["B4"].value, ws["A18"].value, ws["H18"].value, ws["I18"].value)' "$book")
	is "$got" "1 杭州市第一人民医院 2 all returned" "the sheet has the buyer's return and state"
else
	skip "the sheet has the buyer's return and state" "no python3-openpyxl"
fi

tm resize-window -t ui -x 80 -y 24
keys Down
on_screen "Buyers to be told by" "at 80x24 the recall is redrawn"
like "$(screen)" "ABC_Clinic诊所" "with its buyers"
keys Escape
on_screen "F12 Details" "Esc goes back to the list"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi

# a clerk may look at the recall but not record anything
g_newpw "clerk-pass-1" user add clerk1 --role clerk
GSPDESK_USER=clerk1
ui_start
log_in "clerk-pass-1"
keys l
wait_for "F12 Details"
keys F12
on_screen "Recall 1" "a clerk sees the recall"
keys Down C-t
wait_for "How was the buyer told?"
keys Enter
wait_for "Note (who"
keys Enter
on_screen "may not" "a clerk may not record the notice"
like "$(screen | grep "ABC_Clinic诊所")" "not yet told" "and it is not recorded"
keys F10
ui_exited
done_testing
