#!/bin/sh
# The command table (issue 20, src/cli/cli.h): read back through
# `gspdesk COMMAND --help`, which prints it, then
#   - every subcommand refuses every option it does not take (another
#     subcommand's, another command's) with exit 2 and a message naming the
#     option and the command, before any work: no user, no database;
#   - each usage line names exactly its subcommand's options;
#   - the README's command block and the man page's SYNOPSIS name every
#     command, subcommand and option of the table and nothing else, and each
#     command's part of the man page's COMMANDS describes each of its options.
# The docs are checked, not generated: they are laid out by hand for their
# readers (comments, wrapped lines, groff markup) and stay so.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

top=$GSPDESK_TEST_SRCDIR/..
nodb=$tmp/nowhere/gspdesk.db
GSPDESK_DB=$nodb

# --- the table, as --help prints it ----------------------------------------
# $tmp/subs: "CMD SUB" per subcommand (SUB "-": the form without a word);
# $tmp/table: "CMD SUB OPTION" per option; $tmp/args: "CMD OPTION V|S" (a
# value or a switch); $tmp/usage: the usage lines.
g_without GSPDESK_USER --help
commands=$(printf '%s\n' "$out" | awk '/^Commands:/ { f = 1; next } f && /^$/ { exit } f { print $1 }')
check "--help lists the commands" test -n "$commands"
: >"$tmp/subs"
: >"$tmp/table"
: >"$tmp/args"
: >"$tmp/usage"
for cmd in $commands; do
	g_without GSPDESK_USER "$cmd" --help
	if [ "$rc" != 0 ]; then
		not_ok "$cmd --help"
		diag "exit $rc: $err"
		continue
	fi
	printf '%s\n' "$out" | awk '/^(Usage:)? +gspdesk / { sub(/^(Usage:)? +/, ""); print }' >>"$tmp/usage"
	printf '%s\n' "$out" | awk -v cmd="$cmd" -v subs="$tmp/subs" -v table="$tmp/table" -v args="$tmp/args" '
		/^Options:$/ { s = "-"; print cmd, s >>subs; next }
		/^Options of .*:$/ {
			n = split(substr($0, 12, length($0) - 12), w, " ")
			s = n > 1 ? w[2] : "-"
			print cmd, s >>subs
			next
		}
		s != "" && /^  (-[a-z], )?--[a-z]/ {
			line = $0
			sub(/^  (-[a-z], )?--/, "", line)
			match(line, /^[a-z-]+/)
			name = substr(line, 1, RLENGTH)
			print cmd, s, name >>table
			print cmd, name, (substr(line, RLENGTH + 1) ~ /^ [^ ]/ ? "V" : "S") >>args
		}
		END { if (s == "") print cmd, "-" >>subs }'
done
sort -u -o "$tmp/args" "$tmp/args"
# one getopt pass serves all of a command's subcommands: an option's name
# takes a value in all of them or in none
is "$(awk '{ print $1, $2 }' "$tmp/args" | uniq -d)" "" "an option is a switch in all of its command or in none"
nsubs=$(wc -l <"$tmp/subs")
check "the table has subcommands and options ($nsubs)" test "$nsubs" -gt 20 -a -s "$tmp/table"

# "CMD SUB" and "CMD SUB OPTION" rows for lines "gspdesk CMD ..." on stdin:
# SUB is the second word when the table has it as CMD's subcommand; -o is
# --output.
rows() {
	awk -v subs="$tmp/subs" '
		BEGIN { while ((getline l <subs) > 0) { split(l, w, " "); if (w[2] != "-") named[w[1] " " w[2]] = 1 } }
		$2 ~ /^[a-z]/ {
			key = $2 " " ((($2 " " $3) in named) ? $3 : "-")
			print key
			for (i = 3; i <= NF; i++) {
				t = $i
				if (t ~ /^[[("]*-o[")\]]*$/)
					print key, "output"
				while (match(t, /--[a-z][a-z-]*/)) {
					print key, substr(t, RSTART + 2, RLENGTH - 2)
					t = substr(t, RSTART + RLENGTH)
				}
			}
		}' | sort -u
}
sort -u "$tmp/subs" "$tmp/table" >"$tmp/want"

# --- the usage lines against the option lists ------------------------------
rows <"$tmp/usage" >"$tmp/got"
is "$(diff "$tmp/want" "$tmp/got")" "" "each usage line names exactly its subcommand's options"

# --- every option a subcommand does not take is refused ---------------------
all_options=$(awk '{ print $2 }' "$tmp/args" | sort -u)
while read -r cmd sub; do
	words=$cmd
	[ "$sub" = - ] || words="$cmd $sub"
	bad=
	n=0
	for o in $all_options; do
		grep -qx "$cmd $sub $o" "$tmp/table" && continue
		n=$((n + 1))
		# its value too when the command knows it as taking one
		if grep -qx "$cmd $o V" "$tmp/args"; then
			g_without GSPDESK_USER $words "--$o" x
		else
			g_without GSPDESK_USER $words "--$o"
		fi
		case $rc:$err in
		2:*"--$o"*"$cmd"* | 2:*"$cmd"*"--$o"*) ;;
		*) bad="$bad --$o (exit $rc: $(printf '%s' "$err" | head -1))" ;;
		esac
	done
	if [ -z "$bad" ] && [ "$n" -gt 0 ]; then
		ok "$words refuses the $n options it does not take, naming them"
	else
		not_ok "$words refuses the $n options it does not take, naming them"
		diag "accepted or not named:$bad"
	fi
