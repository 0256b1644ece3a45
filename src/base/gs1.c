/* GS1 element strings (gs1.h). */
#include "config.h"
#include "base/gs1.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

enum { AI_FIXED_GTIN = 14, AI_FIXED_DATE = 6 };

int gs1_check_digit(const char *s, int n)
{
	/* §7.9.1: from the right, weights 3, 1, 3, ...; the check digit
	 * brings the sum up to the next multiple of ten. */
	int sum = 0;
	for (int i = 0; i < n; i++) {
		char c = s[n - 1 - i];
		if (c < '0' || c > '9')
			return -1;
		sum += (c - '0') * (i % 2 == 0 ? 3 : 1);
	}
	return (10 - sum % 10) % 10;
}

static bool all_digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

int gs1_gtin14(const char *in, char out[15])
{
	int n = (int)strlen(in);
	if ((n != 8 && n != 12 && n != 13 && n != 14) || !all_digits(in, n))
		return -1;
	memset(out, '0', 14 - (size_t)n);
	memcpy(out + 14 - n, in, (size_t)n + 1);
	int want = gs1_check_digit(out, 13);
	return want == out[13] - '0' ? 0 : want + 1;
}

static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

bool gs1_date(const char *s, int this_year, struct ymd *out)
{
	if (!all_digits(s, 6))
		return false;
	int yy = two(s), mm = two(s + 2), dd = two(s + 4);
	/* §7.12: 51..99 years ahead means the last century, 50..99 years
	 * back the next one; else this century. */
	int century = this_year - this_year % 100, diff = yy - this_year % 100;
	if (diff >= 51)
		century -= 100;
	else if (diff <= -50)
		century += 100;
	int y = century + yy;
	if (mm < 1 || mm > 12)
		return false;
	int last = date_days_in_month(y, mm);
	if (dd > last)
		return false;
	/* DD 00: only year and month are known; the date is the month's
	 * last day (an expiry holds until then). */
	out->y = y;
	out->m = mm;
	out->d = dd == 0 ? last : dd;
	return true;
}

/* GS1 AI encodable character set 82 (§7.11, Figure 7.11-1). */
static bool cset82(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c != 0 && strchr("!\"%&'()*+,-./:;<=>?_", c) != NULL);
}

/* Every refusal names the field "udi" and says what was wrong. */
#define REFUSE(...) gerr_set(err, GERR_INPUT, "udi", __VA_ARGS__)

/* Stores one element; ai is two digits, val/n its data. */
static int element(const char *ai, const char *val, int n, int this_year,
                   struct gs1_code *out, unsigned *seen, struct gerr *err)
{
	char v[64];
	snprintf(v, sizeof v, "%.*s%s", n > 40 ? 40 : n, val, n > 40 ? "…" : "");
	int id = two(ai);
	unsigned bit = 1u << (id % 32);
	if (*seen & bit)
		return REFUSE(_("UDI: AI (%s) appears twice"), ai);
	*seen |= bit;
	switch (id) {
	case 1: {
		int bad = n == AI_FIXED_GTIN ? gs1_gtin14(v, out->gtin) : -1;
		if (bad < 0)
			return REFUSE(_("UDI: GTIN (01) must be 14 digits, not \"%s\""), v);
		if (bad > 0)
			return REFUSE(_("UDI: GTIN %s has a wrong check digit (it should be %d)"), v,
			              bad - 1);
		return 0;
	}
	case 11:
	case 17: {
		struct ymd d;
		if (n != AI_FIXED_DATE || !gs1_date(val, this_year, &d))
			return id == 17 ? REFUSE(_("UDI: expiry date (17) \"%s\" is not a date YYMMDD"), v)
			                : REFUSE(_("UDI: production date (11) \"%s\" is not a date YYMMDD"), v);
		if (id == 17) {
			out->expiry = d;
			out->has_expiry = true;
		} else {
			out->production = d;
			out->has_production = true;
		}
		return 0;
	}
	case 10:
	case 21: {
		if (n == 0)
			return REFUSE(_("UDI: AI (%s) is empty"), ai);
		if (n > GS1_VAR_MAX)
			return id == 10 ? REFUSE(_("UDI: batch (10) \"%s\" is longer than 20 characters"), v)
			                : REFUSE(_("UDI: serial (21) \"%s\" is longer than 20 characters"), v);
		for (int i = 0; i < n; i++)
			if (!cset82((unsigned char)val[i]))
				return REFUSE(_("UDI: AI (%s) \"%s\" holds a character GS1 does not allow"), ai, v);
		char *dst = id == 10 ? out->batch : out->serial;
		memcpy(dst, val, (size_t)n);
		dst[n] = '\0';
		return 0;
	}
	default:
		return REFUSE(_("UDI: unknown application identifier (%s)"), ai);
	}
}

