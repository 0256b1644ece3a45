# A satisfaction survey typed on the form screen: the header fields, then
# the lines grid with one row per active survey item by its Chinese name,
# a score typed in each; saved in one go, then reopened to change one score
# with a reason.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
ui_start
log_in "$ADMIN_PASSWORD"

keys 4
wait_for "Customer satisfaction survey" >/dev/null
keys C-n
wait_for "Overall score" >/dev/null
on_screen "技术支持与培训" "a new survey shows a row per active item"
line=$(screen | grep "技术支持与培训")
# the grid's item column starts at column 2; 技术支持与培训 is 14 cells wide
# in a 24-cell column, so the score column starts at 2 + 24 + 1 = 27
is "$(col_of "$line" "技术支持与培训")" "2" "the item name sits in the grid's first column"
keys_text "2026"; keys Tab
keys_text "C1"; keys Tab
keys_text "张主任"; keys Tab
keys_text "2026-11-20"; keys Tab
keys_text "5"; keys Tab
keys_text "送货及时"; keys Tab
for s in 5 4 5 3 4 2; do
	keys_text "$s"
	keys Tab
done
keys F2
on_screen "Saved as record 1" "the survey saves with its scores"
g show surveys 1
like "$out" "售后响应速度             4" "the response score was saved from the grid"
like "$out" "价格                     2" "the price score too"

# a survey missing a score is refused and nothing is written
keys C-n
wait_for "Overall score" >/dev/null
keys_text "2026"; keys Tab
keys_text "C2"; keys Tab
keys_text "王科长"; keys Tab
keys_text "2026-11-21"; keys Tab
keys_text "4"; keys Tab Tab
keys_text "5"
keys F2
on_screen "Score: is required" "a survey with one score is refused: the empty scores are required"
g list surveys --format csv
is "$(printf '%s\n' "$out" | wc -l)" "2" "nothing was written for it"
keys Escape
wait_for "Leave without saving" >/dev/null
keys y

done_testing
