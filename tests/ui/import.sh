# Import from the screens: choose the form and the file, see the column
# mapping (the paper form's words) and the first rows, import all rows or
# none, or read every refused row.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
good=$tmp/good.csv
printf '产品名称,数量,批号,销售日期,去向,备注\nP1,5,B7,2026-11-01,C1,首批\nP1,3,B7,2026-11-02,C2,\n' >"$good"
bad=$tmp/bad.csv
printf '产品名称,数量,批号,销售日期,去向\nP1,5,B8,2026-11-01,C1\nP1,0,B8,2025-02-29,C2\n' >"$bad"

ui_start
log_in "$ADMIN_PASSWORD"
keys u
on_screen "Import into" "U asks which form to import into"
keys Enter
on_screen "File to import (CSV or .xlsx):" "then which file"
keys C-u
keys_text "$good"
keys Enter
on_screen "First rows:" "the file is previewed"
s=$(screen)
like "$s" "批号" "the file's own column title"
like "$s" "Batch no." "... mapped to the field it fills"
like "$s" "首批" "the first rows are shown"
keys F2
on_screen "Imported 2 rows into Product sales record." "F2 imports every row"
g list sales --format csv
like "$out" "1,P1,5ml,5,B7,,,2026-11-01,C1,,,首批" "the first row is stored as written"

keys u
keys Enter
on_screen "File to import (CSV or .xlsx):" "again, a file with a bad row"
keys C-u
keys_text "$bad"
keys Enter
on_screen "First rows:" "previewed"
keys F2
on_screen "Rows refused: 1. Nothing was imported." "the refusal is counted and nothing imported"
like "$(screen)" "line 3" "the refused row by the line a spreadsheet shows"
g list sales --format csv
unlike "$out" "B8" "no row of the refused file was stored"
keys Escape
keys F10 y # the menu asks first
ui_exited
done_testing
