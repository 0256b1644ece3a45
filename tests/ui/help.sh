# F1 explains the screen, not only its keys: on a list, what the paper
# form is for and what the list does, what voiding means and the marks,
# then the keys, wrapped to the window and scrolled with a position in
# the title; on a form, the form's purpose and the field's help. At 80x24
# and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B231128-01 sale_date=2026-11-20 customer=C1
exit_is 0 "a sale to list"

if [ "$HAVE_ZH" = yes ]; then
	purpose="销售台帐：每交付一种产品" void="作废：记录从不删除"
	void_end="已作废的记录只能查看。" keys_head="本页可用的按键：" help=帮助
	list_title=产品销售记录 field_head="本字段：" field_help="产品编码或完整的产品名称" new=新建
	editing="移动与编辑：" pos='第 [0-9]+–[0-9]+ 行，共 [0-9]+ 行'
	reports="公司打印和上报的报表" annual=年度培训汇总 menu=主菜单
	record="另一终端保存的修改会被拒绝"
else
	purpose="The sales ledger: one line per" void="Void: a record is never deleted."
	void_end="opens for reading only." keys_head="Keys on this screen:" help=Help
	list_title="Product sales record" field_head="This field:" field_help="Product code or exact name" new=new
	editing="Moving and editing:" pos='lines [0-9]+–[0-9]+ of [0-9]+'
	reports="The reports the office prints" annual="Training annual summary" menu="Main menu"
	record="saved meanwhile on another terminal is refused"
fi

for size in 80x24 120x36; do
	cols=${size%x*}
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	wait_for "B231128-01" >/dev/null
	keys F1
	on_screen "$purpose" "$size: F1 on the sales list starts with what the ledger is for"
	on_screen "$void" "$size: it says what voiding means"
	on_screen "$void_end" "$size: the explanation is wrapped, its end on screen, not cut"
	wide=$(screen | "$PY" -c '
import sys, unicodedata
w = max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l.rstrip("\n")) for l in sys.stdin)
print(w)')
	[ "$wide" -le "$cols" ]
	ok_if $? "$size: no line is wider than the window ($wide cells)"
	if [ "$size" = 80x24 ]; then
		unlike "$(screen)" "$keys_head" "$size: the keys are further down"
		if screen | head -n 1 | grep -Eq "$pos"; then
			ok "$size: the title says which lines are shown"
		else
			not_ok "$size: the title says which lines are shown"
			diag "$(screen | head -n 1)"
		fi
		keys_text "$(printf '\033OF')"
		on_screen "$keys_head" "$size: End scrolls to the keys"
		like "$(screen)" "F8" "$size: F8 among them"
		unlike "$(screen)" "$purpose" "$size: the top has scrolled away"
		keys_text "$(printf '\033OH')"
		on_screen "$purpose" "$size: Home goes back to the top"
		keys NPage
		on_screen "$keys_head" "$size: PgDn goes down"
	else
		on_screen "$keys_head" "$size: the keys fit below the text"
	fi
	keys Escape
	wait_gone "$keys_head"
	like "$(screen | head -n 1)" "$list_title" "$size: Esc goes back to the list"
	# the form: its purpose and the field's help, then moving and editing
	keys C-n
	wait_for "$list_title · $new" >/dev/null
	keys F1
	on_screen "$purpose" "$size: F1 on the form says what the record is for"
	on_screen "$field_head" "$size: and speaks of the field being typed"
	on_screen "$field_help" "$size: with its help"
	keys_text "$(printf '\033OF')"
	on_screen "$editing" "$size: the editing keys at the end"
	keys F1
	wait_gone "$editing"
	like "$(screen | head -n 1)" "$list_title · $new" "$size: F1 again closes it, back on the form"
	keys Escape
	wait_for "$list_title" >/dev/null
	if [ "$size" = 120x36 ]; then
		# a saved record: who entered it, its version, how long it is kept
		keys Enter
		wait_for "#1" >/dev/null
		keys F1
		on_screen "$record" "$size: F1 on a saved record explains its version and keeping"
		keys Escape
		wait_gone "$record"
		keys Escape
	fi
	keys Escape
	wait_for "$menu" >/dev/null
	# a choice drawn over the menu: F1 says what the reports are
	keys r
	wait_for "$annual" >/dev/null
	keys F1
	on_screen "$reports" "$size: F1 on the reports' choice says what they are"
	keys Escape
	wait_gone "$reports"
	on_screen "$annual" "$size: Esc goes back to the choice, still open"
	keys Escape
	keys F10 y
	ui_exited
	ui_stop
done
done_testing
