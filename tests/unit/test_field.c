/* The one parser and formatter of field values (model/record.h), checked
 * against the real form tables. Messages are in English: i18n_init("en").
 * A refusal reads "<English label>: <rule>" and names the field. */
#include "config.h"
#include "model/form.h"
#include "base/i18n.h"
#include "model/record.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void field_init(void)
{
	cr_assert_eq(i18n_init("en"), 0);
}

TestSuite(field, .init = field_init);

static const struct field *fld(const char *form, const char *name)
{
	const struct form *f = form_find(form);
	cr_assert_not_null(f, "no form %s", form);
	const struct field *x = form_field(f, name);
	cr_assert_not_null(x, "no field %s.%s", form, name);
	return x;
}

/* Parses and expects success with a text value. Values are freed before
 * any assertion, so a failing check leaks nothing. */
static void text_is(const struct field *f, const char *in, const char *expect)
{
	struct value v = { .null = true };
	struct gerr err;
	gerr_clear(&err);
	int rc = field_parse(f, in, &v, &err);
	bool null = v.null;
	char got[2048];
	snprintf(got, sizeof got, "%s", v.text ? v.text : "");
	value_clear(&v);
	cr_assert_eq(rc, GERR_OK, "%s \"%s\" refused: %s", f->name, in, err.msg);
	cr_assert_not(null, "%s \"%s\" gave null", f->name, in);
	cr_assert_str_eq(got, expect, "%s \"%s\" gave \"%s\"", f->name, in, got);
}

static void num_is(const struct field *f, const char *in, int64_t expect)
{
	struct value v = { .null = true };
	struct gerr err;
	gerr_clear(&err);
	int rc = field_parse(f, in, &v, &err);
	cr_assert_eq(rc, GERR_OK, "%s \"%s\" refused: %s", f->name, in, err.msg);
	cr_assert_not(v.null);
	cr_assert_eq(v.num, expect, "%s \"%s\" gave %lld, expected %lld", f->name, in,
	             (long long)v.num, (long long)expect);
	value_clear(&v);
}

static void is_null(const struct field *f, const char *in)
{
	struct value v = { .null = true };
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(field_parse(f, in, &v, &err), GERR_OK, "\"%s\": %s", in, err.msg);
	cr_assert(v.null, "%s \"%s\" is not null", f->name, in);
	value_clear(&v);
}

/* Expects a refusal whose message is exactly `msg`. */
static void refused_with(const struct field *f, const char *in, const char *msg)
{
	struct value v = { .null = true };
	struct gerr err;
	gerr_clear(&err);
	int rc = field_parse(f, in, &v, &err);
	value_clear(&v);
	cr_assert_eq(rc, GERR_INPUT, "%s \"%s\" was accepted", f->name, in);
	cr_assert_eq(err.code, GERR_INPUT);
	cr_assert_str_eq(err.field, f->name);
	cr_assert_str_eq(err.msg, msg, "%s \"%s\": got \"%s\"", f->name, in, err.msg);
}

/* ---- text ---- */

Test(field, text_trims_ascii_and_ideographic_blanks)
{
	const struct field *name = fld("customers", "name");
	text_is(name, "  北京协和医院\t", "北京协和医院");
	text_is(name, "\xE3\x80\x80\xE3\x80\x80北京协和医院\xE3\x80\x80", "北京协和医院");
	text_is(name, "\xE3\x80\x80 a \xE3\x80\x80\t", "a");
	text_is(name, "北京\xE3\x80\x80协和", "北京\xE3\x80\x80协和"); /* inside: kept */
	text_is(name, "Peking Union  Hospital", "Peking Union  Hospital");
	is_null(name, "");
	is_null(name, "   ");
	is_null(name, "\xE3\x80\x80");
	is_null(name, " \t\xE3\x80\x80 ");
}

/* n copies of a UTF-8 character. */
static char *repeat(const char *ch, int n)
{
	size_t k = strlen(ch);
	char *s = malloc(k * (size_t)n + 1);
	for (int i = 0; i < n; i++)
		memcpy(s + k * (size_t)i, ch, k);
	s[k * (size_t)n] = '\0';
	return s;
}

