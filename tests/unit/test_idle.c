/* The idle lock's time (ui_idle_ms): the administrator's idle_lock_minutes
 * setting, which a user's $GSPDESK_IDLE_LOCK_SECONDS may only shorten
 * (issue 16). Milliseconds worked out by hand: 15 min = 900,000 ms. */
#include "config.h"
#include "ui/ui.h"

#include <criterion/criterion.h>

Test(idle, the_setting_without_the_environment)
{
	cr_assert_eq(ui_idle_ms(15, NULL), 900000);
	cr_assert_eq(ui_idle_ms(15, ""), 900000);
	cr_assert_eq(ui_idle_ms(0, NULL), 0, "0: never");
}

Test(idle, the_environment_may_shorten_it)
{
	cr_assert_eq(ui_idle_ms(15, "3"), 3000);
	cr_assert_eq(ui_idle_ms(15, "899"), 899000);
	cr_assert_eq(ui_idle_ms(0, "3"), 3000, "a lock where the setting has none is stricter");
}

Test(idle, the_environment_never_weakens_it)
{
	cr_assert_eq(ui_idle_ms(1, "86400"), 60000, "a day instead of a minute");
	cr_assert_eq(ui_idle_ms(1, "60"), 60000, "as long: the setting");
	cr_assert_eq(ui_idle_ms(15, "0"), 900000, "0 does not switch it off");
	cr_assert_eq(ui_idle_ms(15, "-5"), 900000);
	cr_assert_eq(ui_idle_ms(15, "3x"), 900000, "not a whole number: ignored");
	cr_assert_eq(ui_idle_ms(15, "9999999999999999999"), 900000);
}
