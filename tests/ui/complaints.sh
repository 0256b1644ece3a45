# Complaints, quality tracking and survey items on the generic screens:
# the menu offers them by hotkey, a complaint typed in Chinese is saved and
# listed with its late mark (received Friday 2026-11-20, not reported to
# quality by Tuesday 24; today is Friday 27), a quality record likewise.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
ui_start
log_in "$ADMIN_PASSWORD"
on_screen "2  Customer complaint log" "the menu offers complaints on 2"
on_screen "3  Product quality tracking record" "quality tracking on 3"
on_screen "4  Customer satisfaction survey" "surveys on 4"
on_screen "5  Training record" "training on 5"
on_screen "I  Survey items" "survey items for the administrator on I"

keys 2
wait_for "Customer complaint log" >/dev/null
keys C-n
wait_for "Received at" >/dev/null
keys_text "2026-11-20 09:30"; keys Tab
keys_text "C1"; keys Tab
keys_text "刘科长 13800000000"; keys Tab
keys_text "P1"; keys Tab
keys_text "B1"; keys Tab Tab
keys_text "外包装破损，注射器漏液"
keys F2
on_screen "Saved as record 1" "the complaint saves"
wait_for "外包装破损" >/dev/null
line=$(screen | grep "外包装破损")
like "$line" "1!" "it is marked late: not reported to quality within 2 working days"
like "$line" "open" "its status is open"
# the status line says why, once the saving message is gone: received
# Friday 20th, the report to quality was due by Tuesday 24th (2 working
# days); a cause within 5 working days is due today, not late yet
keys Home
on_screen "! late: not reported to the quality manager within 2 working days of receipt" \
	"the status line says why the highlighted complaint is late"
unlike "$(screen)" "no cause found" "... and only that"
keys Enter
on_screen "! late: not reported to the quality manager within 2 working days" "so does its form"
keys Escape
wait_for "外包装破损" >/dev/null
keys Escape

keys 3
wait_for "Product quality tracking record" >/dev/null
keys C-n
wait_for "Performance" >/dev/null
keys_text "2026-11-18"; keys Tab
keys_text "P2"; keys Tab Tab
keys_text "SN001"; keys Tab
keys_text "C1"; keys Tab
keys_text "运行良好"
keys F2
on_screen "Saved as record 1" "the quality record saves"
on_screen "运行良好" "and is listed with its performance"
keys Escape

keys i
on_screen "售后响应速度" "the survey items list shows the office's items"
keys F10

done_testing
