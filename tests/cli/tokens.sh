#!/bin/sh
# Access tokens for scripts and cron (gspdesk user token / tokens /
# revoke-token, $GSPDESK_TOKEN): the token alone on standard output, a
# command run with it and no password acts as its user, a revoked or
# changed token is refused with exit 3, and the login log says which
# token was used. Expiry and the rules are in tests/unit/test_tokens.c.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g_newpw clerk-pass-1 user add wangfang --role clerk
exit_is 0 "a clerk"

# 30 days on the computer's clock (2,592,000 s), not the test clock
made1=$(now_text) end1=$(now_text 2592000)
g user token wangfang --label "nightly due list" --days 30
made2=$(now_text) end2=$(now_text 2592000)
exit_is 0 "the administrator makes a token for the clerk"
token=$out
check "standard output holds the token alone: gspd_ and 64 hex digits" \
	sh -c 'printf "%s\n" "$1" | grep -Eqx "gspd_[0-9a-f]{64}"' _ "$token"
like_either "$err" "Access token 1 of wangfang, valid until $end1" \
	"Access token 1 of wangfang, valid until $end2" \
	"standard error says its number and end (30 days on the real clock)"

# a command with the token and neither user nor password
GSPDESK_TOKEN=$token
export GSPDESK_TOKEN
unset GSPDESK_USER GSPDESK_PASSWORD
g add sales product=P1 qty=2 batch=T1 sale_date=2026-11-20 customer=C1
exit_is 0 "a sale added with the token alone"
id=$out
if have_sqlite3; then
	is "$("$SQLITE3" "$GSPDESK_DB" "SELECT created_by FROM sales WHERE id = $id")" "wangfang" \
		"saved as the token's user"
fi
g user tokens
exit_is 0 "the clerk lists tokens with the token"
check "the clerk sees their own token, active" sh -c 'printf "%s\n" "$1" |
	grep -Eq "^1 +wangfang +nightly due list +($2|$3) +admin +($4|$5) +active"' _ "$out" \
	"$made1" "$made2" "$end1" "$end2"
g --user admin user log wangfang
exit_is 3 "a name given that is not the token's user is refused"
unset GSPDESK_TOKEN
GSPDESK_USER=$ADMIN GSPDESK_PASSWORD=$ADMIN_PASSWORD
export GSPDESK_USER GSPDESK_PASSWORD

g user log wangfang
check "the login log names the token" sh -c 'printf "%s\n" "$1" |
	grep -Eq "wangfang +logged in +with access token 1"' _ "$out"
check "and the refusal with its reason" sh -c 'printf "%s\n" "$1" |
	grep -Eq "wangfang +refused +access token of another user"' _ "$out"

g user revoke-token 1
exit_is 2 "revoking needs a reason"
at1=$(now_text)
g user revoke-token 1 --reason "job moved to another machine"
at2=$(now_text)
exit_is 0 "the administrator revokes it"
GSPDESK_TOKEN=$token
export GSPDESK_TOKEN
g --user wangfang list sales
exit_is 3 "a revoked token is refused"
like "$err" "access token in GSPDESK_TOKEN is not valid" "saying the token is not valid"
unset GSPDESK_TOKEN
g user log wangfang
check "the log says it was revoked" sh -c 'printf "%s\n" "$1" |
	grep -Eq "wangfang +refused +access token revoked"' _ "$out"
GSPDESK_TOKEN=gspd_0000 g list sales
exit_is 3 "a made-up token is refused"
g user tokens
like_either "$out" "revoked $at1 by admin: job moved to another machine" \
	"revoked $at2 by admin: job moved to another machine" \
	"the list shows when (the real clock), by whom and why"
g user token wangfang --label cron --days 0
exit_is 2 "--days 0 is a usage error"
g user token wangfang --days 30
exit_is 1 "a token without a label is refused"
like "$err" "Label:" "naming the label"

# Issue 16: a token minted under a far test clock ends 365 days from the
# real clock, not in 2998, and is listed as active by the real clock.
end1=$(now_text 31536000)
GSPDESK_NOW=2997-06-01T10:00
g user token wangfang --label "future" --days 365
GSPDESK_NOW=2026-11-27T10:00
end2=$(now_text 31536000)
future=$out
exit_is 0 "a token made under GSPDESK_NOW=2997"
like_either "$err" "valid until $end1" "valid until $end2" \
	"... ends 365 days after the real clock, not in 2998"
if have_sqlite3; then
	# its end moved a minute into the past, as time would: a test clock of
	# the year 2000 does not bring it back
	"$SQLITE3" "$GSPDESK_DB" "UPDATE tokens SET expires = '$(now_text -60)' WHERE label = 'future'"
	GSPDESK_TOKEN=$future GSPDESK_NOW=2000-01-01T00:00
	export GSPDESK_TOKEN
	g_without GSPDESK_PASSWORD --user wangfang list sales
	unset GSPDESK_TOKEN
	GSPDESK_NOW=2026-11-27T10:00
	exit_is 3 "a token past its real end is refused under an early test clock"
	like "$err" "ran out at" "... saying it ran out"
else
	skip "a token past its real end is refused under an early test clock" "no sqlite3"
	skip "... saying it ran out" "no sqlite3"
fi

done_testing
