# Shared set-up for the reliability tests: the command-line test set-up
# (tests/cli/lib.sh: $tmp, a fixed environment, g, init_db, add_fixtures)
# plus one check that a database is whole after whatever a test did to it.
#   consistent DESC [DB]   integrity_check says ok, gspdesk check is clean, and every record of every
#                          form has its "add" audit row and every audit row
#                          of a form names a record that exists: nothing
#                          half-saved. Two tests.
#   count_rows TABLE [DB]  the number of rows in TABLE
#   small_tmpfs DIR SIZE   mounts a tmpfs of SIZE on DIR (unmounted on exit),
#                          or skips the whole test where that is not allowed
#                          (the script re-runs itself under unshare -rm first)

: "${GSPDESK_TEST_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
# (tests/ui/lib.sh has already read it for a screen test)
command -v init_db >/dev/null 2>&1 || . "$GSPDESK_TEST_SRCDIR/cli/lib.sh"

if ! have_sqlite3; then
	echo "1..0 # SKIP no sqlite3 program to look inside the database"
	exit 0
fi

q() {
	"$SQLITE3" -bail "${q_db:-$GSPDESK_DB}" "$1"
}

count_rows() {
	q_db=${2:-$GSPDESK_DB} q "SELECT count(*) FROM $1"
}

consistent() {
	c_db=${2:-$GSPDESK_DB}
	c_int=$(q_db=$c_db q "PRAGMA integrity_check" 2>&1)
	is "$c_int" "ok" "$1: integrity_check ok"
	# a record without its add row, or an audit row without its record,
	# would be a write that was half saved (an import's own row, naming its
	# file, has no record)
	c_bad=
	for c_form in products customers sales; do
		c_n=$(q_db=$c_db q "SELECT
			(SELECT count(*) FROM $c_form r WHERE NOT EXISTS (SELECT 1 FROM audit a
				WHERE a.form = '$c_form' AND a.record_id = r.id AND a.action = 'add'))
			|| ' ' ||
			(SELECT count(*) FROM audit a WHERE a.form = '$c_form'
				AND a.record_id IS NOT NULL AND NOT EXISTS
				(SELECT 1 FROM $c_form r WHERE r.id = a.record_id))" 2>&1)
		[ "$c_n" = "0 0" ] || c_bad="$c_bad $c_form: $c_n (records without audit, audit without record);"
	done
	is "$c_bad" "" "$1: every record has its audit row and every audit row its record"
	# and the program's own check: the audit chain and every record against
	# its audit trail
	c_saved=$GSPDESK_DB
	GSPDESK_DB=$c_db
	g check
	GSPDESK_DB=$c_saved
	exit_is 0 "$1: gspdesk check is clean"
}

small_tmpfs() {
	mkdir -p "$1"
	if ! mount -t tmpfs -o "size=$2,mode=0700" gspdesk-test "$1" 2>/dev/null; then
		echo "1..0 # SKIP cannot mount a tmpfs here"
		exit 0
	fi
	st_dir=$1
	trap 'umount "$st_dir" 2>/dev/null
[ -n "${KEEP_TMP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT
}
