# The lines grid and the cursor: a refused score puts the cursor on its
# row (not on a header field, nor where F2 was pressed), and S-Tab from the
# first field goes back into the grid, as Tab from the grid's last cell
# comes to it; the same for the training roster. At 80x24 and 120x36, in
# Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures

if [ "$HAVE_ZH" = yes ]; then
	new=新建 line4="（第 4 行）" line2="（第 2 行）" saved="已保存为第" menu=主菜单
else
	new=new line4="(line 4)" line2="(line 2)" saved="Saved as record" menu="Main menu"
fi

# cursor_line: the screen's line the cursor is on; cursor_x its column
cursor_line() {
	screen | sed -n "$(($(tm display-message -p -t ui '#{cursor_y}') + 1))p"
}
cursor_x() {
	tm display-message -p -t ui '#{cursor_x}'
}

year=2026
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	# a survey: six header fields, then a score per item; the fourth,
	# 技术支持与培训, is 9 (1 to 5)
	keys 4
	keys C-n
	wait_for "· $new" >/dev/null
	type_fields "$year" C1 张主任 2026-11-20 5 送货及时
	type_fields 5 4 5 9 4 2
	# Tab from the last cell went to the first field: F2 from there
	keys F2
	on_screen "$line4" "$size: the score of 9 is refused, naming its line"
	like "$(cursor_line)" "技术支持与培训" "$size: the cursor is on that row"
	keys C-u
	keys_text "3"
	# back to the first field, then S-Tab: into the grid's last row
	keys Tab Tab Tab
	like "$(cursor_line)" "$year" "$size: Tab from the last cell reaches the first field"
	keys BTab
	like "$(cursor_line)" "价格" "$size: S-Tab from the first field enters the grid's last row"
	keys BTab
	like "$(cursor_line)" "售后响应速度" "$size: S-Tab again, the row above"
	keys F2
	on_screen "$saved" "$size: corrected, the survey saves"
	g show surveys "$((year - 2025))"
	like "$out" "技术支持与培训           3" "$size: with the corrected score"
	year=$((year + 1))

	# a training session: the roster's second row gives a retrain date to
	# an attendee who passed
	keys Escape
	wait_for "$menu" >/dev/null
	keys 5
	keys C-n
	wait_for "· $new" >/dev/null
	type_fields 2026-11-20 血糖仪操作 customer 李工 1.5 内科示教室 C1
	keys F3
	type_fields 王护士 内科
	keys F3
	type_fields 赵护士长 内科 "" passed 2026-12-01 "" ""
	keys F2
	on_screen "$line2" "$size: a retrain date for one who passed is refused, naming its line"
	like "$(cursor_line)" "赵护士长" "$size: the cursor is on the second attendee's row"
	keys C-u
	keys F2
	on_screen "$saved" "$size: without the date, the roster saves"
	keys F10
	ui_exited
	ui_stop
done
done_testing
