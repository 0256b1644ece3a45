# A tiny TAP producer for POSIX sh test scripts. Source it, then:
#   plan N                 declare the number of tests first (optional: without
#                          it, done_testing prints the plan at the end)
#   ok DESC / not_ok DESC  record a result directly
#   check DESC CMD ARGS..  passes when CMD exits 0
#   is GOT WANT DESC       exact string comparison
#   like GOT TEXT DESC     GOT contains TEXT (a fixed string, not a pattern)
#   unlike GOT TEXT DESC   GOT does not contain TEXT
#   skip DESC REASON       a test that could not run here
#   diag TEXT...           a comment line ("# ...") for the log
#   done_testing           the summary; exits 1 if any test failed
# Results go to stdout as TAP (automake's tap-driver.sh reads them);
# diagnostics are TAP comments on stdout too, so they land in the .log.

tap_count=0
tap_failed=0
tap_skipped=0
tap_planned=

plan() {
	tap_planned=$1
	echo "1..$1"
}

diag() {
	# one "# " per line, so multi-line text stays a comment
	printf '%s\n' "$*" | sed 's/^/# /'
}

# Descriptions must not contain '#' (TAP reads it as a directive).
tap_desc() {
	printf '%s' "$1" | tr '#\n' '_ '
}

ok() {
	tap_count=$((tap_count + 1))
	printf 'ok %d - %s\n' "$tap_count" "$(tap_desc "$1")"
}

not_ok() {
	tap_count=$((tap_count + 1))
	tap_failed=$((tap_failed + 1))
	printf 'not ok %d - %s\n' "$tap_count" "$(tap_desc "$1")"
}

# ok_if STATUS DESC: ok when STATUS is 0.
ok_if() {
	if [ "$1" -eq 0 ]; then ok "$2"; else not_ok "$2"; fi
}

check() {
	tap_d=$1
	shift
	if "$@"; then
		ok "$tap_d"
	else
		not_ok "$tap_d"
		diag "command failed: $*"
	fi
}

is() {
	if [ "$1" = "$2" ]; then
		ok "$3"
	else
		not_ok "$3"
		diag "got:" "$1"
		diag "expected:" "$2"
	fi
}

like() {
	case $1 in
	*"$2"*) ok "$3" ;;
	*)
		not_ok "$3"
		diag "got:" "$1"
		diag "expected it to contain:" "$2"
		;;
	esac
}

unlike() {
	case $1 in
	*"$2"*)
		not_ok "$3"
		diag "got:" "$1"
		diag "expected it not to contain:" "$2"
		;;
	*) ok "$3" ;;
	esac
}

skip() {
	tap_count=$((tap_count + 1))
	tap_skipped=$((tap_skipped + 1))
	printf 'ok %d - %s # SKIP %s\n' "$tap_count" "$(tap_desc "$1")" "$(tap_desc "${2:-}")"
}

done_testing() {
	if [ -z "$tap_planned" ]; then
		echo "1..$tap_count"
	elif [ "$tap_planned" -ne "$tap_count" ]; then
		diag "planned $tap_planned tests but ran $tap_count"
		tap_failed=$((tap_failed + 1))
	fi
	diag "$tap_count tests, $tap_failed failed, $tap_skipped skipped"
	[ "$tap_failed" -eq 0 ]
	exit $?
}
