/* Implant records and handled due rows, as an office a decade old has
 * them: the clerk records 95% of the implant units sold 70 days or more
 * before the last day (the hospital's use form comes back a week or two
 * after the operation), and of the units still without a record after
 * 95 days, two in five were looked at and marked not needed for now
 * (kept unused at the hospital). Drawn from the line's id and the seed,
 * so asking for more of another kind leaves these alone; entered in
 * date order, so ids follow the dates as the list shows them. */
#include "config.h"
#include "bench/gen.h"

#include <stddef.h>

/* The line's id, mixed with the seed: a share of the lines without a
 * stream of draws, so the sales stay as they were. */
#define MIX "((s.id * 2654435761 + :seed) % 1000)"

int gen_implants(struct gen_world *w)
{
	static const char *const steps[] = {
		"INSERT INTO implants (created_at, created_by, sale, product, batch, serial, batch_key,"
		" serial_key, hospital, patient, patient_id, use_date, surgeon)"
		" SELECT strftime('%Y-%m-%dT02:' || printf('%02d', s.id % 60) || ':00Z', s.sale_date,"
		"  '+' || (14 + s.id % 7) || ' days'), '" GEN_USER "', s.id, s.product, s.batch, s.serial,"
		"  s.batch_key, s.serial_key, s.customer,"
		"  substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗', s.id % 20 + 1, 1) ||"
		"  substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平', s.id / 20 % 20 + 1, 1),"
		"  'ZY' || printf('%07d', s.id % 9999991),"
		"  date(s.sale_date, '+' || (s.id % 8) || ' days'),"
		"  substr('郑冯韩曹许邓萧程', s.id % 8 + 1, 1) || '医生'"
		" FROM sales s JOIN products p ON p.id = s.product"
		" WHERE s.voided = 0 AND p.implant = 1 AND s.sale_date <= date(:end, '-70 days')"
		" AND " MIX " < 950 ORDER BY date(s.sale_date, '+' || (s.id % 8) || ' days'), s.id",
		"INSERT INTO due_handled (created_at, created_by, kind, row_key, facts, outcome, note)"
		" SELECT strftime('%Y-%m-%dT03:' || printf('%02d', s.id % 60) || ':00Z', s.sale_date,"
		"  '+95 days'), '" GEN_USER "', 'implant', s.id, s.qty, 'not_needed',"
		"  '医院备货未用，用后补登'"
		" FROM sales s JOIN products p ON p.id = s.product"
		" WHERE s.voided = 0 AND p.implant = 1 AND s.sale_date <= date(:end, '-95 days')"
		" AND " MIX " >= 950 AND " MIX " < 970 ORDER BY s.id",
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(w->h, steps[i], -1, &st, NULL) != SQLITE_OK)
			return gen_fail(w->h, "implants");
		sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":end"), GEN_LAST_DAY, -1,
		                  SQLITE_STATIC);
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":seed"),
		                   (sqlite3_int64)(w->seed % 1000003));
		int rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "implants");
		sqlite3_finalize(st);
		if (rc)
			return rc;
	}
	return SQLITE_OK;
}
