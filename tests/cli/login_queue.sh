#!/bin/sh
# Reads never wait for a writer (issue 16): while another terminal holds
# the write lock, a manager's `list` works at once; the login waits in
# DB-logins (0600) and reaches the log with the next write, never lost.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_sqlite3; then
	skip "login queue" "no sqlite3 program to hold the write lock"
	done_testing
	exit 0
fi

init_db
add_fixtures
g_newpw manager-pass-1 user add boss --role manager
exit_is 0 "a manager is added"

# The lock: a sqlite3 shell inside BEGIN IMMEDIATE, fed through a fifo and
# held until the test says ROLLBACK (the row it wrote is not the program's).
mkfifo "$tmp/hold"
"$SQLITE3" "$GSPDESK_DB" <"$tmp/hold" >/dev/null 2>&1 &
holder=$!
exec 3>"$tmp/hold"
echo "BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('held', '1');" >&3
locked() {
	"$SQLITE3" "$GSPDESK_DB" "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1 && return 1
	return 0
}
i=0
while ! locked && [ $i -lt 100 ]; do
	i=$((i + 1))
	sleep 0.1
done
check "another terminal holds the write lock" locked

start=$(date +%s)
g_as boss manager-pass-1 list customers --format csv
took=$(($(date +%s) - start))
exit_is 0 "the manager's list works while the lock is held"
like "$out" "C1" "... and lists the customers"
ok_if $((took > 5)) "... at once, not after the 15 s busy wait (took ${took} s)"
if [ -f "$GSPDESK_DB-logins" ]; then
	is "$(stat -c %a "$GSPDESK_DB-logins")" "600" "the queued login is private: 0600"
else
	not_ok "the login waits in $GSPDESK_DB-logins"
fi
like "$(cat "$GSPDESK_DB-logins" 2>/dev/null)" '"boss","login"' "... and names the manager"

echo "ROLLBACK;" >&3
exec 3>&-
wait $holder

g user log boss
exit_is 0 "user log once the lock is released"
like "$out" "boss  logged in" "the manager's login is in the log"
is "$(printf '%s\n' "$out" | grep -c 'logged in')" "1" "... once"
is "$(stat -c %s "$GSPDESK_DB-logins")" "0" "the queue is empty again"
g check
exit_is 0 "check passes afterwards"

done_testing
