# Set-up shared by tests/cli/extra_form.sh and tests/ui/extra_form.sh:
# the test build holding the throwaway form (tests/extra/gspdesk) runs as
# gspdesk, under tests/$extra_lib/lib.sh (cli or ui); a database with the
# form's table made as its migration would (visits.sql), and the fixtures.
GSPDESK_BIN=${GSPDESK_EXTRA_BIN:-$(cd "$GSPDESK_TEST_SRCDIR/.." && pwd)/tests/extra/gspdesk}
. "$GSPDESK_TEST_SRCDIR/$extra_lib/lib.sh"
if ! have_sqlite3; then
	echo "1..0 # SKIP no sqlite3 to make the form's table"
	exit 0
fi

init_db
"$SQLITE3" "$GSPDESK_DB" <"$GSPDESK_TEST_SRCDIR/extra/visits.sql" ||
	{ echo "Bail out! cannot make the visits table"; exit 1; }
add_fixtures
