/* The one parser and formatter of field values, used by the command line,
 * the screens and the importer alike. */
#include "config.h"
#include "base/date.h"
#include "base/i18n.h"
#include "model/record.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int field_refuse(struct gerr *err, const struct field *f, const char *fmt, ...)
{
	char rule[768];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(rule, sizeof rule, fmt, ap);
	va_end(ap);
	/* TRANSLATORS: a field's label, then what is wrong with its value */
	return gerr_set(err, GERR_INPUT, f->name, _("%s: %s"), _(f->label), rule);
}

void decimal_format(int64_t scaled, int scale, char out[32])
{
	int64_t div = 1;
	for (int i = 0; i < scale; i++)
		div *= 10;
	uint64_t mag = scaled < 0 ? (uint64_t)0 - (uint64_t)scaled : (uint64_t)scaled;
	if (scale == 0)
		snprintf(out, 32, "%s%" PRIu64, scaled < 0 ? "-" : "", mag);
	else
		snprintf(out, 32, "%s%" PRIu64 ".%0*" PRIu64, scaled < 0 ? "-" : "",
		         mag / (uint64_t)div, scale, mag % (uint64_t)div);
}

/* Copies s without surrounding blanks (ASCII and the ideographic space). */
static char *trim(const char *s)
{
	static const char ideo_space[] = "\xE3\x80\x80";
	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++;
		else if (strncmp(s, ideo_space, 3) == 0)
			s += 3;
		else
			break;
	}
	size_t n = strlen(s);
	for (;;) {
		if (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
			n--;
		else if (n >= 3 && strncmp(s + n - 3, ideo_space, 3) == 0)
			n -= 3;
		else
			break;
	}
	return xstrndup(s, n);
}

static int check_text(const struct field *f, char *s, struct gerr *err)
{
	if (!utf8_valid(s))
		return field_refuse(err, f, "%s", _("is not valid UTF-8 text"));
	/* Windows line ends become plain ones in multi-line text. */
	char *w = s;
	size_t n = strlen(s);
	for (char *r = s; *r;) {
		wchar_t wc;
		size_t k = utf8_decode(r, n - (size_t)(r - s), &wc);
		if (wc == '\r' && r[1] == '\n' && (f->flags & F_MULTILINE)) {
			r++;
			continue;
		}
		/* C0, DEL and C1 (U+0080..U+009F: terminals obey them like ESC),
		 * bidi controls that reorder what is shown, zero-width ones */
		if (text_is_control(wc) && !(wc == '\n' && (f->flags & F_MULTILINE)))
			return field_refuse(err, f, "%s", _("contains a control character"));
		memmove(w, r, k);
		w += k;
		r += k;
	}
	*w = '\0';
	if (f->max_len > 0 && utf8_chars(s) > (size_t)f->max_len)
		return field_refuse(err, f, _("is longer than %d characters"), f->max_len);
	return GERR_OK;
}

int field_check_line(const char *name, const char *label, int max_len, const char *text,
                     struct gerr *err)
{
	struct field f = { .name = name, .label = label, .type = FT_TEXT, .max_len = max_len };
	char *copy = xstrdup(text);
	int rc = check_text(&f, copy, err);
	free(copy);
	return rc;
}

static int check_range(const struct field *f, int64_t n, struct gerr *err)
{
	char lim[32];
	if ((f->flags & F_MIN) && n < f->min) {
		decimal_format(f->min, f->type == FT_DECIMAL ? f->scale : 0, lim);
		return field_refuse(err, f, _("must be at least %s"), lim);
	}
	if ((f->flags & F_MAX) && n > f->max) {
		decimal_format(f->max, f->type == FT_DECIMAL ? f->scale : 0, lim);
		return field_refuse(err, f, _("must be at most %s"), lim);
	}
	return GERR_OK;
}

/* Parses [-]digits[.digits] with at most `scale` decimals into a scaled
 * integer. Thousands separators and exponents are refused by name, since
 * spreadsheets produce both. */
static int parse_number(const struct field *f, const char *s, int scale, int64_t *out,
                        struct gerr *err)
{
	const char *p = s;
	bool neg = false;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if (strchr(p, ',') || strstr(p, "，"))
		return field_refuse(err, f, "%s", _("write the number without thousands separators"));
	if (strpbrk(p, "eE") && scale >= 0)
		return field_refuse(err, f, "%s", _("write the number in plain digits, not with an exponent"));
	uint64_t v = 0;
	int digits = 0, decimals = 0;
	bool point = false;
	const uint64_t limit = (uint64_t)INT64_MAX;
	for (; *p; p++) {
		if (*p == '.' && scale > 0 && !point) {
			point = true;
			continue;
		}
		if (!isdigit((unsigned char)*p)) {
			if (scale > 0)
				return field_refuse(err, f, "%s", _("is not a number"));
			return field_refuse(err, f, "%s", _("is not a whole number"));
		}
		if (point && ++decimals > scale)
			return field_refuse(err, f, _("has more than %d digits after the point"), scale);
		if (v > (limit - 9) / 10)
			return field_refuse(err, f, "%s", _("is too large"));
		v = v * 10 + (uint64_t)(*p - '0');
		digits++;
	}
	if (digits == 0)
		return field_refuse(err, f, "%s", scale > 0 ? _("is not a number") : _("is not a whole number"));
	for (; decimals < scale; decimals++) {
		if (v > (limit - 9) / 10)
			return field_refuse(err, f, "%s", _("is too large"));
		v *= 10;
	}
	*out = neg ? -(int64_t)v : (int64_t)v;
	return GERR_OK;
}

