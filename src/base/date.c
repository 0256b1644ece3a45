#include "config.h"
#include "base/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

/* Reads between min and max digits; returns the count read, 0 if too few. */
static int read_digits(const char *s, int min, int max, int *value)
{
	int n = 0, v = 0;
	while (n < max && isdigit((unsigned char)s[n])) {
		v = v * 10 + (s[n] - '0');
		n++;
	}
	if (n < min)
		return 0;
	*value = v;
	return n;
}

static enum date_status check_ymd(int y, int m, int d)
{
	if (y < 1900 || y > 2999)
		return DATE_RANGE;
	if (m < 1 || m > 12 || d < 1 || d > date_days_in_month(y, m))
		return DATE_IMPOSSIBLE;
	return DATE_OK;
}

/* Reads the spelling of the date at s (no calendar check yet, so a badly
 * written date is reported as such); *used gets the bytes consumed. */
static enum date_status parse_date_prefix(const char *s, struct ymd *out, size_t *used)
{
	int y, m, d, k;
	size_t i = 0;
	if ((k = read_digits(s, 4, 4, &y)) == 0)
		return DATE_FORMAT;
	i += (size_t)k;
	if (s[i] == '-' || s[i] == '/') {
		char sep = s[i++];
		if ((k = read_digits(s + i, 1, 2, &m)) == 0)
			return DATE_FORMAT;
		i += (size_t)k;
		if (s[i++] != sep)
			return DATE_FORMAT;
		if ((k = read_digits(s + i, 1, 2, &d)) == 0)
			return DATE_FORMAT;
		i += (size_t)k;
	} else {
		if (read_digits(s + i, 2, 2, &m) == 0 || read_digits(s + i + 2, 2, 2, &d) == 0)
			return DATE_FORMAT;
		i += 4;
	}
	out->y = y;
	out->m = m;
	out->d = d;
	*used = i;
	return DATE_OK;
}

enum date_status date_parse(const char *s, struct ymd *out)
{
	size_t used;
	struct ymd d;
	enum date_status st = parse_date_prefix(s, &d, &used);
	if (st != DATE_OK)
		return st;
	if (s[used] != '\0')
		return DATE_FORMAT;
	if ((st = check_ymd(d.y, d.m, d.d)) != DATE_OK)
		return st;
	*out = d;
	return DATE_OK;
}

enum date_status datetime_parse(const char *s, struct ymdhm *out)
{
	size_t used;
	struct ymdhm t;
	enum date_status st = parse_date_prefix(s, &t.date, &used);
	if (st != DATE_OK)
		return st;
	s += used;
	if (*s != ' ' && *s != 'T')
		return DATE_FORMAT;
	s++;
	int k = read_digits(s, 1, 2, &t.hh);
	if (k == 0 || s[k] != ':')
		return DATE_FORMAT;
	s += k + 1;
	if (read_digits(s, 2, 2, &t.mm) == 0 || s[2] != '\0')
		return DATE_FORMAT;
	if ((st = check_ymd(t.date.y, t.date.m, t.date.d)) != DATE_OK)
		return st;
	if (t.hh > 23 || t.mm > 59)
		return DATE_IMPOSSIBLE;
	*out = t;
	return DATE_OK;
}

void date_format(const struct ymd *d, char out[11])
{
	/* the unsigned remainders tell the compiler each part fits its width */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)d->y % 10000u, (unsigned)d->m % 100u,
	         (unsigned)d->d % 100u);
}

void datetime_format(const struct ymdhm *t, char out[17])
{
	snprintf(out, 17, "%04u-%02u-%02u %02u:%02u", (unsigned)t->date.y % 10000u,
	         (unsigned)t->date.m % 100u, (unsigned)t->date.d % 100u, (unsigned)t->hh % 100u,
	         (unsigned)t->mm % 100u);
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int64_t date_to_days(const struct ymd *d)
{
	int64_t y = d->y - (d->m <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t mp = (d->m + 9) % 12;
	int64_t doy = (153 * mp + 2) / 5 + d->d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct ymd date_from_days(int64_t z)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	struct ymd r;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

int date_compare(const struct ymd *a, const struct ymd *b)
{
	int64_t x = date_to_days(a), y = date_to_days(b);
	return (x > y) - (x < y);
}

int date_weekday(const struct ymd *d)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0) */
	int64_t w = (date_to_days(d) + 3) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

struct ymdhm datetime_add_minutes(const struct ymdhm *t, int64_t minutes)
{
	int64_t m = date_to_days(&t->date) * 1440 + t->hh * 60 + t->mm + minutes;
	int64_t days = m >= 0 ? m / 1440 : (m - 1439) / 1440;
	int64_t rest = m - days * 1440;
	struct ymdhm out = { date_from_days(days), (int)(rest / 60), (int)(rest % 60) };
	return out;
}

bool clock_test(struct ymdhm *out, bool *set)
{
	const char *env = getenv("GSPDESK_NOW");
	*set = env && *env;
	return !*set || datetime_parse(env, out) == DATE_OK;
}

void clock_now_text(char out[17])
{
	struct ymdhm t;
	clock_now(&t);
	datetime_format(&t, out);
}

void clock_now(struct ymdhm *out)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	out->date.y = tm.tm_year + 1900;
	out->date.m = tm.tm_mon + 1;
	out->date.d = tm.tm_mday;
	out->hh = tm.tm_hour;
	out->mm = tm.tm_min;
}

void clock_utc_stamp(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void clock_local_text(const char *utc_stamp, char out[20])
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *end = utc_stamp ? strptime(utc_stamp, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	if (!end || *end) {
		snprintf(out, 20, "%s", utc_stamp ? utc_stamp : "");
		return;
	}
	time_t t = timegm(&tm);
	struct tm local;
	localtime_r(&t, &local);
	strftime(out, 20, "%Y-%m-%d %H:%M", &local);
}
