# The stock screen from the menu's S entry, at 80x24 in Chinese: on hand
# per batch worked out by hand (once stock_check is on: off, stock is not
# kept and the screen says so), nearest expiry first, its columns lined up
# over Chinese and ASCII; F7 shows it at the end of another day;
# read-only, Esc goes back to the menu.
#   B0: opening balance 4                                  (expires 2026-12-31)
#   B2: 5 received                                         (expires 2027-03-31)
#   B1: 10 accepted (3 more rejected do not count) - 6 sold = 4 (2028-01-31)
# 4 + 5 + 4 = 13 units in 3 batches.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
for args in \
	"products code=P1 name=一次性使用无菌注射器 class=II approved_on=2026-01-05 approved_by=王" \
	"customers code=C1 name=一院" \
	"suppliers code=S1 name=供货甲 licence_expiry=2027-12-31 class_ii=yes approved_on=2026-01-02 approved_by=李" \
	"receipts date=2026-10-01 supplier=S1" \
	"receipt_lines receipt=1 product=P1 qty=10 batch=B1 expiry=2028-01-31" \
	"receipt_lines receipt=1 product=P1 qty=3 batch=B1 conclusion=rejected reject_reason=破损" \
	"receipt_lines receipt=1 product=P1 qty=5 batch=B2 expiry=2027-03-31" \
	"receipts date=2026-01-01 kind=opening" \
	"receipt_lines receipt=2 product=P1 qty=4 batch=B0 expiry=2026-12-31" \
	"sales product=P1 qty=6 batch=B1 sale_date=2026-10-10 customer=C1"; do
	# shellcheck disable=SC2086 # the words split on purpose
	must add $args
done

ui_open 80x24 "$ADMIN_PASSWORD"
if [ "$HAVE_ZH" = yes ]; then
	label=$(zh "Stock on hand by batch") expiry=$(zh "Expiry date")
	total=" 库存：13 件，共 3 个批号，近效期在前"
	traced=" B1：进货 10（拒收 3），销售 6，共 1 行" rejected=$(zh rejected)
	ask=$(zh "Batch or serial number:")
else
	label="Stock on hand by batch" expiry="Expiry date"
	total=" On hand: 13 units in 3 batches, nearest expiry first"
	traced=" B1: received 10 (3 rejected), sold 6 in 1 lines" rejected=rejected
	ask="Batch or serial number:"
fi
on_screen "S  $label" "the menu offers the stock screen under S"
# stock_check off (the default): the office records no receipts
keys s
if [ "$HAVE_ZH" = yes ]; then not_kept="不记库存：本单位未录入进货记录"; else not_kept="Stock is not kept: receipts are not recorded here"; fi
on_screen "$not_kept" "stock_check off: stock is not shown, and the message says why"
unlike "$(screen)" "B0" "no figures"
g settings stock_check on
keys s
on_screen "$total" "13 units in 3 batches: 4 + 5 + 4"
# in_order TEXT A B C: A, B and C (patterns) are on three lines in a row
# of the screen, in that order
in_order() {
	io_s=$(screen)
	io_a=$(printf '%s\n' "$io_s" | grep -n "$2" | cut -d: -f1)
	io_b=$(printf '%s\n' "$io_s" | grep -n "$3" | cut -d: -f1)
	io_c=$(printf '%s\n' "$io_s" | grep -n "$4" | cut -d: -f1)
	check "$1" test "${io_a:-0}" -gt 0 -a "${io_b:-0}" -eq $((io_a + 1)) -a "${io_c:-0}" -eq $((io_a + 2))
}
in_order "nearest expiry first: B0, then B2, then B1" ' B0 ' ' B2 ' ' B1 '
s=$(screen)
b0=$(printf '%s\n' "$s" | grep -n ' B0 ' | cut -d: -f1)
b2=$(printf '%s\n' "$s" | grep -n ' B2 ' | cut -d: -f1)
b1=$(printf '%s\n' "$s" | grep -n ' B1 ' | cut -d: -f1)
is "$(printf '%s\n' "$s" | sed -n "${b0}p" | tr -s ' ' | sed 's/^ //; s/ $//')" "P1 一次性使用无菌注射器 B0 2026-12-31 4" "B0: the opening balance of 4"
is "$(printf '%s\n' "$s" | sed -n "${b2}p" | tr -s ' ' | sed 's/^ //; s/ $//')" "P1 一次性使用无菌注射器 B2 2027-03-31 5" "B2: the 5 received"
is "$(printf '%s\n' "$s" | sed -n "${b1}p" | tr -s ' ' | sed 's/^ //; s/ $//')" "P1 一次性使用无菌注射器 B1 2028-01-31 4" "B1: 10 accepted - 6 sold, the rejected 3 left out"
if have_python; then
	head=$(printf '%s\n' "$s" | grep -F "$expiry")
	is "$(col_of "$(printf '%s\n' "$s" | sed -n "${b0}p")" 2026-12-31) $(col_of "$(printf '%s\n' "$s" | sed -n "${b1}p")" 2028-01-31)" \
		"$(col_of "$head" "$expiry") $(col_of "$head" "$expiry")" \
		"the expiry dates line up under their heading"