static int date_refusal(const struct field *f, enum date_status st, const char *s,
                        bool with_time, struct gerr *err)
{
	switch (st) {
	case DATE_IMPOSSIBLE:
		return field_refuse(err, f, _("%s is not a real date"), s);
	case DATE_RANGE:
		return field_refuse(err, f, "%s", _("the year must be between 1900 and 2999"));
	default:
		if (with_time)
			return field_refuse(err, f, _("%s is not a date and time: write it as 2025-03-05 14:30"), s);
		return field_refuse(err, f, _("%s is not a date: write it as 2025-03-05, 2025/3/5 or 20250305"), s);
	}
}

static bool ascii_ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return *a == *b;
}

static int parse_enum(const struct field *f, const char *s, struct value *v, struct gerr *err)
{
	for (const struct choice *c = f->choices; c && c->code; c++) {
		if (ascii_ieq(s, c->code) || strcmp(s, _(c->label)) == 0 || strcmp(s, c->label) == 0) {
			value_set_text(v, c->code);
			return GERR_OK;
		}
	}
	struct strbuf list = STRBUF_INIT;
	for (const struct choice *c = f->choices; c && c->code; c++) {
		if (c != f->choices)
			sb_add(&list, ", ");
		sb_addf(&list, "%s (%s)", c->code, _(c->label));
	}
	int rc = field_refuse(err, f, _("must be one of: %s"), sb_str(&list));
	sb_free(&list);
	return rc;
}

static int parse_bool(const struct field *f, const char *s, struct value *v, struct gerr *err)
{
	static const char *yes[] = { "yes", "y", "1", "true", "是", NULL };
	static const char *no[] = { "no", "n", "0", "false", "否", NULL };
	for (int i = 0; yes[i]; i++) {
		if (ascii_ieq(s, yes[i]) || strcmp(s, _("yes")) == 0) {
			value_set_num(v, 1);
			return GERR_OK;
		}
		if (ascii_ieq(s, no[i]) || strcmp(s, _("no")) == 0) {
			value_set_num(v, 0);
			return GERR_OK;
		}
	}
	return field_refuse(err, f, "%s", _("must be yes or no (是/否, 1/0)"));
}

int field_parse(const struct field *f, const char *input, struct value *v, struct gerr *err)
{
	value_clear(v);
	char *s = trim(input);
	int rc = GERR_OK;
	if (*s == '\0')
		goto out;
	if (f->type != FT_TEXT && !utf8_valid(s)) {
		rc = field_refuse(err, f, "%s", _("is not valid UTF-8 text"));
		goto out;
	}
	if (f->type != FT_TEXT && f->type != FT_ENUM && f->type != FT_BOOL) {
		/* １２００ is 1200, whatever the input method; a choice's code
		 * stays exact */
		char *half = text_halfwidth(s);
		free(s);
		s = half;
	}
	switch (f->type) {
	case FT_TEXT:
		if ((rc = check_text(f, s, err)) == GERR_OK)
			value_set_text(v, s);
		break;
	case FT_INT:
	case FT_DECIMAL: {
		int64_t n = 0;
		rc = parse_number(f, s, f->type == FT_DECIMAL ? f->scale : 0, &n, err);
		if (rc == GERR_OK && (rc = check_range(f, n, err)) == GERR_OK)
			value_set_num(v, n);
		break;
	}
	case FT_DATE: {
		struct ymd d;
		enum date_status st = date_parse(s, &d);
		if (st != DATE_OK) {
			rc = date_refusal(f, st, s, false, err);
		} else {
			char iso[11];
			date_format(&d, iso);
			value_set_text(v, iso);
		}
		break;
	}
	case FT_DATETIME: {
		struct ymdhm t;
		enum date_status st = datetime_parse(s, &t);
		if (st != DATE_OK) {
			rc = date_refusal(f, st, s, true, err);
		} else {
			char iso[17];
			datetime_format(&t, iso);
			value_set_text(v, iso);
		}
		break;
	}
	case FT_ENUM:
		rc = parse_enum(f, s, v, err);
		break;
	case FT_BOOL:
		rc = parse_bool(f, s, v, err);
		break;
	case FT_REF:
		if ((rc = check_text(f, s, err)) == GERR_OK) {
			value_set_text(v, s);
			v->num = 0;
		}
		break;
	}
out:
	free(s);
	return rc;
}

const char *field_choice_label(const struct field *f, const char *code)
{
	for (const struct choice *c = f->choices; c && c->code; c++)
		if (strcmp(c->code, code) == 0)
			return _(c->label);
	return code;
}

char *field_format(const struct field *f, const struct value *v, enum fmt_mode mode)
{
	char buf[32];
	if (v->null)
		return xstrdup("");
	switch (f->type) {
	case FT_INT:
		snprintf(buf, sizeof buf, "%" PRId64, v->num);
		return xstrdup(buf);
	case FT_DECIMAL:
		decimal_format(v->num, f->scale, buf);
		return xstrdup(buf);
	case FT_BOOL:
		if (mode == FMT_MACHINE)
			return xstrdup(v->num ? "yes" : "no");
		return xstrdup(v->num ? _("yes") : _("no"));
	case FT_ENUM:
		return xstrdup(mode == FMT_HUMAN ? field_choice_label(f, v->text) : v->text);
	case FT_REF:
		if (mode == FMT_HUMAN && v->label)
			return xstrdup(v->label);
		if (v->text)
			return xstrdup(v->text);
		snprintf(buf, sizeof buf, "#%" PRId64, v->num);
		return xstrdup(buf);
	default:
		return xstrdup(v->text ? v->text : "");
	}
}

char *field_storage_text(const struct field *f, const struct value *v)
{
	char buf[32];
	if (v->null)
		return NULL;
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
	case FT_REF:
		snprintf(buf, sizeof buf, "%" PRId64, v->num);
		return xstrdup(buf);
	default:
		return xstrdup(v->text ? v->text : "");
	}
}
