#!/bin/sh
# Accounts (issue 8, "Accounts"): five wrong passwords in a row lock the
# account for 15 minutes, by the injected clock ($GSPDESK_NOW); the lock
# says until when; a right password before the fifth resets the count; the
# administrator disables, enables and resets, never deletes; every login
# and failure is in the append-only log, read with `user log`.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
g_newpw clerk-pass-1 user add li --role clerk
exit_is 0 "admin adds the clerk li"

# wrong N: N wrong passwords for li at $GSPDESK_NOW
wrong() {
	i=0
	while [ $i -lt "$1" ]; do
		g_as li not-the-password list products
		i=$((i + 1))
	done
}

# Four wrong, one right: the count starts again.
wrong 4
exit_is 3 "a wrong password: exit 3"
is "$err" "gspdesk: Wrong user name or password." "a wrong password says so, without saying which"
g_as li clerk-pass-1 list products
exit_is 0 "the right password after four wrong ones logs in"
wrong 4
g_as li clerk-pass-1 list products
exit_is 0 "four more wrong ones do not lock: the count started again"

# Five in a row at 10:00 lock until 10:15 (10:00 + 15 minutes).
wrong 5
exit_is 3 "the fifth wrong password: exit 3"
like "$err" "locked for 15 minutes, until 2026-11-27 10:15" "the fifth says the account is locked and until when"
g_as li clerk-pass-1 list products
exit_is 3 "the right password during the lock is refused"
like "$err" "is locked after 5 wrong passwords in a row, until 2026-11-27 10:15 (local time)" "... saying until when"
GSPDESK_NOW=2026-11-27T10:14
g_as li clerk-pass-1 list products
exit_is 3 "at 10:14 the account is still locked"
g user list
like "$out" "locked until 2026-11-27 10:15" "user list shows the lock"
GSPDESK_NOW=2026-11-27T10:15
g_as li clerk-pass-1 list products
exit_is 0 "at 10:15 the lock has ended"

# A lock across midnight: 23:50 + 15 minutes = 00:05 the next day.
GSPDESK_NOW=2026-11-30T23:50
wrong 5
like "$err" "until 2026-12-01 00:05" "a lock at 23:50 lasts until 00:05 on the first of December"
g_newpw reset-pass-1 user passwd li
exit_is 0 "the administrator sets a new password"
g_as li reset-pass-1 list products
exit_is 0 "... which lifts the lock at once"

# The log: every attempt, in order, at the injected clock.
g user log li
exit_is 0 "user log li"
like "$out" "2026-11-27 10:00  li    wrong password" "the log has the wrong passwords at 10:00"
like "$out" "2026-11-27 10:00  li    locked until    2026-11-27 10:15" "... the lock and its end"
like "$out" "2026-11-27 10:14  li    refused         account locked" "... the refusal during the lock"
like "$out" "2026-11-27 10:15  li    logged in" "... and the login after it"
n_failed=$(printf '%s\n' "$out" | grep -c 'wrong password')
# 4 + 4 + 5 at 10:00 and 5 at 23:50
is "$n_failed" "18" "eighteen wrong passwords logged"
g_as li reset-pass-1 user log
exit_is 3 "the clerk may not read everybody's log"
g_as li reset-pass-1 user log li
exit_is 0 "the clerk reads their own"
g user log nobody-like-this
is "$rc:$out" "0:Time  User  Event  Detail" "no rows for a name never tried"
g_as ghost whatever-1 list products
g user log ghost
like "$out" "no such user" "an unknown name's attempt is logged as such"
if have_sqlite3; then
	"$SQLITE3" "$GSPDESK_DB" "DELETE FROM logins" 2>"$tmp/sqlerr"
	like "$(cat "$tmp/sqlerr")" "append-only" "the login log refuses DELETE"
	"$SQLITE3" "$GSPDESK_DB" "UPDATE logins SET user = 'x'" 2>"$tmp/sqlerr"
	like "$(cat "$tmp/sqlerr")" "append-only" "the login log refuses UPDATE"
else
	skip "the login log refuses DELETE" "no sqlite3"
	skip "the login log refuses UPDATE" "no sqlite3"
fi

# Disable, enable; never delete.
GSPDESK_NOW=2026-12-02T09:00
g user disable li
exit_is 0 "the administrator disables li"
g_as li reset-pass-1 list products
exit_is 3 "a disabled account cannot log in"
like "$err" "The account li is disabled" "... and is told so"
g user list
like "$out" "li     clerk  clerk          disabled" "user list shows li disabled, still there"
g_as li reset-pass-1 user disable admin
exit_is 3 "a clerk cannot disable anyone"
g user disable admin
exit_is 1 "the administrator cannot disable their own account"
g user enable li
exit_is 0 "the administrator enables li again"
g_as li reset-pass-1 list products
exit_is 0 "li logs in again"
g user disable nobody
exit_is 1 "disabling a user that does not exist: exit 1"

# Own password: at least 8 characters; the login checked the old one.
g_newpw short7x user passwd li
exit_is 1 "a 7-character password is refused"
GSPDESK_NEW_PASSWORD=li-own-pass
export GSPDESK_NEW_PASSWORD
g_as li reset-pass-1 user passwd li
unset GSPDESK_NEW_PASSWORD
exit_is 0 "li changes their own password, logged in with the old one"
g_as li reset-pass-1 list products
exit_is 3 "the old password no longer works"
g_as li li-own-pass list products
exit_is 0 "the new one does"

done_testing
