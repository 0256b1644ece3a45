# Import a workbook from the screens (issue 22): the .xlsx is previewed with
# its header found under the merged title, the paper form's words mapped,
# its first rows shown, and F2 imports them.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

if ! have_python || ! "$PY" -c 'import openpyxl' 2>/dev/null; then
	skip "import xlsx screen" "no Debian python3 with openpyxl to make the workbook"
	done_testing
	exit 0
fi
init_db
add_fixtures
book=$tmp/台帐.xlsx
"$PY" - "$book" <<'PY'
import datetime, openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["产品销售记录"])
ws.merge_cells("A1:F1")
ws.append(["产品名称", "数量", "批号", "销售日期", "去向", "备注"])
ws.append(["P1", 5, "B7", datetime.date(2026, 11, 1), "C1", "首批"])
wb.save(sys.argv[1])
PY

ui_start
log_in "$ADMIN_PASSWORD"
keys u
on_screen "Import into" "U asks which form to import into"
keys Enter
on_screen "File to import (CSV or .xlsx):" "then which file"
keys C-u
keys_text "$book"
keys Enter
on_screen "First rows:" "the workbook is previewed"
s=$(screen)
like "$s" "批号" "the sheet's own column title"
like "$s" "Batch no." "... mapped to the field it fills"
like "$s" "2026-11-01" "the date cell as a date"
keys F2
on_screen "Imported 1 rows into Product sales record." "F2 imports the row"
g list sales --format csv
like "$out" "1,P1,5ml,5,B7,,,2026-11-01,C1,,,首批" "stored as the cells hold it"
keys Escape
keys F10
ui_exited
done_testing