else
	skip "the expiry dates line up under their heading" "no python3"
fi
# F7: the stock at the end of 2026-10-05, before the sale of 6 on
# 2026-10-10: 4 + 5 + 10 = 19 units in 3 batches
if [ "$HAVE_ZH" = yes ]; then
	at_head=" 2026-10-05 日终库存：19 件，共 3 个批号，近效期在前"
	at_ask=$(zh "Stock at the end of (empty: now):") not_date="soon 不是有效的日期"
else
	at_head=" On hand at the end of 2026-10-05: 19 units in 3 batches"
	at_ask="Stock at the end of (empty: now):" not_date="soon is not a date"
fi
keys F7
on_screen "$at_ask" "F7 asks the day"
keys_text 2026/10/5
keys Enter
on_screen "$at_head" "at the end of 2026-10-05: 19 units, the 6 sold after it still on hand"
b1=$(screen | grep ' B1 ' | tr -s ' ' | sed 's/^ //; s/ $//')
is "$b1" "P1 一次性使用无菌注射器 B1 2028-01-31 10" "B1: the 10 accepted, none sold yet"
keys F7
on_screen "$at_ask" "F7 again"
keys C-u
keys_text soon
keys Enter
on_screen "$not_date" "a word that is not a date is refused in words"
like "$(screen)" "$at_head" "and the day shown stays"
# a day to come (today is 2026-11-27) is refused, and the day shown stays
keys F7
wait_for "$at_ask" >/dev/null
keys C-u
keys_text 2026-12-01
keys Enter
on_screen "2026-12-01" "a day to come is named in the refusal"
like "$(screen)" "$at_head" "and the day shown before stays, its figures with it"
[ "$HAVE_ZH" = yes ] && future_head="2026-12-01 日终库存" || future_head="end of 2026-12-01"
unlike "$(screen)" "$future_head" "the day to come is not shown as the stock's"
keys F7
wait_for "$at_ask" >/dev/null
keys C-u Enter
on_screen "$total" "an empty answer: now again"
keys C-n
keys Escape
on_screen "S  $label" "read-only: ^N adds nothing, Esc goes back to the menu"
is "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM receipt_lines")" 4 "nothing was written: still the four receipt lines"

# the trace screen shows where B1 came from above where it went: receipt
# line 1 (10 accepted) and 2 (3 rejected) of 2026-10-01, then the sale of 6
keys t
wait_for "$ask" >/dev/null
keys_text "B1"
keys Enter
on_screen "$traced" "trace: received 10, 3 rejected, then 6 sold"
in_order "trace: the two receipt lines above the sale" '2026-10-01 *10 ' \
	"2026-10-01 *3 .*$rejected" '2026-10-10 *6 '
keys Escape
wait_for "S  $label" >/dev/null
keys s
wait_for "$total" >/dev/null
keys F10
if ui_exited; then ok "F10 quits from the stock screen"; else not_ok "F10 quits from the stock screen"; fi
done_testing
