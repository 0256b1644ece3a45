/* GS1 element strings (base/gs1.h). Check digits are worked by hand:
 * from the rightmost digit leftwards the weights are 3, 1, 3, 1, ...; the
 * check digit brings the sum up to the next multiple of ten (GS1 General
 * Specifications §7.9.1). Dates follow §7.12. */
#include "config.h"
#include "base/gs1.h"

#include <criterion/criterion.h>
#include <string.h>

TestSuite(gs1);

static struct gs1_code parses(const char *text, int year)
{
	struct gs1_code c;
	struct gerr err = { 0 };
	int rc = gs1_parse(text, year, &c, &err);
	cr_assert_eq(rc, 0, "gs1_parse refused: %s", err.msg);
	return c;
}

static void refused(const char *text, const char *why)
{
	struct gs1_code c;
	struct gerr err = { 0 };
	int rc = gs1_parse(text, 2026, &c, &err);
	cr_assert_eq(rc, GERR_INPUT, "gs1_parse accepted \"%s\"", text);
	cr_assert_str_eq(err.field, "udi");
	cr_assert(strstr(err.msg, why) != NULL, "message \"%s\" lacks \"%s\"", err.msg, why);
}

static void date_is(struct ymd d, int y, int m, int dd)
{
	cr_assert(d.y == y && d.m == m && d.d == dd, "got %d-%d-%d, expected %d-%d-%d", d.y, d.m,
	          d.d, y, m, dd);
}

Test(gs1, check_digit_worked_examples)
{
	/* The Specifications' own example, GTIN-13 629104150021?:
	 * 1*3+2*1+0*3+0*1+5*3+1*1+4*3+0*1+1*3+9*1+2*3+6*1 = 57 -> 60-57 = 3. */
	cr_assert_eq(gs1_check_digit("629104150021", 12), 3);
	/* 0690123456789?: 9*3+8+7*3+6+5*3+4+3*3+2+1*3+0+9*3+6+0*3 = 128 -> 2. */
	cr_assert_eq(gs1_check_digit("0690123456789", 13), 2);
	/* 0950110153000?: 0+0+0+3+5*3+1+0+1+1*3+0+5*3+9+0 = 47 -> 3. */
	cr_assert_eq(gs1_check_digit("0950110153000", 13), 3);
	/* A sum already a multiple of ten gives 0: 0000000000019?
	 * 9*3+1*1 = 28 -> 2; 0000000000055? 5*3+5 = 20 -> 0. */
	cr_assert_eq(gs1_check_digit("0000000000019", 13), 2);
	cr_assert_eq(gs1_check_digit("0000000000055", 13), 0);
	cr_assert_eq(gs1_check_digit("06901x3456789", 13), -1);
}

Test(gs1, bracketed_issue_example)
{
	struct gs1_code c = parses("(01)06901234567892(17)280630(10)B2026-01(21)SN0001", 2026);
	cr_assert_str_eq(c.gtin, "06901234567892");
	cr_assert(c.has_expiry);
	date_is(c.expiry, 2028, 6, 30);
	cr_assert_str_eq(c.batch, "B2026-01");
	cr_assert_str_eq(c.serial, "SN0001");
	cr_assert(!c.has_production);
}

Test(gs1, raw_with_group_separators)
{
	/* Fixed-length 01 and 17 need no GS; batch (10) ends at GS; the
	 * serial is last and needs none. */
	struct gs1_code c = parses("0106901234567892" "17280630" "10B2026-01\x1d" "21SN0001", 2026);
	cr_assert_str_eq(c.gtin, "06901234567892");
	date_is(c.expiry, 2028, 6, 30);
	cr_assert_str_eq(c.batch, "B2026-01");
	cr_assert_str_eq(c.serial, "SN0001");
	/* A GS after a fixed field and a leading FNC1-as-GS are tolerated. */
	c = parses("\x1d" "0109501101530003\x1d" "17140704" "10AB-123", 2026);
	cr_assert_str_eq(c.gtin, "09501101530003");
	date_is(c.expiry, 2014, 7, 4);
	cr_assert_str_eq(c.batch, "AB-123");
	cr_assert_str_eq(c.serial, "");
}

Test(gs1, symbology_identifiers)
{
	struct gs1_code c = parses("]d20106901234567892" "10B1\x1d" "21S1", 2026);
	cr_assert_str_eq(c.gtin, "06901234567892");
	cr_assert_str_eq(c.batch, "B1");
	cr_assert_str_eq(c.serial, "S1");
	c = parses("]C1" "0106901234567892" "21S2", 2026);
	cr_assert_str_eq(c.serial, "S2");
	c = parses("]Q3(01)06901234567892(10)L7", 2026);
	cr_assert_str_eq(c.batch, "L7");
	refused("]e00106901234567892", "symbology");
}

Test(gs1, production_date_and_trailing_enter)
{
	struct gs1_code c = parses("(01)06901234567892(11)260115(17)310114\r\n", 2026);
	cr_assert(c.has_production);
	date_is(c.production, 2026, 1, 15);
	date_is(c.expiry, 2031, 1, 14);
}

