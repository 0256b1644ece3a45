#!/bin/sh
# The throwaway form of the test build (tests/extra/visits.c, see
# tests/cli/extra_form.sh) on the main menu: its key V, in its place in the
# left column (65: after the staff register, before the service tickets),
# opening its list; not offered to a clerk, whom its rights leave nothing.
: "${GSPDESK_TEST_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
extra_lib=ui
. "$GSPDESK_TEST_SRCDIR/extra/lib.sh"
g add visits visit_date=2026-11-10 customer=C1 minutes=30 note=检查设备
[ "$rc" = 0 ] || { echo "Bail out! add visits: $err"; exit 1; }
g_newpw clerk-pass-1 user add li --role clerk

ui_start
log_in "$ADMIN_PASSWORD"
on_screen "V  Customer visits" "the menu offers the new form under its key"
order=$(screen | grep -oE '(F  Staff register|V  Customer visits|6  Service record)' | tr '\n' '/')
is "$order" "F  Staff register/V  Customer visits/6  Service record/" "in its place in the left column"
keys v
on_screen "检查设备" "its key opens its list, with the visit"
keys Escape
wait_for "Main menu"
keys F10
ui_exited

GSPDESK_USER=li
ui_start
log_in clerk-pass-1
on_screen "1  Product sales record" "the clerk's menu"
unlike "$(screen)" "Customer visits" "offers no visits: the form gives the clerk no right"
keys F10
ui_exited
done_testing
