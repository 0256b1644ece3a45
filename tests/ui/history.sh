# A record's history is one key away on its form (issue 18): F11 (or ^Y)
# shows who changed what, when and why, as show --history does, and Esc
# goes back to the form; offered to a role that may only read it too. At
# 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=5 batch=B7 sale_date=2026-11-20 customer=C1
g edit sales 1 qty=6 --reason "客户更正数量"
g_newpw manager-pass-1 user add zhao --role manager
if [ "$HAVE_ZH" = yes ]; then
	key="F11 修改记录" title="产品销售记录 #1 的修改记录" qty="数量：5 → 6" form_title="产品销售记录 #1"
else
	key="F11 History" title="History of Product sales record #1" qty="Quantity: 5 → 6"
	form_title="Product sales record #1"
fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	wait_highlighted "B7" >/dev/null
	keys Enter
	on_screen "$key" "$size: the form offers the history key"
	keys F11
	on_screen "$title" "$size: F11 shows the record's history"
	on_screen "客户更正数量" "$size: ... the reason"
	on_screen "$qty" "$size: ... and the change"
	keys Escape
	wait_gone "$title"
	on_screen "$form_title" "$size: Esc goes back to the form"
	keys C-y
	on_screen "$title" "$size: ^Y shows it too"
	keys F10
	ui_exited
	ui_stop
done

GSPDESK_USER=zhao
ui_open 120x36 manager-pass-1 >/dev/null
keys 1
wait_highlighted "B7" >/dev/null
keys Enter
on_screen "$key" "a role that may only read the record has the key too"
keys F11
on_screen "客户更正数量" "... and reads why it changed"
ui_stop
done_testing
