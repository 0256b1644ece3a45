# A training session with its roster typed on the form screen: the header,
# then attendee rows added with F3 in the lines grid (Chinese names and
# units), saved in one go; reopened, one row removed with F9 and saved
# with a reason.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
ui_start
log_in "$ADMIN_PASSWORD"

keys 5
wait_for "Training record" >/dev/null
keys C-n
wait_for "Topic" >/dev/null
on_screen "F3 Add row" "the key bar shows the row keys"
keys_text "2026-11-20"; keys Tab
keys_text "血糖仪操作"; keys Tab
keys_text "customer"; keys Tab
keys_text "李工"; keys Tab
keys_text "1.5"; keys Tab
keys_text "内科示教室"; keys Tab
keys_text "C1"; keys Tab
keys F3
keys_text "王护士"; keys Tab
keys_text "内科"; keys Tab
keys_text "yes"; keys Tab
keys_text "retrain"; keys Tab
keys_text "2026-12-01"
keys F3
keys_text "赵护士长"; keys Tab
keys_text "内科"; keys Tab; keys Tab
keys_text "passed"
on_screen "赵护士长" "the second row shows its Chinese name"
line=$(screen | grep "赵护士长")
# Name column 10 cells from column 2, then one blank: Department starts at 13
is "$(col_of "$line" "内科")" "13" "the unit column lines up after a Chinese name"
keys F2
on_screen "Saved as record 1" "the session saves with its roster"
g list attendees --format csv
like "$out" "1,2026-11-20,王护士,内科,yes,retrain,2026-12-01" "the first attendee, a retrain"
like "$out" "2,2026-11-20,赵护士长,内科,yes,passed," "the second attendee, passed"

# reopen from the list, remove the second row, save with a reason
wait_for "血糖仪操作" >/dev/null
keys Enter
wait_for "赵护士长" >/dev/null
keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
keys F9
keys F2
wait_for "Reason" >/dev/null
keys_text "录入重复"
keys Enter
on_screen "Saved the changes to record 1" "the change saves"
g list attendees --format csv
unlike "$out" "赵护士长" "the removed attendee is void"
g show attendees 2 --history
like "$out" "录入重复" "its void carries the reason"
keys F10

done_testing
