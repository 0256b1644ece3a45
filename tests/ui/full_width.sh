# Full-width digits as a Chinese input method types them, and codes in
# lower case, are the same values (issue 18): a quantity of １２ and a
# date of ２０２６－１１－２０ typed on a new sales line are saved as 12 and
# 2026-11-20, and shown so as the field is left; product p1 and customer
# c1 are P1 and C1. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
id=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	wait_for "*" >/dev/null
	keys_text "p1"; keys Tab Tab
	keys_text "１２"; keys Tab
	keys_text "FW$id"; keys Tab Tab Tab
	keys_text "２０２６－１１－２０"; keys Tab
	on_screen "2026-11-20" "$size: the full-width date shows as it is kept"
	keys_text "c1"
	keys F2
	wait_highlighted "FW$id" >/dev/null
	g show sales $id --format json
	like "$out" '"qty":12,' "$size: the full-width quantity is saved as 12"
	like "$out" '"sale_date":"2026-11-20"' "$size: ... the date as 2026-11-20"
	like "$out" '"product":"P1"' "$size: ... product p1 as P1"
	like "$out" '"customer":"C1"' "$size: ... customer c1 as C1"
	keys F10
	ui_exited
	ui_stop
	id=$((id + 1))
done
done_testing
