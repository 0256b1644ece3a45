/* Fitting list columns to the window: the arithmetic worked by hand. */
#include <criterion/criterion.h>

#include "config.h"
#include "ui/colfit.h"

Test(colfit, preferred_widths_fit_and_room_is_shared)
{
	int pref[] = { 10, 20, 10 }, min[] = { 4, 4, 4 }, out[3];
	/* 40 + 2 gaps = 42 of 82: 40 cells over, shared 10:20:10 of 40 → 10, 20, 10 */
	cr_assert_eq(colfit(pref, min, 3, 1, 82, out), 3);
	cr_assert_eq(out[0], 20);
	cr_assert_eq(out[1], 40);
	cr_assert_eq(out[2], 20);
}

Test(colfit, rounding_leftover_goes_to_the_widest)
{
	int pref[] = { 3, 3, 4 }, min[] = { 1, 1, 1 }, out[3];
	/* room 12 - 0 gaps: extra 2 → 2*3/10=0, 0, 2*4/10=0; leftover 2 to col 2 */
	cr_assert_eq(colfit(pref, min, 3, 0, 12, out), 3);
	cr_assert_eq(out[0], 3);
	cr_assert_eq(out[1], 3);
	cr_assert_eq(out[2], 6);
}

Test(colfit, shrinks_toward_minimum_in_proportion)
{
	int pref[] = { 20, 10 }, min[] = { 10, 10 }, out[2];
	/* room 25 - 1 gap = 24; want 30, must cut 6; only col 0 can give (10):
	 * it gives 6 → 14, 10 */
	cr_assert_eq(colfit(pref, min, 2, 1, 25, out), 2);
	cr_assert_eq(out[0], 14);
	cr_assert_eq(out[1], 10);
}

Test(colfit, drops_columns_from_the_right_when_minimums_do_not_fit)
{
	int pref[] = { 10, 10, 10 }, min[] = { 8, 8, 8 }, out[3];
	/* three need 24 + 2 gaps = 26 > 20; two need 16 + 1 = 17 <= 20:
	 * room 19, want 20, cut 1 from col 0 → 9, 10 */
	cr_assert_eq(colfit(pref, min, 3, 1, 20, out), 2);
	cr_assert_eq(out[0], 9);
	cr_assert_eq(out[1], 10);
	cr_assert_eq(out[2], 0);
}

Test(colfit, a_single_column_takes_what_there_is)
{
	int pref[] = { 30 }, min[] = { 20 }, out[1];
	cr_assert_eq(colfit(pref, min, 1, 1, 12, out), 1);
	cr_assert_eq(out[0], 12);
}