done <"$tmp/subs"
check "the refusals came before any work: no database was made" test ! -e "$tmp/nowhere"

# the issue's own example
g_without GSPDESK_USER recall list --how phone --qty 5
exit_is 2 "recall list --how phone --qty 5: exit 2"
like "$err" "--how is not an option of recall list (it belongs to recall notify)" \
	"the message names the option, the subcommand and where the option belongs"
is "$out" "" "nothing on stdout"
if [ "$HAVE_ZH" = yes ]; then
	g_without GSPDESK_USER --lang zh_CN recall list --qty 5
	# (zh in lib.sh would take the msgid's leading -- for an option)
	want=$(LANGUAGE=zh_CN TEXTDOMAINDIR=$tmp/locale gettext -d gspdesk -- \
		"--%s is not an option of %s (it belongs to %s)" |
		sed 's/%s/qty/; s/%s/recall list/; s/%s/recall return/')
	unlike "$want" "is not an option" "the catalogue translates the refusal"
	like "$err" "$want" "in the user's language"
else
	skip "in the user's language" "no zh_CN catalogue"
fi
g_without GSPDESK_USER due --days
exit_is 2 "an option without its value: exit 2"
like "$err" "--days takes a value" "the message says so"
g_without GSPDESK_USER restore --other-office=yes x.db
exit_is 2 "a switch given a value: exit 2"
like "$err" "--other-office takes no value" "the message says so"
g_without GSPDESK_USER recall frob 1
exit_is 2 "a subcommand that does not exist: exit 2"
like "$err" "open, notify, return, list, show, close" "the message lists the subcommands"

# valid words keep working, options before or after them; -- ends options
GSPDESK_DB=$tmp/data/gspdesk.db
init_db
g settings company -- -ACME
exit_is 0 "settings company -- -ACME: a value that starts with -"
g settings company
is "$out" "-ACME" "... is kept as it is"
g --user "$ADMIN" recall list
exit_is 0 "recall list without options still works"
g_newpw clerk-pass-1 user --role clerk add lijing
exit_is 0 "an option before the subcommand's word still works"
GSPDESK_DB=$nodb

# --- --help: exactly the command's options ----------------------------------
g_without GSPDESK_USER recall --help
like "$out" "Options of recall return:
  --qty N" "recall --help: each subcommand's options under its name"
unlike "$(printf '%s\n' "$out" | sed -n '/^Options of recall list:/,/^$/p')" "--" \
	"recall list: no options listed"

# --- the README's command block ---------------------------------------------
# its lines joined (a line starting with blanks goes on the one above), the
# comments cut, and "a | CMD b" split into two
awk '/^## The command line/ { f = 1 } f && /^```$/ { if (++n == 2) exit; next } f && n == 1' \
	"$top/README.md" |
	awk '/^[ \t]/ { sub(/^[ \t]+/, " "); line = line $0; next }
		{ if (line != "") print line; line = $0 }
		END { if (line != "") print line }' |
	sed 's/  *#.*//' |
	awk '{ n = split($0, part, " [|] "); out = part[1]
		for (i = 2; i <= n; i++)
			if (index(part[i], $2 " ") == 1) { print out; out = "gspdesk " part[i] } else out = out " | " part[i]
		print out }' | rows >"$tmp/got"
is "$(diff "$tmp/want" "$tmp/got")" "" "README: every command, subcommand and option of the table, nothing else"

# --- the man page: SYNOPSIS, then COMMANDS -----------------------------------
sed 's/\\-/-/g' "$top/doc/gspdesk.1" >"$tmp/man"
sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$tmp/man" |
	awk '/^\.SY/ { line = $0; sub(/^\.SY */, "", line); gsub(/"/, "", line); cur = line; next }
		/^\.YS/ { print cur; cur = ""; next }
		cur != "" { cur = cur " " $0 }' | rows >"$tmp/got"
is "$(diff "$tmp/want" "$tmp/got")" "" "man SYNOPSIS: every command, subcommand and option of the table, nothing else"

# COMMANDS: each .SS names commands ("user token, user tokens"); the
# options a command's sections mention must cover its table's
sed -n '/^\.SH COMMANDS/,/^\.SH [^C]/p' "$tmp/man" |
	awk '/^\.SS/ { h = $0; sub(/^\.SS */, "", h); gsub(/"/, "", h); delete cmds
			n = split(h, part, ", "); for (i = 1; i <= n; i++) { split(part[i], w, " "); cmds[w[1]] = 1; print w[1] } }
		{ t = $0
			if (t ~ /(^|[ "])-o([ "]|$)/)
				for (c in cmds) print c, "output"
			while (match(t, /--[a-z][a-z-]*/)) { for (c in cmds) print c, substr(t, RSTART + 2, RLENGTH - 2); t = substr(t, RSTART + RLENGTH) } }' |
	sort -u >"$tmp/man_commands"
missing=$( { awk '{ print $1 }' "$tmp/subs"; awk '{ print $1, $3 }' "$tmp/table"; } | sort -u | comm -23 - "$tmp/man_commands")
is "$missing" "" "man COMMANDS: a section for every command, describing each of its options"

done_testing
