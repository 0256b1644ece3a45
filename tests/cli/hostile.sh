#!/bin/sh
# Issue 16, "Outputs that carry nothing hostile" and "Tokens and
# passwords": control characters (ESC, OSC, BEL, CR, a newline in a
# one-line text, bidi overrides, zero-width characters) are refused in a
# --reason, a token's label and a login name is logged written out; text
# planted in the file with sqlite3 comes out of list, show, show --history,
# user log and user tokens written out (\x1B, \u202E, \n), never raw; a
# --reason has a length limit like any text field (500 characters); an
# access token does not change passwords, accounts or tokens; enabling an
# account that is not disabled changes nothing.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

ESC=$(printf '\033')
BEL=$(printf '\007')
CR=$(printf '\015')
NL='
'
RLO=$(printf '\342\200\256')   # U+202E RIGHT-TO-LEFT OVERRIDE
ZWSP=$(printf '\342\200\213')  # U+200B ZERO WIDTH SPACE
OSC="r${ESC}]0;PWNED${BEL}${ESC}[2J"  # the reason seen clearing the screen

# clean FILE DESC: FILE holds no C0 control but tab and newline, no DEL,
# no C1 (U+0080..U+009F), bidi control or zero-width character.
clean() {
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1" ||
		LC_ALL=C grep -Eq "$(printf '\302[\200-\237]|\342\200[\213-\217\252-\256]|\342\201[\240-\251]|\357\273\277')" "$1"; then
		not_ok "$2"
		diag "$(od -c "$1" | head -n 20)"
	else
		ok "$2"
	fi
}

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 sale_date=2026-11-01 customer=C1
exit_is 0 "a sale"
g_newpw clerk-pass-1 user add li --role clerk
exit_is 0 "a clerk"

# ---- input: a --reason, a token's label ----
refused 1 "Reason given: contains a control character" "an OSC and ESC [2J in --reason" \
	edit sales 1 qty=4 --reason "$OSC"
refused 1 "Reason given: contains a control character" "a newline in --reason" \
	edit sales 1 qty=4 --reason "r${NL}2026-11-27 10:00  admin  voided"
refused 1 "Reason given: contains a control character" "a bidi override in --reason" \
	void sales 1 --reason "abc${RLO}fed"
refused 1 "Reason given: contains a control character" "a zero-width space in --reason" \
	void sales 1 --reason "a${ZWSP}b"
long=$(printf '%0501d' 0)
refused 1 "Reason given: is longer than 500 characters" "a 501-character --reason" \
	edit sales 1 qty=4 --reason "$long"
g edit sales 1 qty=4 --reason "$(printf '%0500d' 0)"
exit_is 0 "a 500-character --reason is taken"
long=$(printf '%0100d' 0)
long=$long$long$long$long$long理
refused 1 "Reason given: is longer than 500 characters" "501 characters counted as characters, not bytes" \
	void sales 1 --reason "$long"
refused 1 "Label: contains a control character" "an ESC in a token's label" \
	user token li --label "cron${ESC}[2J"
g user token li --label cron
exit_is 0 "a token for li"
li_token=$out
refused 1 "Reason given: contains a control character" "a CR in revoke-token --reason" \
	user revoke-token 1 --reason "moved${CR}"

# ---- a login name: logged written out ----
g_as "gh${ESC}[2Jost${BEL}" whatever-1 list products
exit_is 3 "a login name with ESC and BEL is refused"
g user log
clean "$tmp/out" "user log: the name typed at login comes out written out"
like "$out" 'gh\x1B[2Jost\x07' "... as gh\\x1B[2Jost\\x07"
if have_sqlite3; then
	is "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM logins WHERE instr(user, char(27)) > 0")" \
		"0" "the login log keeps no raw ESC"
fi

