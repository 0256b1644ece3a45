# Backup from the menu offers a file named by the computer's clock at the
# press (issue 18), not by the session's time read at the login (in a
# test database that is $GSPDESK_NOW, 2026-11-27 10:00, far from now). At
# 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
if [ "$HAVE_ZH" = yes ]; then ask="备份到新文件"; else ask="Back up to the new file"; fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	before=$(date +%Y%m%d-%H%M)
	keys b
	on_screen "$ask" "$size: backup asks for a file"
	after=$(date +%Y%m%d-%H%M)
	line=$(screen | grep -m1 "$ask")
	case $line in
	*".backup-$before"* | *".backup-$after"*) ok "$size: named by the time of the press" ;;
	*) not_ok "$size: named by the time of the press"; diag "got: $line" "expected .backup-$before or -$after" ;;
	esac
	unlike "$line" ".backup-20261127-1000" "$size: not by the session's clock"
	keys Escape
	ui_stop
done
done_testing
