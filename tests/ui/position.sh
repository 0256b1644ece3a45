# Every list shows its total and the highlighted row's place in it
# (第 3 条，共 1,205 条), kept as the user moves, pages, jumps to the end,
# opens a record and comes back, searches, voids; at 80x24 and 120x36 in
# Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
# 1,205 sales from a CSV import, one command: enough for a thousands
# separator
{
	echo "product,qty,batch,sale_date,customer"
	i=1
	while [ "$i" -le 1205 ]; do
		printf 'P1,%d,B%04d,2026-%02d-%02d,C1\n' "$i" "$i" $(((i - 1) % 10 + 1)) $(((i - 1) % 28 + 1))
		i=$((i + 1))
	done
} >"$tmp/sales.csv"
g import sales "$tmp/sales.csv"
exit_is 0 "1,205 sales imported"

if [ "$HAVE_ZH" = yes ]; then
	at() { echo "第 $1 条，共 $2 条"; }
else
	at() { echo "row $1 of $2"; }
fi

# 1205 as 1,205
commas() {
	echo "$1" | sed ':a
s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/
ta'
}

total=1205 # each size voids one
for size in 80x24 120x36; do
	rows=$((${size#*x} - 4))
	all=$(commas "$total") last1=$(commas $((total - 1)))
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "$(at "$all" "$all")" "$size: the sales list opens at its newest line, row $all of $all"
	keys_text "$(printf '\033OH')"
	on_screen "$(at 1 "$all")" "$size: Home, row 1"
	keys Down Down
	on_screen "$(at 3 "$all")" "$size: two rows down, row 3"
	keys NPage
	on_screen "$(at $((3 + rows)) "$all")" "$size: a page down, $rows rows on"
	keys Enter
	wait_for "#" >/dev/null
	keys Escape
	on_screen "$(at $((3 + rows)) "$all")" "$size: back from the form, the same place"
	keys /
	keys_text "B120"
	keys Enter
	# B0120 does not hold B120: B1200 to B1205
	on_screen "$(at 1 6)" "$size: a search counts its rows when it ends"
	keys /
	keys Escape
	on_screen "$(at 1 "$all")" "$size: the search cleared, all of them again"
	keys_text "$(printf '\033OF')"
	on_screen "$(at "$all" "$all")" "$size: End, the last row"
	keys Up
	on_screen "$(at "$last1" "$all")" "$size: one up, row $last1"
	keys F8
	wait_for "B" >/dev/null
	keys_text "录入重复"
	keys Enter
	on_screen "$(at "$last1" "$last1")" "$size: voided, the total is counted again"
	keys_text "$(printf '\033OH')"
	on_screen "$(at 1 "$last1")" "$size: Home, the first row"
	keys F10
	ui_exited
	ui_stop
	total=$((total - 1))
done
done_testing