Test(field, text_max_length_counts_characters)
{
	const struct field *name = fld("customers", "name"); /* max_len 100 */
	char *ok = repeat("医", 100);                          /* 300 bytes, 100 characters */
	text_is(name, ok, ok);
	char *over = repeat("医", 101);
	refused_with(name, over, "Customer name: is longer than 100 characters");
	char *ascii = repeat("a", 101);
	refused_with(name, ascii, "Customer name: is longer than 100 characters");
	/* blanks trimmed first: 100 characters between spaces are fine */
	char *padded = malloc(strlen(ok) + 5);
	strcpy(padded, "  ");
	strcat(padded, ok);
	strcat(padded, "  ");
	text_is(name, padded, ok);
	free(ok);
	free(over);
	free(ascii);
	free(padded);
}

Test(field, text_refuses_control_characters)
{
	const struct field *name = fld("customers", "name");
	refused_with(name, "abc\x01" "def", "Customer name: contains a control character");
	refused_with(name, "red\x1B[31mtext", "Customer name: contains a control character");
	refused_with(name, "abc\x7F" "def", "Customer name: contains a control character");
	refused_with(name, "a\rb", "Customer name: contains a control character");
	const struct field *remarks = fld("customers", "remarks");
	refused_with(remarks, "abc\x07", "Remarks: contains a control character");
}

Test(field, text_refuses_c1_control_characters)
{
	/* U+0080..U+009F are control characters too (general category Cc);
	 * U+009B is CSI, which terminals act on like ESC [ */
	const struct field *name = fld("customers", "name");
	refused_with(name, "red\xC2\x9B" "31mtext", "Customer name: contains a control character");
	refused_with(name, "a\xC2\x85" "b", "Customer name: contains a control character");
}

Test(field, text_refuses_bidi_and_zero_width_characters)
{
	/* issue 16: U+202E shows "abc<RLO>fed" as "abcdef"; U+200B makes two
	 * codes that look the same */
	const struct field *name = fld("customers", "name");
	refused_with(name, "abc\xE2\x80\xAE" "fed", "Customer name: contains a control character");
	refused_with(name, "x\xE2\x81\xA6" "y", "Customer name: contains a control character");
	refused_with(name, "P\xE2\x80\x8B" "1", "Customer name: contains a control character");
	refused_with(name, "\xEF\xBB\xBF" "P1", "Customer name: contains a control character");
	const struct field *remarks = fld("customers", "remarks");
	refused_with(remarks, "a\xE2\x80\x8F" "b", "Remarks: contains a control character");
}

Test(field, text_line_breaks_only_when_multiline)
{
	const struct field *remarks = fld("customers", "remarks"); /* F_MULTILINE */
	text_is(remarks, "第一行\n第二行", "第一行\n第二行");
	text_is(remarks, "line1\r\nline2", "line1\nline2");     /* CRLF becomes LF */
	refused_with(remarks, "line1\rline2", "Remarks: contains a control character");
	const struct field *name = fld("customers", "name");
	refused_with(name, "第一行\n第二行", "Customer name: contains a control character");
	refused_with(name, "a\r\nb", "Customer name: contains a control character");
}

Test(field, text_refuses_invalid_utf8)
{
	const struct field *name = fld("customers", "name");
	refused_with(name, "abc\xC3", "Customer name: is not valid UTF-8 text");
	refused_with(name, "\xC0\xAF", "Customer name: is not valid UTF-8 text");
	refused_with(name, "\xED\xA0\x80", "Customer name: is not valid UTF-8 text");
	refused_with(fld("sales", "qty"), "1\xFF", "Quantity: is not valid UTF-8 text");
	refused_with(fld("sales", "customer"), "C\x80", "Destination: is not valid UTF-8 text");
}

/* ---- int: sales.qty has min 1, max 1000000 ---- */

Test(field, int_accepts_plain_whole_numbers)
{
	const struct field *qty = fld("sales", "qty");
	num_is(qty, "12", 12);
	num_is(qty, "+12", 12);
	num_is(qty, " 7 ", 7);
	num_is(qty, "007", 7);
	num_is(qty, "1", 1);
	num_is(qty, "1000000", 1000000);
	is_null(qty, "");
}

