#!/bin/sh
# ^P prints the selected record (a list) or the open one (its form) as its
# paper document, the same workbook as `gspdesk print`: asked where, it
# says where it went. Offered only on forms that have a document; a
# training session asks which of its two; a role that may view prints.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add complaints 'received_at=2026-01-01 08:30' customer=C1 contact=张主任 product=P2 content=随货资料缺少合格证
g add complaints 'received_at=2026-02-01 09:00' customer=C2 contact=Dr_Li product=P1 content=包装破损
g add training date=2026-11-02 topic=血糖仪操作 kind=customer customer=C1 trainer=李工 hours=1.5
g add attendees session=1 name=王护士 unit=内科 result=passed
exit_is 0 "two complaints, a session and its attendee"

# the title of a workbook's first sheet, cell A1
title() {
	"$PY" -c 'import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).worksheets[0]["A1"].value)' "$1"
}

ui_start
log_in "$ADMIN_PASSWORD" >/dev/null
keys 2
wait_for "Customer complaint record" >/dev/null
# the bar shows what fits; F1 lists every key the screen offers, after
# what the screen is for (End: the keys)
keys F1
wait_for "· Help" >/dev/null
keys_text "$(printf '\033OF')"
on_screen "Print" "the complaints list offers ^P (F1 lists it)"
like "$(screen)" "^P" "under its key"
keys Escape
wait_gone "^P" >/dev/null
# the newest first is not assumed: select the second complaint by its text
keys End
wait_highlighted "包装破损" >/dev/null
keys C-p
on_screen "Write to file:" "^P asks where to write"
like "$(screen)" "complaint-2.xlsx" "offering the kind and the record's number"
keys C-u
keys_text "$tmp/c2.xlsx"
keys Enter
on_screen "Wrote $tmp/c2.xlsx." "it says where the document went"
check "the document is there" test -s "$tmp/c2.xlsx"
if have_openpyxl; then
	"$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
sys.exit(0 if any(c.value == "包装破损" for r in ws.iter_rows() for c in r) else 1)' "$tmp/c2.xlsx"
	is "$?" "0" "it is the selected complaint's (包装破损), not the other"
fi
row=$(highlighted)
like "$row" "包装破损" "the highlight stays on the record printed"

# from the open record
keys Enter
wait_for "Content" >/dev/null
keys C-p
on_screen "Write to file:" "^P on the open record too"
keys C-u
keys_text "$tmp/c2b.xlsx"
keys Enter
on_screen "Wrote $tmp/c2b.xlsx." "written from the form"
keys Escape
keys Escape
wait_for "Main menu" >/dev/null

# a form without a document: no ^P on its bar
keys p
wait_for "Products" >/dev/null
keys F1
wait_for "· Help" >/dev/null
keys_text "$(printf '\033OF')"
wait_for "F10" >/dev/null
unlike "$(screen)" "^P" "products have no document: no ^P, not even in F1's list"
keys Escape
sleep 0.2
keys C-p
sleep 0.3
unlike "$(screen)" "Write to file:" "and ^P does nothing there"
keys Escape
wait_for "Main menu" >/dev/null

# a training session has two documents: it asks which
keys 5
wait_for "血糖仪操作" >/dev/null
keys C-p
on_screen "Print which document?" "a session asks which document"
like "$(screen)" "Training sign-in sheet" "the roster"
keys Down
keys Enter
on_screen "training-record-1.xlsx" "the second, the record, named so"
keys C-u
keys_text "$tmp/t1.xlsx"
keys Enter
on_screen "Wrote $tmp/t1.xlsx." "the training record written"
ui_stop

# in Chinese at 80x24: F1 names the key, ^P writes the document
if [ "$HAVE_ZH" = yes ]; then
	ui_open 80x24 "$ADMIN_PASSWORD" >/dev/null
	keys 2
	wait_for "包装破损" >/dev/null
	keys F1
	wait_for "· 帮助" >/dev/null
	keys_text "$(printf '\033OF')"
	on_screen "打印" "80x24 in Chinese: F1 lists ^P 打印"
	keys Escape
	wait_gone "打印" >/dev/null
	keys C-p
	on_screen "写入文件" "^P asks where, in Chinese"
	keys C-u
	keys_text "$tmp/zh.xlsx"
	keys Enter
	# the path typed is on screen already: wait for the message itself
	on_screen "已写入 $tmp/zh.xlsx。" "it says in Chinese where the document went"
	check "the document written from the Chinese screen" test -s "$tmp/zh.xlsx"
	ui_stop
fi

done_testing
