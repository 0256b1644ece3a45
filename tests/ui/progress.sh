# A progress message (正在导入……, 正在检查数据库……, 正在备份……) is
# replaced by the outcome when the work ends, never left on the screen
# that follows: an import that worked, one whose rows were refused (the
# refusals' own screen), a check and a backup. At 80x24 and 120x36, in
# Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
good=$tmp/good.csv
printf '产品名称,数量,批号,销售日期,去向\nP1,5,B7,2026-11-01,C1\n' >"$good"
bad=$tmp/bad.csv
printf '产品名称,数量,批号,销售日期,去向\nP1,5,B8,2026-11-01,C1\nP1,0,B8,2025-02-29,C2\n' >"$bad"

if [ "$HAVE_ZH" = yes ]; then
	into=导入到 importing=正在导入 checking=正在检查 backing=正在备份 menu=主菜单
	file="要导入的文件" imported="已导入 1 行" refused="被拒绝的行：1" backup_q="备份到新文件"
	checked="没有发现问题" backed="已备份到"
else
	into="Import into" importing=Importing checking=Checking backing="Backing up" menu="Main menu"
	file="File to import" imported="Imported 1 rows" refused="Rows refused: 1" backup_q="Back up to the new file"
	checked="No problems" backed="Backed up to"
fi

n=0
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys u
	wait_for "$into" >/dev/null
	keys Enter
	wait_for "$file" >/dev/null
	keys C-u
	keys_text "$good"
	keys Enter
	keys F2
	on_screen "$imported" "$size: the import's outcome"
	unlike "$(screen)" "$importing" "$size: no \"importing\" left beside it"
	keys u
	wait_for "$into" >/dev/null
	keys Enter
	wait_for "$file" >/dev/null
	keys C-u
	keys_text "$bad"
	keys Enter
	keys F2
	on_screen "$refused" "$size: a refused file shows its refusals"
	unlike "$(screen)" "$importing" "$size: without \"importing\" under them"
	keys Escape
	on_screen "$menu" "$size: back on the menu"
	unlike "$(screen)" "$importing" "$size: nor there"
	keys k
	on_screen "$checked" "$size: the check's outcome"
	unlike "$(screen)" "$checking" "$size: no \"checking\" left"
	n=$((n + 1))
	keys b
	wait_for "$backup_q" >/dev/null
	keys C-u
	keys_text "$tmp/copy$n.db"
	keys Enter
	on_screen "$backed" "$size: the backup's outcome"
	unlike "$(screen)" "$backing" "$size: no \"backing up\" left"
	keys F10
	keys y
	ui_exited
	ui_stop
done
done_testing