static int fixed_length(int id)
{
	return id == 1 ? AI_FIXED_GTIN : (id == 11 || id == 17) ? AI_FIXED_DATE : 0;
}

/* "(" digits ")" at s: the AI's length, else 0. */
static int bracket_ai(const char *s)
{
	if (s[0] != '(')
		return 0;
	int i = 1;
	while (i <= 4 && s[i] >= '0' && s[i] <= '9')
		i++;
	return i >= 3 && s[i] == ')' ? i - 1 : 0;
}

static int parse_bracketed(const char *s, int this_year, struct gs1_code *out,
                           unsigned *seen, struct gerr *err)
{
	while (*s) {
		if (*s == GS1_GS) {
			s++;
			continue;
		}
		int ail = bracket_ai(s);
		if (ail == 0)
			return REFUSE(_("UDI: expected an application identifier like (01) at \"%.20s\""), s);
		char ai[8];
		snprintf(ai, sizeof ai, "%.*s", ail, s + 1);
		if (ail != 2)
			return REFUSE(_("UDI: unknown application identifier (%s)"), ai);
		const char *val = s + ail + 2, *end = val;
		/* A value ends at the next "(NN)" or GS: batch and serial may
		 * hold "(" themselves (character set 82). */
		while (*end && *end != GS1_GS && !bracket_ai(end))
			end++;
		int rc = element(ai, val, (int)(end - val), this_year, out, seen, err);
		if (rc)
			return rc;
		s = end;
	}
	return 0;
}

static int parse_raw(const char *s, int this_year, struct gs1_code *out, unsigned *seen,
                     struct gerr *err)
{
	while (*s) {
		if (*s == GS1_GS) {
			s++;
			continue;
		}
		if (!all_digits(s, 2) || !s[1])
			return REFUSE(_("UDI: expected an application identifier like 01 at \"%.20s\""), s);
		char ai[3] = { s[0], s[1], '\0' };
		int id = two(s), want = fixed_length(id);
		if (want == 0 && id != 10 && id != 21)
			return REFUSE(_("UDI: unknown application identifier (%s)"), ai);
		const char *val = s + 2;
		int n = 0;
		if (want) {
			while (n < want && val[n] && val[n] != GS1_GS)
				n++;
		} else {
			while (val[n] && val[n] != GS1_GS)
				n++;
		}
		int rc = element(ai, val, n, this_year, out, seen, err);
		if (rc)
			return rc;
		s = val + n;
	}
	return 0;
}

int gs1_parse(const char *text, int this_year, struct gs1_code *out, struct gerr *err)
{
	memset(out, 0, sizeof *out);
	char buf[512];
	size_t len = strlen(text);
	/* Scanners end a code with Enter; people paste it with spaces. */
	while (len > 0 && (text[len - 1] == '\r' || text[len - 1] == '\n' || text[len - 1] == ' '))
		len--;
	while (len > 0 && *text == ' ') {
		text++;
		len--;
	}
	if (len >= sizeof buf)
		return REFUSE(_("UDI: the code is longer than %d characters"), (int)sizeof buf - 1);
	memcpy(buf, text, len);
	buf[len] = '\0';
	const char *s = buf;
	if (s[0] == ']') {
		/* §5.1.2: the symbology identifier a scanner may send first. */
		if (strncmp(s, "]d2", 3) != 0 && strncmp(s, "]C1", 3) != 0 && strncmp(s, "]Q3", 3) != 0)
			return REFUSE(_("UDI: unknown symbology identifier \"%.3s\""), s);
		s += 3;
	}
	while (*s == GS1_GS)
		s++;
	if (!*s)
		return REFUSE(_("UDI: the code is empty"));
	unsigned seen = 0;
	return s[0] == '(' ? parse_bracketed(s, this_year, out, &seen, err)
	                   : parse_raw(s, this_year, out, &seen, err);
}