Test(gs1, day_00_is_the_last_day_of_the_month)
{
	struct ymd d;
	cr_assert(gs1_date("280200", 2026, &d));
	date_is(d, 2028, 2, 29); /* 2028 is divisible by 4: leap */
	cr_assert(gs1_date("270200", 2026, &d));
	date_is(d, 2027, 2, 28);
	cr_assert(gs1_date("261100", 2026, &d));
	date_is(d, 2026, 11, 30);
	cr_assert(gs1_date("001200", 2026, &d));
	date_is(d, 2000, 12, 31);
	/* 2100 is not a leap year (divisible by 100, not by 400): from 2060,
	 * YY 00 is 40 years on, so 2100. */
	cr_assert(gs1_date("000200", 2060, &d));
	date_is(d, 2100, 2, 28);
}

Test(gs1, century_rule)
{
	/* §7.12: YY minus this year's last two digits; 51..99 -> the
	 * previous century, -99..-50 -> the next, else this one. */
	struct ymd d;
	cr_assert(gs1_date("760101", 2026, &d)); /* 76-26 = 50: this century */
	cr_assert_eq(d.y, 2076);
	cr_assert(gs1_date("770101", 2026, &d)); /* 51: previous */
	cr_assert_eq(d.y, 1977);
	cr_assert(gs1_date("990101", 2026, &d)); /* 73: previous */
	cr_assert_eq(d.y, 1999);
	cr_assert(gs1_date("290101", 2080, &d)); /* 29-80 = -51: next */
	cr_assert_eq(d.y, 2129);
	cr_assert(gs1_date("300101", 2080, &d)); /* -50: next */
	cr_assert_eq(d.y, 2130);
	cr_assert(gs1_date("310101", 2080, &d)); /* -49: this */
	cr_assert_eq(d.y, 2031);
}

Test(gs1, bad_dates)
{
	struct ymd d;
	cr_assert(!gs1_date("281301", 2026, &d)); /* month 13 */
	cr_assert(!gs1_date("280001", 2026, &d)); /* month 00 */
	cr_assert(!gs1_date("270229", 2026, &d)); /* 2027 is not leap */
	cr_assert(!gs1_date("280631", 2026, &d)); /* June has 30 days */
	cr_assert(!gs1_date("28063a", 2026, &d));
	refused("(01)06901234567892(17)270229", "expiry date (17)");
	refused("(01)06901234567892(17)2806", "expiry date (17)");
	refused("(11)281301", "production date (11)");
}

Test(gs1, refusals_say_what_was_wrong)
{
	refused("(01)06901234567891(10)B1", "should be 2");
	refused("0106901234567891", "check digit");
	refused("(01)0690123456789", "14 digits");
	refused("(99)ABC", "(99)");
	refused("(400)123", "(400)");
	refused("9912345", "(99)");
	refused("(10)123456789012345678901", "longer than 20");
	refused("21123456789012345678901", "longer than 20");
	refused("(10)A(10)B", "twice");
	refused("(10)", "empty");
	refused("(10)AB CD", "character");
	refused("", "empty");
	refused("]d2", "empty");
	refused("hello", "application identifier");
	/* 20 characters is the most and is fine. */
	struct gs1_code c = parses("(21)12345678901234567890", 2026);
	cr_assert_str_eq(c.serial, "12345678901234567890");
}

Test(gs1, bracketed_batch_may_hold_parentheses)
{
	/* Character set 82 allows "(" and ")": only "(NN)" starts an AI. */
	struct gs1_code c = parses("(10)AB(C)(21)X1", 2026);
	cr_assert_str_eq(c.batch, "AB(C)");
	cr_assert_str_eq(c.serial, "X1");
}

Test(gs1, gtin_as_typed_becomes_gtin14)
{
	char out[15];
	/* GTIN-13 6291041500213 (the Specifications' example, check 3 above) */
	cr_assert_eq(gs1_gtin14("6291041500213", out), 0);
	cr_assert_str_eq(out, "06291041500213");
	cr_assert_eq(gs1_gtin14("06901234567892", out), 0);
	cr_assert_str_eq(out, "06901234567892");
	/* GTIN-8 96385074: 7*3+0+5*3+8+3*3+6+9*3 = 86 -> 4 */
	cr_assert_eq(gs1_gtin14("96385074", out), 0);
	cr_assert_str_eq(out, "00000096385074");
	cr_assert_eq(gs1_gtin14("6291041500214", out), 3 + 1);
	/* as a GTIN-12, 62910415002 then 1: 2*3+0+0+5+1*3+4+0+1+9*3+2+6*3 = 66
	 * -> the check digit should be 4 */
	cr_assert_eq(gs1_gtin14("629104150021", out), 4 + 1);
	cr_assert_eq(gs1_gtin14("12345", out), -1);
	cr_assert_eq(gs1_gtin14("0690123456789X", out), -1);
}
