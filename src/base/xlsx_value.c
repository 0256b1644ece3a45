#include "config.h"
#include "base/xlsx_value.h"
#include "base/date.h"

#include <stdint.h>
#include <string.h>

/* A custom format is a date when it shows a year or a day (text in quotes
 * or brackets and escaped characters left out), with a time when it shows
 * hours or seconds. */
enum xlsx_number xlsx_format_number(const char *code)
{
	bool date = false, time = false;
	for (const char *c = code; *c; c++) {
		if (*c == '"') {
			while (c[1] && c[1] != '"')
				c++;
			c += c[1] != '\0';
		} else if (*c == '[') {
			while (c[1] && c[1] != ']')
				c++;
		} else if (*c == '\\' && c[1]) {
			c++;
		} else if (strchr("yYdD", *c)) {
			date = true;
		} else if (strchr("hHsS", *c)) {
			time = true;
		}
	}
	return !date ? XLSX_NUMBER : time ? XLSX_DATETIME : XLSX_DATE;
}

enum xlsx_number xlsx_builtin_number(int id)
{
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
		return XLSX_DATE;
	return id == 22 ? XLSX_DATETIME : XLSX_NUMBER;
}

void xlsx_number_text(double d, enum xlsx_number k, bool date1904, struct strbuf *out)
{
	if (k != XLSX_NUMBER && d >= 0 && d < 2958466) { /* up to 9999-12-31 */
		int64_t days = (int64_t)d; /* d >= 0: toward zero is down */
		int64_t minutes = (int64_t)((d - (double)days) * 1440 + 0.5);
		if (minutes >= 1440)
			days++, minutes -= 1440;
		struct ymd base = date1904 ? (struct ymd){ 1904, 1, 1 }
		                  : days >= 61 ? (struct ymd){ 1899, 12, 30 } /* after Excel's 1900-02-29 */
		                               : (struct ymd){ 1899, 12, 31 };
		char day[11];
		struct ymd dt = date_from_days(date_to_days(&base) + days);
		date_format(&dt, day);
		if (k == XLSX_DATETIME || minutes)
			sb_addf(out, "%s %02d:%02d", day, (int)(minutes / 60), (int)(minutes % 60));
		else
			sb_add(out, day);
	} else if (d > -1e15 && d < 1e15 && d == (double)(int64_t)d) {
		sb_addf(out, "%.0f", d);
	} else {
		sb_addf(out, "%.15g", d);
	}
}