# ---- output: text planted with sqlite3 ----
if have_sqlite3; then
	"$SQLITE3" "$GSPDESK_DB" "UPDATE sales SET batch = 'B1' || char(27) || ']0;PWNED' || char(7),
		remarks = 'one' || char(10) || 'two' || char(13) || char(8238) || char(8203) WHERE id = 1;
		INSERT INTO audit (at, user, form, record_id, action, changes, reason)
		VALUES ('2026-11-27T02:00:00Z', 'admin', 'sales', 1, 'edit', '{}',
		        'r' || char(27) || ']0;PWNED' || char(7) || char(27) || '[2J' || char(10) ||
		        '2026-11-27 10:00  admin  voided');
		INSERT INTO logins (at, user, event, detail)
		VALUES ('2026-11-27 10:00', 'li', 'failed', 'x' || char(27) || '[31m' || char(8238));
		UPDATE tokens SET label = 'cron' || char(27) || '[2J' || char(10) || 'fake',
		       revoked_at = '2026-11-27 10:00', revoked_by = 'admin',
		       revoke_reason = 'gone' || char(155) || '2J' WHERE id = 1"
	g show sales 1 --history
	exit_is 0 "show --history of the planted record"
	clean "$tmp/out" "show --history: nothing raw reaches the terminal"
	like "$out" 'reason: r\x1B]0;PWNED\x07\x1B[2J\n2026-11-27 10:00  admin  voided' \
		"the planted reason is one line, written out"
	n=$(grep -c '^2026-11-27 10:00  admin  voided' "$tmp/out")
	is "$n" "0" "a newline in a reason fakes no history line"
	like "$out" 'B1\x1B]0;PWNED\x07' "show: the batch written out"
	like "$out" 'one
two\r\u202E\u200B' "show: a multi-line remark keeps its newline, the rest written out"
	g list sales
	clean "$tmp/out" "list: nothing raw reaches the terminal"
	like "$out" 'B1\x1B]0;PWNED\x07' "list: the batch written out"
	g user log li
	clean "$tmp/out" "user log: a planted detail comes out written out"
	g user tokens
	clean "$tmp/out" "user tokens: a planted label and reason come out written out"
	like "$out" 'cron\x1B[2J fake' "... the label on one line"
	like "$out" 'gone\u009B2J' "... the C1 CSI in the reason written out"
	g void sales 1 --reason gone
	exit_is 0 "void the planted record"
	"$SQLITE3" "$GSPDESK_DB" "UPDATE sales SET void_reason = 'gone' || char(27) || '[2J' WHERE id = 1"
	g edit sales 1 qty=5 --reason x
	exit_is 1 "a void record cannot be changed"
	clean "$tmp/err" "an error quoting the file's text carries nothing raw"
else
	skip "planted text" "no sqlite3"
fi

# ---- a token does not change passwords, accounts or tokens ----
g user token li --label "nightly"
exit_is 0 "another token for li (the first was planted revoked)"
GSPDESK_TOKEN=$out
export GSPDESK_TOKEN
unset GSPDESK_PASSWORD
have_sqlite3 && dump_db "$tmp/dump.before"
g_newpw li-new-pass-1 --user li user passwd li
exit_is 3 "with a token, li cannot set a new password"
like "$err" "run this with your password" "... told to use the password"
g --user li user passwd li
like "$err" "run this with your password" "... refused before a new password is asked for"
g --user li user token li --label more
exit_is 3 "with a token, li cannot mint another token"
g --user li user revoke-token 2 --reason done
exit_is 3 "with a token, li cannot revoke a token"
have_sqlite3 && unchanged_since "$tmp/dump.before" "the token changed nothing"
g --user li list products
exit_is 0 "the token still does data work"
unset GSPDESK_TOKEN
GSPDESK_PASSWORD=$ADMIN_PASSWORD
export GSPDESK_PASSWORD
g_as li clerk-pass-1 list products
exit_is 0 "li's password is the old one"
g user token admin --label admin-cron
exit_is 0 "an administrator's token"
GSPDESK_TOKEN=$out
export GSPDESK_TOKEN
g_without GSPDESK_PASSWORD user disable li
exit_is 3 "with an administrator's token, no account is disabled"
GSPDESK_NEW_PASSWORD=new-admin-1
export GSPDESK_NEW_PASSWORD
g_without GSPDESK_PASSWORD user add mallory --role admin
exit_is 3 "nor an administrator added (a password that would outlive the token)"
g_without GSPDESK_PASSWORD user passwd li
exit_is 3 "nor anyone's password set"
unset GSPDESK_NEW_PASSWORD GSPDESK_TOKEN

# ---- enabling an account that is not disabled changes nothing ----
refused 1 "The account li is not disabled" "user enable of an active account" user enable li
g user disable li
exit_is 0 "disable li"
refused 1 "The account li is disabled already" "user disable twice" user disable li
g user enable li
exit_is 0 "enable li"
if have_sqlite3; then
	is "$("$SQLITE3" "$GSPDESK_DB" "SELECT group_concat(action, ',') FROM audit
		WHERE form = 'users' AND action IN ('enable', 'disable')")" "disable,enable" \
		"one audit row for each real change, none for the refused ones"
fi

done_testing
