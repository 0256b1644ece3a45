/* Service tickets for the instruments sold: installations right after the
 * sale, repairs, regular visits and training, with response, arrival and
 * repair times mostly within the promises (core/service_rules.h) and some
 * late, the last days' tickets still open, and a repair's warranty basis
 * and charge computed as service_check computes them when it is entered:
 * tickets go in date order, so an installation is there before the
 * repairs of its unit. The table's serial index stays up during the load
 * for that lookup. */
#include "config.h"
#include "bench/gen.h"
#include "base/date.h"
#include "core/service_rules.h"

#include <stdio.h>
#include <string.h>

#define HOUR 60
#define DAY (24 * HOUR)

static const char *const engineers[] = { "钱工", "孙工", "赵工", "郑工", "何工", NULL };
static const char *const faults[] = {
	"开机报错，无法进入工作界面", "显示屏黑屏", "测量结果偏差超出允许范围", "电源故障，无法开机",
	"报警频繁，无法消除", "传感器损坏", NULL,
};
static const char *const fixes[] = {
	"更换主板后复测合格", "更换显示屏，功能恢复", "重新校准，复测合格", "更换电源模块",
	"清洁并更换传感器，试运行正常", NULL,
};

struct kind {
	const char *code;
	int share;                     /* percent */
	int back_lo, back_hi;          /* days from the sale */
	const char *const *asked, *const *done;
};

static const char *const ask_install[] = { "新购设备安装调试", NULL };
static const char *const done_install[] = { "安装调试完成，各项指标正常，用户验收", NULL };
static const char *const ask_visit[] = { "定期巡检", "季度维护保养", NULL };
static const char *const done_visit[] = { "巡检正常，已做清洁保养", "保养完成，运行正常", NULL };
static const char *const ask_training[] = { "新进操作人员培训", "操作规程培训", NULL };
static const char *const done_training[] = { "培训完成，操作人员已掌握", NULL };

static const struct kind kinds[] = {
	{ "install", 15, 1, 10, ask_install, done_install },
	{ "repair", 50, 30, 1800, faults, fixes },
	{ "visit", 25, 0, 1000, ask_visit, done_visit },
	{ "training", 10, 1, 30, ask_training, done_training },
};

static const struct kind *kind_draw(struct rng *r)
{
	int u = rng_range(r, 1, 100);
	for (int i = 0; i < 3; i++)
		if ((u -= kinds[i].share) <= 0)
			return &kinds[i];
	return &kinds[3];
}

/* lo..hi minutes mostly; late (lo2..hi2) in pct percent of the tickets */
static int64_t delay(struct rng *r, int64_t lo, int64_t hi, int pct, int64_t lo2, int64_t hi2)
{
	if (rng_range(r, 1, 100) <= pct)
		return lo2 + (int64_t)(rng_unit(r) * (double)(hi2 - lo2));
	return lo + (int64_t)(rng_unit(r) * (double)(hi - lo));
}

/* What service_check finds for a repair: the latest acceptance of the
 * unit (product and serial), else its latest sale date; NULL when neither.
 * gen's serial numbers are their own keys. */
static int warranty_start(sqlite3 *h, sqlite3_stmt *q[2], int64_t product, const char *serial,
                          char out[11], const char **basis)
{
	out[0] = '\0';
	*basis = "unknown";
	for (int i = 0; serial[0] && !out[0] && i < 2; i++) {
		sqlite3_bind_int64(q[i], 1, product);
		sqlite3_bind_text(q[i], 2, serial, -1, SQLITE_STATIC);
		int step = sqlite3_step(q[i]);
		if (step == SQLITE_ROW && sqlite3_column_type(q[i], 0) != SQLITE_NULL) {
			snprintf(out, 11, "%s", sqlite3_column_text(q[i], 0));
			*basis = i == 0 ? "acceptance" : "sale_date";
		}
		sqlite3_reset(q[i]);
		if (step != SQLITE_ROW)
			return gen_fail(h, "warranty");
	}
	return SQLITE_OK;
}

static void bind_time(sqlite3_stmt *st, int i, int64_t t, int64_t now)
{
	char text[17];
	if (t == SVC_NONE || t > now) {
		sqlite3_bind_null(st, i);
		return;
	}
	gen_time_text(t, text);
	sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT);
}

static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

/* The repair's charge as service_check computes it, now and then
 * overridden with a reason. */
static int bind_charge(sqlite3 *h, sqlite3_stmt *st, sqlite3_stmt *q[2], struct rng *r,
                       const struct gen_sale *s, int64_t notified)
{
	char from[11];
	const char *basis, *charge = "paid", *reason = NULL;
	int rc = warranty_start(h, q, s->product, s->serial, from, &basis);
	if (rc)
		return rc;
	struct ymd acc, when = date_from_days(notified / DAY);
	if (from[0] && date_parse(from, &acc) == DATE_OK)
		charge = warranty_free(&acc, &when) ? "warranty" : "paid";
	if (from[0] && rng_range(r, 1, 100) <= 2) {
		bool free = strcmp(charge, "warranty") == 0;
		charge = free ? "paid" : "warranty";
		reason = free ? "人为损坏，不属于保修范围" : "长期合作客户，经经理批准免费维修";
	}
	sqlite3_bind_text(st, 16, charge, -1, SQLITE_STATIC);
	bind_opt(st, 17, reason);
	bind_opt(st, 19, from);
	sqlite3_bind_text(st, 20, basis, -1, SQLITE_STATIC);
	return SQLITE_OK;
}

