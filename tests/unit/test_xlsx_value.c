/* What a workbook cell's number means (base/xlsx_value.h). Serial days are
 * worked by hand: Excel counts 1900-01-01 as 1 and has a 29 February 1900
 * that never was (serial 60), so from serial 61 (1900-03-01) on a date is
 * 1899-12-30 + serial; 1 January 2024 is 45292, 2025 begins 366 days later
 * at 45658. The 1904 system counts 1904-01-01 as 0. */
#include "config.h"
#include "base/xlsx_value.h"

#include <criterion/criterion.h>

TestSuite(xlsx_value);

static void text_is(double d, enum xlsx_number k, bool date1904, const char *want)
{
	struct strbuf b = STRBUF_INIT;
	xlsx_number_text(d, k, date1904, &b);
	cr_assert_str_eq(sb_str(&b), want, "%.6f as kind %d", d, (int)k);
	sb_free(&b);
}

Test(xlsx_value, custom_formats)
{
	cr_assert_eq(xlsx_format_number("yyyy-mm-dd"), XLSX_DATE);
	cr_assert_eq(xlsx_format_number("yyyy\"年\"m\"月\"d\"日\""), XLSX_DATE);
	cr_assert_eq(xlsx_format_number("yyyy-mm-dd hh:mm"), XLSX_DATETIME);
	cr_assert_eq(xlsx_format_number("0.00"), XLSX_NUMBER);
	/* a d in quotes, in brackets or escaped is text, not a day */
	cr_assert_eq(xlsx_format_number("0\"d\""), XLSX_NUMBER);
	cr_assert_eq(xlsx_format_number("[Red]0.00"), XLSX_NUMBER);
	cr_assert_eq(xlsx_format_number("0\\d"), XLSX_NUMBER);
	/* elapsed hours: a duration, not a date */
	cr_assert_eq(xlsx_format_number("[h]:mm"), XLSX_NUMBER);
	cr_assert_eq(xlsx_format_number(""), XLSX_NUMBER);
}

Test(xlsx_value, builtin_formats)
{
	cr_assert_eq(xlsx_builtin_number(0), XLSX_NUMBER);  /* General */
	cr_assert_eq(xlsx_builtin_number(2), XLSX_NUMBER);  /* 0.00 */
	cr_assert_eq(xlsx_builtin_number(14), XLSX_DATE);   /* m/d/yyyy */
	cr_assert_eq(xlsx_builtin_number(22), XLSX_DATETIME); /* m/d/yyyy h:mm */
	cr_assert_eq(xlsx_builtin_number(31), XLSX_DATE);   /* yyyy"年"m"月"d"日" */
	cr_assert_eq(xlsx_builtin_number(49), XLSX_NUMBER); /* @ */
}

Test(xlsx_value, dates)
{
	text_is(45292, XLSX_DATE, false, "2024-01-01");
	text_is(45658, XLSX_DATE, false, "2025-01-01");
	text_is(59, XLSX_DATE, false, "1900-02-28");
	text_is(61, XLSX_DATE, false, "1900-03-01");
	text_is(0, XLSX_DATE, true, "1904-01-01");
	text_is(366, XLSX_DATE, true, "1905-01-01"); /* 1904 was a leap year */
}

Test(xlsx_value, times)
{
	/* half a day is 12:00; a date format with a time shows it */
	text_is(45658.5, XLSX_DATE, false, "2025-01-01 12:00");
	text_is(45658, XLSX_DATETIME, false, "2025-01-01 00:00");
	/* 14:30 is 870/1440 of a day */
	text_is(45658 + 870.0 / 1440, XLSX_DATETIME, false, "2025-01-01 14:30");
	/* a breath before midnight rounds to the next day's 00:00 */
	text_is(45658.99999, XLSX_DATE, false, "2025-01-02");
}

Test(xlsx_value, numbers)
{
	text_is(12, XLSX_NUMBER, false, "12");
	text_is(12.5, XLSX_NUMBER, false, "12.5");
	text_is(-3, XLSX_NUMBER, false, "-3");
	/* a date format on a negative or too large serial: the number */
	text_is(-1, XLSX_DATE, false, "-1");
	text_is(3e6, XLSX_DATE, false, "3000000");
	text_is(1e15, XLSX_NUMBER, false, "1e+15");
}
