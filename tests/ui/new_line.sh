# The sales list opens at its newest line (the end of the ledger); a new
# sales line, once saved, is the highlighted row of the list, even where
# the list's order puts it in the middle, off the first page; at 80x24 and
# 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
i=1
while [ "$i" -le 60 ]; do
	g add sales product=P1 qty="$i" batch="B$i" sale_date=2026-10-$(printf '%02d' $(((i - 1) % 30 + 1))) customer=C1
	i=$((i + 1))
done
is "$out" "60" "60 sales"

id=61
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	# a ledger: the list opens at its newest line, the end (issue 18)
	row=$(wait_highlighted "B60 ")
	like "$row" "2026-10-30" "$size: the sales list opens at its newest line, highlighted"
	if [ "$HAVE_ZH" = yes ]; then at="第 $((id - 1)) 条，共 $((id - 1)) 条"; else at="row $((id - 1)) of $((id - 1))"; fi
	like "$(screen | head -n 1)" "$at" "$size: ... the last of them all"
	keys C-n
	wait_for "*" >/dev/null
	keys_text "P1"; keys Tab Tab
	keys_text "5"; keys Tab
	keys_text "NEW$id"; keys Tab Tab Tab
	keys_text "2026-10-20"; keys Tab
	keys_text "C1"
	keys F2
	on_screen "NEW$id" "$size: the new line is saved and shown, past the first page"
	row=$(wait_highlighted "NEW$id")
	like "$row" "NEW$id" "$size: and highlighted"
	is "$(printf '%s\n' "$row" | sed -n 's/^ *\([0-9][0-9]*\) .*/\1/p')" "$id" "$size: as record $id"
	keys F10
	ui_exited
	ui_stop
	id=$((id + 1))
done
done_testing
