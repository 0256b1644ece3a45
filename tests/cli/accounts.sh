#!/bin/sh
# Accounts (issue 8, "Accounts"): five wrong passwords in a row lock the
# account for 15 minutes of the computer's clock, whatever $GSPDESK_NOW
# says (issue 16); the lock says until when; a right password before the fifth resets the count; the
# administrator disables, enables and resets, never deletes; every login
# and failure is in the append-only log, read with `user log`.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
g_newpw clerk-pass-1 user add li --role clerk
exit_is 0 "admin adds the clerk li"

# wrong N [DAYS]: N wrong passwords for li; with DAYS, the test clock moves
# that many days on before each try (the attack of issue 16).
wrong() {
	i=0
	while [ $i -lt "$1" ]; do
		[ -n "${2:-}" ] && GSPDESK_NOW=$(date -d "2026-11-27 10:00 $((i * $2)) days" '+%Y-%m-%dT%H:%M')
		g_as li not-the-password list products
		i=$((i + 1))
	done
	GSPDESK_NOW=2026-11-27T10:00
}

# lift_lock: the lock's end moved into the past with sqlite3, as 15
# minutes would.
lift_lock() {
	"$SQLITE3" "$GSPDESK_DB" "UPDATE users SET locked_until = '$(now_text -60)' WHERE name = 'li'"
}
start=$(now_text)

# Four wrong, one right: the count starts again.
wrong 4
exit_is 3 "a wrong password: exit 3"
is "$err" "gspdesk: Wrong user name or password." "a wrong password says so, without saying which"
g_as li clerk-pass-1 list products
exit_is 0 "the right password after four wrong ones logs in"
wrong 4
g_as li clerk-pass-1 list products
exit_is 0 "four more wrong ones do not lock: the count started again"

# Five in a row lock for 15 minutes of the real clock (900 s).
until1=$(now_text 900)
wrong 5
until2=$(now_text 900)
exit_is 3 "the fifth wrong password: exit 3"
like_either "$err" "locked for 15 minutes, until $until1" "locked for 15 minutes, until $until2" \
	"the fifth says the account is locked and until when (the real clock + 15 minutes)"
g_as li clerk-pass-1 list products
exit_is 3 "the right password during the lock is refused"
like "$err" "is locked after 5 wrong passwords in a row, until " "... saying until when"
GSPDESK_NOW=2999-01-01T10:00
g_as li clerk-pass-1 list products
GSPDESK_NOW=2026-11-27T10:00
exit_is 3 "a test clock in 2999 does not end the lock"
g user list
like_either "$out" "locked until $until1" "locked until $until2" "user list shows the lock"
if have_sqlite3; then
	lift_lock
	g_as li clerk-pass-1 list products
	exit_is 0 "once its end has passed the lock has ended"
else
	skip "once its end has passed the lock has ended" "no sqlite3"
fi

# Issue 16: twenty wrong passwords with the test clock a day further each
# time, then the right one: still locked (each lock ran on the real clock).
wrong 20 1
GSPDESK_NOW=2026-12-17T10:00 # a day after the twentieth (2026-11-27 + 19 days)
g_as li clerk-pass-1 list products
GSPDESK_NOW=2026-11-27T10:00
exit_is 3 "20 wrong passwords a day apart by GSPDESK_NOW, then the right one: locked"
like "$err" "is locked after 5 wrong passwords" "... told the account is locked"

# Issue 16: five failures under GSPDESK_NOW=2999 lock for 15 real minutes,
# not until 2999.
g_newpw reset-pass-1 user passwd li
exit_is 0 "the administrator sets a new password, which lifts the lock"
GSPDESK_NOW=2999-06-01T10:00
until1=$(now_text 900)
i=0
while [ $i -lt 5 ]; do
	g_as li not-the-password list products
	i=$((i + 1))
done
until2=$(now_text 900)
GSPDESK_NOW=2026-11-27T10:00
like_either "$err" "until $until1" "until $until2" "a lock under GSPDESK_NOW=2999 lasts 15 real minutes"
unlike "$err" "2999" "... not until 2999"
g_newpw reset-pass-1 user passwd li
exit_is 0 "the administrator sets a new password"
g_as li reset-pass-1 list products
exit_is 0 "... which lifts the lock at once"

# The log: every attempt, in order, at the real clock (the end taken after
# the command that reads it, whose own login is logged too: under valgrind
# a minute can turn between the two).
g user log li
exit_is 0 "user log li"
end=$(now_text)
like "$out" "li    wrong password" "the log has the wrong passwords"
like "$out" "li    locked until" "... the locks and their ends"
like "$out" "li    refused         account locked" "... the refusals during a lock"
like "$out" "li    logged in" "... and the logins"
unlike "$out" "2999-" "no row at the test clock of 2999"
unlike "$out" "2026-11-28" "nor at a test clock moved a day on"
if have_sqlite3; then
	is "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM logins WHERE at < '$start' OR at > '$end'")" \
		"0" "every login row's time is the real clock's, between the test's start and end"
else
	skip "every login row's time is the real clock's" "no sqlite3"
fi
n_failed=$(printf '%s\n' "$out" | grep -c 'wrong password')
# 4 + 4 + 5, then 5 of the twenty (the other fifteen are refused: the
# account is locked), then 5 under 2999
is "$n_failed" "23" "twenty-three wrong passwords logged"
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