Test(field, int_range_names_the_limit)
{
	const struct field *qty = fld("sales", "qty");
	refused_with(qty, "-1", "Quantity: must be at least 1");
	refused_with(qty, "0", "Quantity: must be at least 1");
	refused_with(qty, "1000001", "Quantity: must be at most 1000000");
}

Test(field, int_refuses_separators_exponents_and_overflow)
{
	const struct field *qty = fld("sales", "qty");
	refused_with(qty, "1,000", "Quantity: write the number without thousands separators");
	refused_with(qty, "1，000", "Quantity: write the number without thousands separators");
	refused_with(qty, "1e309", "Quantity: write the number in plain digits, not with an exponent");
	refused_with(qty, "2E3", "Quantity: write the number in plain digits, not with an exponent");
	refused_with(qty, "99999999999999999999", "Quantity: is too large");
	refused_with(qty, "12.5", "Quantity: is not a whole number");
	refused_with(qty, "abc", "Quantity: is not a whole number");
	refused_with(qty, "-", "Quantity: is not a whole number");
	refused_with(qty, "+", "Quantity: is not a whole number");
	refused_with(qty, "+-5", "Quantity: is not a whole number");
	refused_with(qty, "1 2", "Quantity: is not a whole number");
	refused_with(qty, "0x10", "Quantity: is not a whole number");
}

Test(field, int_without_limits_takes_negatives)
{
	static const struct field count = { .name = "count", .label = "Count", .type = FT_INT };
	num_is(&count, "-5", -5);
	num_is(&count, "0", 0);
	/* 18 digits still fit easily below 2^63 ≈ 9.22e18 */
	num_is(&count, "123456789012345678", 123456789012345678LL);
	num_is(&count, "-123456789012345678", -123456789012345678LL);
	refused_with(&count, "99999999999999999999", "Count: is too large");
}

/* ---- decimal: sales.unit_price has scale 2, min 0, max 99999999999 ---- */

Test(field, decimal_scales_to_whole_cents)
{
	const struct field *price = fld("sales", "unit_price");
	num_is(price, "12.5", 1250);
	num_is(price, "12.50", 1250);
	num_is(price, "12", 1200);
	num_is(price, "0.01", 1);
	num_is(price, ".5", 50);
	num_is(price, "+3.07", 307);
	num_is(price, "0", 0);
	num_is(price, "999999999.99", 99999999999LL);
}

Test(field, decimal_refusals)
{
	const struct field *price = fld("sales", "unit_price");
	refused_with(price, "12.345", "Unit price: has more than 2 digits after the point");
	refused_with(price, "-0.01", "Unit price: must be at least 0.00");
	refused_with(price, "1000000000", "Unit price: must be at most 999999999.99");
	refused_with(price, "1,234.50", "Unit price: write the number without thousands separators");
	refused_with(price, "1.5e2", "Unit price: write the number in plain digits, not with an exponent");
	refused_with(price, "1.2.3", "Unit price: is not a number");
	refused_with(price, ".", "Unit price: is not a number");
	refused_with(price, "¥12", "Unit price: is not a number");
}

Test(field, decimal_other_scales)
{
	static const struct field w = { .name = "weight", .label = "Weight", .type = FT_DECIMAL,
	                                .scale = 3 };
	num_is(&w, "-0.5", -500);
	num_is(&w, "1.250", 1250);
	num_is(&w, "2", 2000);
	refused_with(&w, "0.0001", "Weight: has more than 3 digits after the point");
}

Test(field, decimal_format_values)
{
	char out[32];
	decimal_format(1250, 2, out);
	cr_assert_str_eq(out, "12.50");
	decimal_format(3750, 2, out);
	cr_assert_str_eq(out, "37.50");
	decimal_format(1, 2, out);
	cr_assert_str_eq(out, "0.01");
	decimal_format(0, 2, out);
	cr_assert_str_eq(out, "0.00");
	decimal_format(-5, 2, out);
	cr_assert_str_eq(out, "-0.05");
	decimal_format(-123456, 3, out);
	cr_assert_str_eq(out, "-123.456");
	decimal_format(7, 0, out);
	cr_assert_str_eq(out, "7");
	decimal_format(-7, 0, out);
	cr_assert_str_eq(out, "-7");
	decimal_format(99999999999LL, 2, out);
	cr_assert_str_eq(out, "999999999.99");
	/* INT64_MIN = -9223372036854775808: its magnitude does not fit int64 */
	decimal_format(INT64_MIN, 2, out);
	cr_assert_str_eq(out, "-92233720368547758.08");
}

