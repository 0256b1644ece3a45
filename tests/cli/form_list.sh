#!/bin/sh
# Makefile.am's FORMS list is the one list of forms: make builds and
# registers only what it names (tools/forms_registry.sh), so a forms/ file
# left out of it would be silently missing from the program. Every file in
# forms/ is in the list, once.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

top=$(cd "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/.." && pwd)
if [ ! -f "$top/Makefile.am" ] || [ ! -d "$top/forms" ]; then
	echo "1..0 # SKIP no source tree beside the tests"
	exit 0
fi
cd "$top" || exit 1
# the words of the FORMS = ... assignment and its continuation lines
listed=$(sed -n '/^FORMS[[:space:]]*=/,/[^\\]$/p' Makefile.am | sed 's/^FORMS[[:space:]]*=//; s/\\$//' |
	tr -s ' \t' '\n\n' | sed '/^$/d')
[ -n "$listed" ] || { echo "Bail out! no FORMS list in Makefile.am"; exit 1; }
left_out=$(ls forms/*.c | while read -r f; do
	printf '%s\n' "$listed" | grep -qxF "$f" || printf '%s\n' "$f"; done)
is "$left_out" "" "every forms/ file is in Makefile.am's FORMS"
twice=$(printf '%s\n' "$listed" | sort | uniq -d)
is "$twice" "" "none twice"
done_testing
