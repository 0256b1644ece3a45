# A day's entry without retyping (issue 18): a new sales line starts with
# today's date (typing replaces it); ^O saves and opens the next line with
# the customer and date of the one just saved, the cursor on the product;
# back in the list the last line saved is highlighted. At 80x24 and 120x36,
# in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
if [ "$HAVE_ZH" = yes ]; then
	next_key="保存并下一条" saved="已保存为第 %s 号记录" leave="还没有保存"
else
	next_key="Save, next" saved="Saved as record %s." leave="Leave without saving"
fi

# line_of TEXT: the form's line holding TEXT (its label)
line_of() {
	screen | grep -m1 "$1"
}

id=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	on_screen "$next_key" "$size: the bar offers ^O, save and next"
	like "$(screen)" "^O" "$size: ... by its key"
	like "$(line_of "销售日期\|Sale date")" "$TODAY" "$size: a new line starts with today's date"
	# nothing typed: leaving asks nothing
	keys Escape
	wait_gone "$next_key"
	unlike "$(screen)" "$leave" "$size: a new line left untouched is left without a question"

	keys C-n
	wait_for "$next_key" >/dev/null
	keys_text "P1"; keys Tab Tab
	keys_text "5"; keys Tab
	keys_text "A$id"; keys Tab Tab Tab
	keys_text "2026-11-20"; keys Tab
	keys_text "C1"
	keys C-o
	on_screen "$(printf "$saved" $id)" "$size: ^O saves the line"
	like "$(line_of "去向\|Destination")" "C1               杭州市第一人民医院" "$size: the next line keeps the customer"
	like "$(line_of "销售日期\|Sale date")" "2026-11-20" "$size: ... and the date"
	unlike "$(line_of "批号\|Batch no")" "A$id" "$size: ... not the batch"
	# the cursor is on the product: what is typed goes there
	keys_text "P2"; keys Tab Tab
	keys_text "1"; keys Tab
	keys_text "B$id"
	keys F2
	row=$(wait_highlighted "B$id")
	like "$row" "2026-11-20" "$size: back in the list the last line saved is highlighted"
	g show sales $((id + 1)) --format json
	like "$out" '"customer":"C1"' "$size: the second line has the kept customer"
	like "$out" '"sale_date":"2026-11-20"' "$size: ... and date"
	like "$out" '"product":"P2"' "$size: ... and its own product"
	keys F10
	ui_exited
	ui_stop
	id=$((id + 2))
done
done_testing