/* ---- bool: products.implant ---- */

Test(field, bool_spellings)
{
	const struct field *implant = fld("products", "implant");
	static const char *yes[] = { "yes", "YES", "Yes", "y", "Y", "1", "true", "是", " 是 " };
	static const char *no[] = { "no", "NO", "n", "N", "0", "false", "否" };
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		num_is(implant, yes[i], 1);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		num_is(implant, no[i], 0);
	refused_with(implant, "2", "Implant: must be yes or no (是/否, 1/0)");
	refused_with(implant, "maybe", "Implant: must be yes or no (是/否, 1/0)");
	refused_with(implant, "yess", "Implant: must be yes or no (是/否, 1/0)");
	refused_with(implant, "不是", "Implant: must be yes or no (是/否, 1/0)");
	is_null(implant, " ");
}

/* ---- enum: products.class, choices I / II / III ---- */

Test(field, enum_by_code_any_case_and_by_label)
{
	const struct field *cls = fld("products", "class");
	text_is(cls, "II", "II");
	text_is(cls, "ii", "II");
	text_is(cls, "iIi", "III");
	text_is(cls, " i ", "I");
	text_is(cls, "Class II", "II");     /* the English label */
	text_is(cls, "Class III", "III");
	refused_with(cls, "IV", "Device class: must be one of: I (Class I), II (Class II), III (Class III)");
	refused_with(cls, "Class", "Device class: must be one of: I (Class I), II (Class II), III (Class III)");
}

/* ---- dates ---- */

Test(field, date_normalised_to_iso)
{
	const struct field *expiry = fld("sales", "expiry");
	text_is(expiry, "2027/6/30", "2027-06-30");
	text_is(expiry, "20270630", "2027-06-30");
	text_is(expiry, "2027-6-3", "2027-06-03");
	text_is(expiry, " 2027-06-30 ", "2027-06-30");
	text_is(expiry, "2024-02-29", "2024-02-29");
	refused_with(expiry, "2025-02-29", "Expiry date: 2025-02-29 is not a real date");
	refused_with(expiry, "1899-12-31", "Expiry date: the year must be between 1900 and 2999");
	refused_with(expiry, "2025.03.05",
	             "Expiry date: 2025.03.05 is not a date: write it as 2025-03-05, 2025/3/5 or 20250305");
}

Test(field, datetime_normalised)
{
	static const struct field at = { .name = "received_at", .label = "Received at",
	                                 .type = FT_DATETIME };
	text_is(&at, "2025-03-05T14:30", "2025-03-05 14:30");
	text_is(&at, "2025/3/5 9:05", "2025-03-05 09:05");
	refused_with(&at, "2025-03-05",
	             "Received at: 2025-03-05 is not a date and time: write it as 2025-03-05 14:30");
}

/* ---- refs ---- */

Test(field, ref_keeps_text_unresolved)
{
	const struct field *cust = fld("sales", "customer");
	struct value v = { .null = true };
	struct gerr err;
	gerr_clear(&err);
	cr_assert_eq(field_parse(cust, "  北京协和医院 ", &v, &err), GERR_OK);
	cr_assert_not(v.null);
	cr_assert_eq(v.num, 0);                /* resolved later against the database */
	cr_assert_str_eq(v.text, "北京协和医院");
	value_clear(&v);
	refused_with(cust, "C0\x1B" "1", "Destination: contains a control character");
}

/* ---- formatting and storage ---- */

/* field_format and field_storage_text, freed before the check. */
static void fmt_is(const struct field *f, const struct value *v, enum fmt_mode mode,
                   const char *expect)
{
	char *s = field_format(f, v, mode);
	char got[256];
	snprintf(got, sizeof got, "%s", s);
	free(s);
	cr_assert_str_eq(got, expect, "%s formatted as \"%s\"", f->name, got);
}

static void stored_is(const struct field *f, const struct value *v, const char *expect)
{
	char *s = field_storage_text(f, v);
	char got[256];
	snprintf(got, sizeof got, "%s", s ? s : "(NULL)");
	free(s);
	cr_assert_str_eq(got, expect, "%s stored as \"%s\"", f->name, got);
}

