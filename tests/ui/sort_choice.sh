# F6 chooses the list's order from a short list of its columns, then the
# direction (issue 18), instead of stepping through every column; the
# highlight stays on its record; the choice is this user's for this list,
# found again after leaving the list, after quitting and after logging out
# and in, while another user still gets the form's own order (the sales
# ledger at its newest lines). At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
# by date (the form's order) ids 1..5; by quantity, descending: 3 5 1 4 2
for sale in "30 B01 2026-11-20" "10 B02 2026-11-21" "50 B03 2026-11-22" \
	"20 B04 2026-11-23" "40 B05 2026-11-24"; do
	set -- $sale
	g add sales product=P1 qty="$1" batch="$2" sale_date="$3" customer=C1
done
is "$out" "5" "five sales to sort"
g_newpw "clerk-pass-1" user add lin --role clerk
exit_is 0 "a clerk's account"

if [ "$HAVE_ZH" = yes ]; then
	default=默认顺序 desc=降序 by_qty="数量 ↓" by_date="销售日期 ↑" menu=主菜单
else
	default="Default order" desc="Descending" by_qty="Quantity ↓" by_date="Sale date ↑"
	menu="Main menu"
fi

# the id in the list's first row
first_id() {
	screen | sed -n '3s/^ *\([0-9][0-9]*\).*/\1/p'
}

for size in 80x24 120x36; do
	GSPDESK_USER=$ADMIN
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "$by_date" "$size: the sales list in the form's own order"
	is "$(sel_until 5)" "5" "$size: opened at the newest line"
	keys Up Up Up Up
	is "$(sel_until 1)" "1" "$size: the highlight on sale 1, the list's first row"

	# F6: the columns, the form's own order first; then the direction
	keys F6
	on_screen "$default" "$size: F6 lists the orders to choose from"
	keys Home Down Down Down Enter # product, spec, quantity
	on_screen "$desc" "$size: then asks which direction"
	keys End Enter
	on_screen "$by_qty" "$size: sorted by quantity, descending"
	is "$(first_id)" "3" "$size: the largest quantity first"
	is "$(sel_until 1)" "1" "$size: the highlight stayed on sale 1, now the third row"

	# leave the list and come back: the same order, from its top
	keys Escape
	wait_for "$menu" >/dev/null
	keys 1
	on_screen "$by_qty" "$size: back in the list, the order kept"
	is "$(first_id)" "3" "$size: from the top"
	keys F10
	ui_exited
	ui_stop

	# another session: the same order
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "$by_qty" "$size: after quitting, the admin's order is kept"
	is "$(first_id)" "3" "$size: the largest quantity first again"

	# logged out and in again, in the same program: the same order
	keys Escape
	wait_for "$menu" >/dev/null
	if switch_user "$ADMIN" "$ADMIN_PASSWORD"; then ok "$size: logged out and in again"; else not_ok "$size: logged out and in again"; fi
	keys 1
	on_screen "$by_qty" "$size: after logging in again, the admin's order is kept"
	is "$(first_id)" "3" "$size: the largest quantity first once more"

	# another user: the form's own order, at the newest lines
	keys Escape
	wait_for "$menu" >/dev/null
	if switch_user lin "clerk-pass-1"; then ok "$size: the clerk logs in"; else not_ok "$size: the clerk logs in"; fi
	keys 1
	on_screen "$by_date" "$size: the clerk's list in the form's own order"
	is "$(sel_until 5)" "5" "$size: at the newest line"
	keys F10
	ui_exited
	ui_stop

	# back to the form's own order, for the next size
	GSPDESK_USER=$ADMIN
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	wait_for "$by_qty" >/dev/null
	keys F6
	wait_for "$default" >/dev/null
	keys Home Enter
	on_screen "$by_date" "$size: the form's own order chosen again"
	keys F10
	ui_exited
	ui_stop
done
done_testing
