# Text you can read, at 80x24 and 120x36 in Chinese: a list never cuts a
# number, a batch or a date (names and notes give up their width first);
# a text field not being edited shows its start, with … where it is cut;
# the lines grid shows each cell from its start (a unit was shown as
# 第三人民医院ICU, a date as 026-12-20), and a date typed in the grid as
# 2026/12/21 shows as it will be kept once the cell is left.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
remarks=发货单号20261120-0001，随货同行单已签收，客户要求下次送货前电话联系仓库王师傅确认
g add sales product=P1 qty=14400 batch=B231128-01 expiry=2029-10-31 sale_date=2026-11-20 \
	customer=C1 "remarks=$remarks"
g add sales product=P2 qty=1 serial=SN-2026-000042 sale_date=2026-11-21 customer=C2
g add training date=2026-11-02 topic=血糖仪操作 kind=customer customer=C1 trainer=李工 hours=1.5
g add attendees session=1 name=王护士 unit=杭州市第三人民医院ICU result=retrain retrain_date=2026-12-20
is "$out" "1" "an attendee with a long unit and a retrain date"

if [ "$HAVE_ZH" = yes ]; then
	leave=确定要离开
else
	leave="Leave without saving"
fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "14400" "$size: the quantity is shown whole"
	row=$(screen | grep "14400")
	for v in B231128-01 2029-10-31 2026-11-20; do
		like "$row" "$v" "$size: $v is shown whole in the list"
	done

	keys_text "$(printf '\033OH')" # the list opens at the newest line
	wait_highlighted "14400" >/dev/null
	keys Enter
	on_screen "#1" "$size: the sale opens"
	line=$(screen | grep "发货单号")
	like "$line" "发货单号20261120-0001" "$size: the remarks show their start"
	like "$line" "…" "$size: with … where they are cut"
	keys Escape
	wait_for "14400" >/dev/null
	keys Escape

	keys 5
	on_screen "血糖仪操作" "$size: the training list"
	keys Enter
	on_screen "王护士" "$size: the session opens with its roster"
	line=$(screen | grep "王护士")
	like "$line" "杭州市第三人民" "$size: the unit shows its start in the grid"
	like "$line" "2026-12-20" "$size: the retrain date is shown whole"
	# to the grid's retrain date: the header's 7 fields, then name, unit,
	# attended, result
	keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
	keys C-u
	keys_text "2026/12/21"
	keys BTab
	on_screen "2026-12-21" "$size: a date typed in the grid shows as it will be kept"
	unlike "$(screen)" "2026/12/21" "$size: not as typed"
	keys Escape
	wait_for "$leave" >/dev/null
	keys y
	wait_for "血糖仪操作" >/dev/null
	keys Escape
	keys F10
	ui_exited
	ui_stop
done
done_testing