Test(field, format_and_storage_text)
{
	struct value v = { .null = true };
	const struct field *amount = fld("sales", "amount");
	value_set_num(&v, 3750);
	fmt_is(amount, &v, FMT_HUMAN, "37.50");
	stored_is(amount, &v, "3750");

	const struct field *implant = fld("products", "implant");
	value_set_num(&v, 1);
	fmt_is(implant, &v, FMT_MACHINE, "yes");
	fmt_is(implant, &v, FMT_HUMAN, "yes");
	stored_is(implant, &v, "1");
	value_set_num(&v, 0);
	fmt_is(implant, &v, FMT_MACHINE, "no");
	stored_is(implant, &v, "0");

	const struct field *cls = fld("products", "class");
	value_set_text(&v, "II");
	fmt_is(cls, &v, FMT_HUMAN, "Class II");
	fmt_is(cls, &v, FMT_MACHINE, "II");
	stored_is(cls, &v, "II");
	cr_assert_str_eq(field_choice_label(cls, "III"), "Class III");
	cr_assert_str_eq(field_choice_label(cls, "X"), "X");

	const struct field *qty = fld("sales", "qty");
	value_set_num(&v, -42);
	fmt_is(qty, &v, FMT_MACHINE, "-42");

	value_clear(&v);                       /* null: "" to show, NULL to store */
	fmt_is(qty, &v, FMT_HUMAN, "");
	stored_is(qty, &v, "(NULL)");
	stored_is(cls, &v, "(NULL)");
}

Test(field, format_ref)
{
	const struct field *product = fld("sales", "product");
	struct value v = { .null = true };
	value_set_num(&v, 7);
	fmt_is(product, &v, FMT_HUMAN, "#7");   /* neither code nor name */
	v.text = strdup("P007");
	v.label = strdup("一次性使用无菌注射器");
	fmt_is(product, &v, FMT_HUMAN, "一次性使用无菌注射器");
	fmt_is(product, &v, FMT_MACHINE, "P007");
	stored_is(product, &v, "7");   /* the id */
	value_clear(&v);
}

Test(field, every_refusal_names_its_field_and_label)
{
	/* one bad input per type of the sales form; the message starts with
	 * the English label and a colon */
	static const struct {
		const char *field, *input, *prefix;
	} cases[] = {
		{ "spec", "a\x01", "Spec/model: " },
		{ "qty", "x", "Quantity: " },
		{ "expiry", "2025-13-01", "Expiry date: " },
		{ "sale_date", "yesterday", "Sale date: " },
		{ "unit_price", "1.234", "Unit price: " },
		{ "product", "P\x02", "Product: " },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct field *f = fld("sales", cases[i].field);
		struct value v = { .null = true };
		struct gerr err;
		gerr_clear(&err);
		int rc = field_parse(f, cases[i].input, &v, &err);
		bool null = v.null;
		value_clear(&v);
		cr_assert_eq(rc, GERR_INPUT);
		cr_assert_str_eq(err.field, cases[i].field);
		cr_assert_eq(strncmp(err.msg, cases[i].prefix, strlen(cases[i].prefix)), 0,
		             "%s: message \"%s\"", cases[i].field, err.msg);
		cr_assert(null, "a refused value must stay null");
	}
}

/* A Chinese input method in full-width mode types ０-９, －, ．, ：: the
 * same values as their ASCII twins, in every field that is not free text
 * (issue 18: １２００ was refused as not a number). */
Test(field, full_width_forms_are_their_ascii_twins)
{
	num_is(fld("sales", "qty"), "１２００", 1200);
	num_is(fld("sales", "unit_price"), "１２．５", 1250);
	text_is(fld("sales", "sale_date"), "２０２６－１１－０１", "2026-11-01");
	text_is(fld("complaints", "received_at"), "２０２６－１１－２０　０９：３０",
	        "2026-11-20 09:30");
	text_is(fld("sales", "product"), "ＨＣ０５", "HC05");
	/* free text keeps what was typed */
	text_is(fld("sales", "batch"), "Ｂ１２", "Ｂ１２");
}