int gen_service(struct gen_world *w, int64_t n)
{
	sqlite3_stmt *st, *q[2] = { 0 };
	if (sqlite3_prepare_v2(w->h,
	        "INSERT INTO service (created_at, created_by, kind, customer, product, serial,"
	        " notified_at, responded_at, onsite_at, parts_in_stock, parts_arrived_at,"
	        " resolved_at, engineer, description, resolution, charge, charge_reason,"
	        " accepted_on, warranty_from, warranty_basis, serial_key, checklist,"
	        " customer_signatory)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(w->h, "service");
	if (sqlite3_prepare_v2(w->h, "SELECT max(accepted_on) FROM service WHERE product = ?1 AND"
	                             " serial_key = ?2 AND kind = 'install' AND voided = 0", -1, &q[0], NULL) ||
	    sqlite3_prepare_v2(w->h, "SELECT max(sale_date) FROM sales WHERE +product = ?1 AND"
	                             " serial_key = ?2 AND +voided = 0", -1, &q[1], NULL)) {
		sqlite3_finalize(st);
		sqlite3_finalize(q[0]);
		return gen_fail(w->h, "warranty");
	}
	struct rng r = { w->seed ^ 0x5e7f1ce05e7f1ce0u };
	int64_t now = gen_now(w);
	int rc = SQLITE_OK;
	for (int64_t i = 0; i < n && rc == SQLITE_OK; i++) {
		int64_t notified = gen_when(w, &r, i, n);
		const struct kind *k = kind_draw(&r);
		struct gen_sale s;
		int back = k->back_lo + (int)((k->back_hi - k->back_lo) * rng_unit(&r));
		if ((rc = gen_sale_pick(w, &r, notified / DAY, back, true, &s)) != SQLITE_OK)
			break;
		if (s.day > notified / DAY) /* the first days: no earlier sale */
			notified = s.day * DAY + 16 * HOUR;
		bool repair = strcmp(k->code, "repair") == 0, install = strcmp(k->code, "install") == 0;
		int64_t responded, onsite, arrived = SVC_NONE, resolved;
		if (svc_same_city(w->office_city, s.city)) {
			responded = notified + delay(&r, 10, 2 * HOUR, 0, 0, 0);
			onsite = notified + delay(&r, 2 * HOUR, 30 * HOUR, 8, 49 * HOUR, 96 * HOUR);
		} else {
			responded = notified + delay(&r, 10, 20 * HOUR, 5, 49 * HOUR, 72 * HOUR);
			onsite = notified + delay(&r, DAY, 6 * DAY, 8, 7 * DAY + HOUR, 10 * DAY);
		}
		responded = gen_office(responded);
		onsite = gen_office(onsite);
		if (onsite < responded)
			onsite = responded + 30;
		int in_stock = -1;
		resolved = gen_office(onsite + delay(&r, HOUR, 6 * HOUR, 0, 0, 0));
		if (repair) {
			in_stock = rng_range(&r, 1, 100) <= 85;
			if (!in_stock) { /* parts from abroad: 30 days, some later */
				arrived = notified + delay(&r, 7 * DAY, 25 * DAY, 10, 26 * DAY, 40 * DAY);
				arrived = gen_office(arrived);
				if (arrived < onsite)
					arrived = onsite + HOUR;
				resolved = gen_office(arrived + delay(&r, 2 * HOUR, 8 * HOUR, 0, 0, 0));
			}
		}
		/* a few recent tickets wait for something besides the clock */
		if (now - notified < 60 * DAY && rng_range(&r, 1, 100) <= 10)
			resolved = SVC_NONE;
		bool done = resolved != SVC_NONE && resolved <= now;
		char stamp[21], accepted[11] = "";
		gen_stamp(notified + rng_range(&r, 5, 60), stamp);
		int64_t accepted_day = resolved / DAY + rng_range(&r, 0, 7);
		if (install && done && accepted_day <= w->end)
			gen_day_text(accepted_day, accepted);
		sqlite3_bind_text(st, 1, stamp, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, GEN_USER, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, k->code, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, s.customer);
		sqlite3_bind_int64(st, 5, s.product);
		bind_opt(st, 6, s.serial);
		bind_opt(st, 21, s.serial);
		bind_time(st, 7, notified, now);
		bind_time(st, 8, responded, now);
		bind_time(st, 9, onsite, now);
		if (in_stock >= 0 && onsite <= now)
			sqlite3_bind_int(st, 10, in_stock);
		else
			sqlite3_bind_null(st, 10);
		bind_time(st, 11, arrived, now);
		bind_time(st, 12, done ? resolved : SVC_NONE, now);
		bind_opt(st, 13, onsite <= now ? gen_pick(&r, engineers) : NULL);
		bind_opt(st, 14, gen_pick(&r, k->asked));
		bind_opt(st, 15, done ? gen_pick(&r, k->done) : NULL);
		bind_opt(st, 18, accepted);
		/* the final acceptance: the checklist both sides confirmed, signed */
		bind_opt(st, 22, accepted[0] ? "外观、开机自检、功能测试：双方逐项确认" : NULL);
		bind_opt(st, 23, accepted[0] ? "设备科" : NULL);
		if (repair) {
			rc = bind_charge(w->h, st, q, &r, &s, notified);
		} else {
			for (int c = 16; c <= 20; c++)
				if (c != 18)
					sqlite3_bind_null(st, c);
		}
		if (rc == SQLITE_OK)
			rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "service");
		sqlite3_reset(st);
	}
	sqlite3_finalize(q[0]);
	sqlite3_finalize(q[1]);
	sqlite3_finalize(st);
	return rc;
}
