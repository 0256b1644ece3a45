# A message longer than the window wraps onto the lines above the status
# line, its end on screen, instead of being cut; the next key gives the
# screen its lines back. The refusal of a unit sold again names the earlier
# line and its buyer, a long hospital name: 150 cells and more in Chinese,
# more than 80 and more than 120 columns. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add customers code=C9 name=浙江省杭州市西湖区第一人民医院附属医疗器械管理中心 province=浙江省 city=杭州市
exit_is 0 "a customer with a long name"
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-04-01 customer=C9
is "$out" "1" "the pacemaker SN1 sold to it on line 1"

if [ "$HAVE_ZH" = yes ]; then
	# the end of the refusal, as the catalogue has it
	tail_words="后才能再次销售" head_words="条销售记录中售出" new=新建 leave=确定要离开
	field_help=$(zh "Serial number of an instrument")
else
	tail_words="after a return of that line" head_words="SN1" new=new leave="Leave without saving"
	field_help="Serial number of an instrument"
fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	wait_for "SN1" >/dev/null
	keys C-n
	wait_for "· $new" >/dev/null
	type_fields P2 "" 1 "" SN1 "" 2026-05-01 C1
	keys F2
	on_screen "$tail_words" "$size: the end of the long refusal is on screen"
	# the message's lines sit just above the key bar, its start above its end
	rows=${size#*x}
	bottom=$(screen | sed -n "$((rows - 3)),$((rows - 1))p")
	like "$bottom" "$tail_words" "$size: it ends on the status line, above the keys"
	msg=$(screen | tail -n 6 | tr -d '\n')
	like "$msg" "$head_words" "$size: its start on the lines above"
	keys Right
	wait_gone "$tail_words"
	on_screen "$field_help" "$size: the next key draws the screen again: the field's help is back"
	keys Escape
	wait_for "$leave" >/dev/null
	keys y
	keys F10
	ui_exited
	ui_stop
done
g list sales --format csv
is "$(printf '%s\n' "$out" | wc -l)" "2" "nothing was saved: still one line"
done_testing
