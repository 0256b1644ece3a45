# An edit is checked completely before the reason for the change is asked:
# a save the form's rules refuse (no batch and no serial; an expiry before
# the sale date) is refused at F2 with the field named, no reason asked, so
# the reason is typed once, for the save that is kept. At 80x24 and
# 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
g add sales product=P1 qty=5 batch=B2 sale_date=2026-11-21 customer=C1
is "$out" "2" "two sales"

if [ "$HAVE_ZH" = yes ]; then
	reason=修改原因 saved=已保存对第
else
	reason="Reason for the change" saved="Saved the changes to record"
fi

n=0
for size in 80x24 120x36; do
	n=$((n + 1))
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "B2" "$size: the sales list"
	keys Down
	keys Enter
	on_screen "#2" "$size: sale 2 opens"

	# the batch cleared: neither batch nor serial is left
	keys Tab Tab Tab
	keys C-u
	keys F2
	if [ "$HAVE_ZH" = yes ]; then w="请填写批号或序列号"; else w="give the batch number, the serial"; fi
	on_screen "$w" "$size: F2 refuses an edit without batch or serial"
	unlike "$(screen)" "$reason" "$size: without asking for a reason"

	# an expiry before the sale date, refused by the form's rule the same way
	keys_text "B2"
	keys Tab Tab
	keys_text "2026-01-31"
	keys F2
	if [ "$HAVE_ZH" = yes ]; then w="早于销售日期 2026-11-21"; else w="is before the sale date 2026-11-21"; fi
	on_screen "$w" "$size: F2 refuses an expiry before the sale date"
	unlike "$(screen)" "$reason" "$size: without asking for a reason"

	# put right, the reason is asked once and the save is kept
	keys C-u
	keys_text "2027-06-30"
	keys F2
	on_screen "$reason" "$size: a good edit asks for the reason"
	keys_text "有效期补录 $size"
	keys Enter
	on_screen "$saved" "$size: and is saved"
	g show sales 2 --format json
	like "$out" '"expiry":"2027-06-30"' "$size: the expiry is stored"
	like "$out" '"batch":"B2"' "$size: with the batch kept"
	g show sales 2 --history
	is "$(printf '%s\n' "$out" | grep -c '有效期补录')" "$n" "$size: one reason in the history for this save"
	g edit sales 2 expiry= --reason "reset for the next size"
	keys F10
	ui_exited
	ui_stop
done
done_testing
