/* The records that refer to the sales: complaints and quality tracking
 * (service tickets in gen_service.c, surveys in gen_surveys.c), and what
 * they share: the sales line a record is about, times in office hours.
 * Each kind is entered in date order, so ids follow the dates as in an
 * office; old complaints are closed, recent ones still open. */
#include "config.h"
#include "bench/gen.h"
#include "base/date.h"
#include "core/service_rules.h"

#include <stdio.h>
#include <string.h>

#define DAY (24 * 60)

int gen_world_init(struct gen_world *w, sqlite3 *h, uint64_t seed, int64_t nsales, int ncust,
                   int nprod, const struct gen_product *prods)
{
	memset(w, 0, sizeof *w);
	w->h = h;
	w->seed = seed;
	w->nsales = nsales;
	w->ncust = ncust;
	w->nprod = nprod;
	w->prods = prods;
	struct ymd last;
	date_parse(GEN_LAST_DAY, &last);
	w->end = date_to_days(&last);
	struct ymd first = last;
	first.y -= GEN_YEARS;
	w->start = date_to_days(&first) + 1;
	zipf_init(&w->zc, ncust, 1.0);
	zipf_init(&w->zp, nprod, 1.0);
	if (sqlite3_prepare_v2(h, "SELECT s.product, s.customer, s.batch, s.serial, s.sale_date,"
	                          " c.city FROM sales s JOIN customers c ON c.id = s.customer"
	                          " WHERE s.id = ?", -1, &w->sale, NULL) != SQLITE_OK ||
	    /* instruments are the lines with a serial number and no batch */
	    sqlite3_prepare_v2(h, "SELECT id FROM sales WHERE id <= ? AND batch IS NULL"
	                          " ORDER BY id DESC LIMIT 1", -1, &w->instrument, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "SELECT city FROM customers WHERE id = ?", -1, &w->city,
	                       NULL) != SQLITE_OK)
		return gen_fail(h, "sales lookup");
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, "SELECT value FROM settings WHERE key = 'city'", -1, &st,
	                       NULL) != SQLITE_OK)
		return gen_fail(h, "settings");
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(w->office_city, sizeof w->office_city, "%s", sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return SQLITE_OK;
}

void gen_world_free(struct gen_world *w)
{
	sqlite3_finalize(w->sale);
	sqlite3_finalize(w->instrument);
	sqlite3_finalize(w->city);
	zipf_free(&w->zc);
	zipf_free(&w->zp);
}

void gen_day_text(int64_t day, char out[11])
{
	struct ymd d = date_from_days(day);
	date_format(&d, out);
}

void gen_time_text(int64_t minutes, char out[17])
{
	svc_minutes_format(minutes, out);
}

void gen_stamp(int64_t minutes, char out[21])
{
	char t[17];
	svc_minutes_format(minutes - 8 * 60, t); /* Beijing time is UTC+8 */
	/* seconds are not drawn, so they cannot shift other draws */
	char stamp[40];
	snprintf(stamp, sizeof stamp, "%.10sT%.5s:%02dZ", t, t + 11, (int)(minutes * 37 % 60));
	memcpy(out, stamp, 20);
	out[20] = '\0';
}

int64_t gen_now(const struct gen_world *w)
{
	return w->end * DAY + 9 * 60;
}

int64_t gen_when(const struct gen_world *w, struct rng *r, int64_t i, int64_t n)
{
	int64_t span = w->end - w->start + 1;
	int64_t t = (w->start + i * span / n) * DAY + 8 * 60 + rng_range(r, 0, 570);
	return t > gen_now(w) ? gen_now(w) - rng_range(r, 0, 60) : t;
}

int64_t gen_office(int64_t t)
{
	int64_t m = t % DAY; /* times here are after 1970: never negative */
	/* the night's work is done over the next morning */
	if (m < 8 * 60)
		return t - m + 8 * 60 + m % 240;
	if (m >= 18 * 60)
		return t - m + DAY + 8 * 60 + m % 240;
	return t;
}

const char *gen_pick(struct rng *r, const char *const *list)
{
	int n = 0;
	while (list[n])
		n++;
	return list[rng_range(r, 0, n - 1)];
}

static void copy_col(sqlite3_stmt *st, int col, char *out, size_t size)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	snprintf(out, size, "%s", s ? (const char *)s : "");
}

int gen_sale_pick(struct gen_world *w, struct rng *r, int64_t day, int back, bool instrument,
                  struct gen_sale *out)
{
	memset(out, 0, sizeof *out);
	if (w->nsales == 0) {
		out->product = zipf_draw(&w->zp, r) + 1;
		out->customer = zipf_draw(&w->zc, r) + 1;
		out->day = day;
		sqlite3_bind_int64(w->city, 1, out->customer);
		if (sqlite3_step(w->city) == SQLITE_ROW)
			copy_col(w->city, 0, out->city, sizeof out->city);
		sqlite3_reset(w->city);
		return SQLITE_OK;
	}
	int64_t target = day - rng_range(r, 0, back);
	if (target < w->start) /* not before the first sale: somewhere since */
		target = w->start + rng_range(r, 0, (int)(day - w->start));
	/* sale i (from 0) was entered on start + i * span / n: the last one
	 * entered by target, less a few of that day */
	int64_t span = w->end - w->start + 1;
	int64_t id = ((target - w->start + 1) * w->nsales + span - 1) / span;
	id -= rng_range(r, 0, (int)(w->nsales / span));
	if (id < 1)
		id = 1;
	if (id > w->nsales)
		id = w->nsales;
	if (instrument) {
		sqlite3_bind_int64(w->instrument, 1, id);
		if (sqlite3_step(w->instrument) == SQLITE_ROW)
			id = sqlite3_column_int64(w->instrument, 0);
		sqlite3_reset(w->instrument);
	}
	sqlite3_bind_int64(w->sale, 1, id);
	int rc = sqlite3_step(w->sale) == SQLITE_ROW ? SQLITE_OK : gen_fail(w->h, "sales lookup");
	if (rc == SQLITE_OK) {
		out->id = id;
		out->product = sqlite3_column_int64(w->sale, 0);
		out->customer = sqlite3_column_int64(w->sale, 1);
		copy_col(w->sale, 2, out->batch, sizeof out->batch);
		copy_col(w->sale, 3, out->serial, sizeof out->serial);
		struct ymd d;
		date_parse((const char *)sqlite3_column_text(w->sale, 4), &d);
		out->day = date_to_days(&d);
		copy_col(w->sale, 5, out->city, sizeof out->city);
	}
	sqlite3_reset(w->sale);
	return rc;
}

/* Binds text, or NULL for an empty string. */
static void bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	if (s && *s)
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static const char *const staff[] = {
	"沈文", "高洁", "许峰", "冯丽", "韩磊", "曹敏", "彭涛", "吕娜", NULL,
};
static const char *const contacts[] = {
	"王护士长", "李主任", "张医生", "刘工程师", "陈科长", "杨老师", "周护士", "吴采购", NULL,
};

/* ---- complaints ---- */

static const char *const complaint_batch[] = {
	"外包装破损，内包装有污渍", "开封后发现产品内有异物", "注射针头弯曲，无法使用",
	"导管连接处渗漏", "标签规格与实物不符", "灭菌包装封口开裂", "实收数量少于送货单",
	"有效期标注不清晰", NULL,
};
static const char *const complaint_unit[] = {
	"设备开机自检报错", "显示屏无显示", "测量数值偏差较大", "运行时噪音异常",
	"电池续航时间明显缩短", "打印机频繁卡纸", NULL,
};
static const char *const causes[] = {
	"运输途中挤压造成包装破损", "该批次个别产品存在生产缺陷", "仓库发货时未逐件核对",
	"用户未按说明书操作", "元器件老化", "厂家标签印刷错误", NULL,
};
static const char *const actions[] = {
	"更换同规格合格产品，加强运输包装", "通知生产企业调查，问题产品退回",
	"对发货人员复核培训，出库双人核对", "上门指导正确操作方法", "更换故障部件并复测合格", NULL,
};
static const char *const views[] = {
	"满意", "基本满意", "对处理结果满意，希望加强出库检查", "处理及时，满意", NULL,
};

/* Old complaints are closed; the last weeks' still being worked on. */
static const char *complaint_status(struct rng *r, int64_t age_days)
{
	int u = rng_range(r, 1, 100);
	if (age_days > 60)
		return u <= 96 ? "closed" : u <= 99 ? "replied" : "investigating";
	if (age_days > 15)
		return u <= 70 ? "closed" : u <= 85 ? "replied" : u <= 95 ? "investigating" : "open";
	return u <= 30 ? "closed" : u <= 55 ? "replied" : u <= 80 ? "investigating" : "open";
}

int gen_complaints(struct gen_world *w, int64_t n)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(w->h,
	        "INSERT INTO complaints (created_at, created_by, received_at, customer, contact,"
	        " product, batch, serial, content, received_by, reported_at, cause, action,"
	        " handled_by, reply_date, customer_view, status, closed_date, adverse_event)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(w->h, "complaints");
	struct rng r = { w->seed ^ 0xc0a1a1e5c0a1a1e5u };
	int64_t now = gen_now(w);
	int rc = SQLITE_OK;
	for (int64_t i = 0; i < n && rc == SQLITE_OK; i++) {
		int64_t at = gen_when(w, &r, i, n);
		int64_t day = at / DAY;
		struct gen_sale s;
		double u = rng_unit(&r);
		if ((rc = gen_sale_pick(w, &r, day, (int)(720 * u * u), false, &s)) != SQLITE_OK)
			break;
		if (s.day > day) /* the first days: no earlier sale */
			at = s.day * DAY + 16 * 60;
		const char *status = complaint_status(&r, w->end - at / DAY);
		bool unit = s.serial[0] && !s.batch[0];
		char received[17], reported[17] = "", reply[11] = "", closed[11] = "", stamp[21];
		gen_time_text(at, received);
		gen_stamp(at + rng_range(&r, 5, 90), stamp);
		/* reported to quality within 2 working days, a few later */
		int64_t rep = at + (rng_range(&r, 1, 100) <= 95 ? rng_range(&r, 30, 2 * DAY)
		                                                 : rng_range(&r, 2 * DAY, 5 * DAY));
		rep = gen_office(rep);
		bool is_open = strcmp(status, "open") == 0, is_closed = strcmp(status, "closed") == 0;
		if (rep <= now && (!is_open || rng_range(&r, 0, 1)))
			gen_time_text(rep, reported);
		bool replied = strcmp(status, "replied") == 0 || is_closed;
		int64_t reply_day = at / DAY + rng_range(&r, 3, 15);
		if (reply_day > w->end)
			reply_day = w->end;
		int64_t closed_day = reply_day + rng_range(&r, 0, 20);
		if (closed_day > w->end)
			closed_day = w->end;
		if (replied)
			gen_day_text(reply_day, reply);
		if (is_closed)
			gen_day_text(closed_day, closed);
		bool caused = replied || (strcmp(status, "investigating") == 0 && rng_range(&r, 0, 1));
		sqlite3_bind_text(st, 1, stamp, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, GEN_USER, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, received, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 4, s.customer);
		bind_opt(st, 5, gen_pick(&r, contacts));
		sqlite3_bind_int64(st, 6, s.product);
		bind_opt(st, 7, s.batch);
		bind_opt(st, 8, s.serial);
		bind_opt(st, 9, gen_pick(&r, unit ? complaint_unit : complaint_batch));
		bind_opt(st, 10, gen_pick(&r, staff));
		bind_opt(st, 11, reported);
		bind_opt(st, 12, caused ? gen_pick(&r, causes) : NULL);
		bind_opt(st, 13, replied ? gen_pick(&r, actions) : NULL);
		bind_opt(st, 14, is_open ? NULL : gen_pick(&r, staff));
		bind_opt(st, 15, reply);
		bind_opt(st, 16, is_closed ? gen_pick(&r, views) : NULL);
		sqlite3_bind_text(st, 17, status, -1, SQLITE_STATIC);
		bind_opt(st, 18, closed);
		int ae = rng_range(&r, 1, 100);
		if (ae <= 70)
			sqlite3_bind_int(st, 19, ae <= 2);
		else
			sqlite3_bind_null(st, 19);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "complaints");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- quality tracking ---- */

static const char *const performance[] = {
	"运行稳定，性能良好", "使用正常，未见异常", "产品质量稳定，临床反馈良好",
	"偶有报警，经调整后正常", "包装完好，使用顺畅", NULL,
};
static const char *const problems[] = {
	"个别包装封口不严", "显示屏偶有闪烁", "随货说明书版本较旧", "部分标签字迹褪色", NULL,
};
static const char *const measures[] = {
	"已反馈生产企业改进", "已更换问题产品", "已提供新版说明书", "加强到货验收", NULL,
};
static const char *const results[] = {
	"合格", "跟踪合格，继续使用", "问题已解决，继续跟踪", NULL,
};

int gen_quality(struct gen_world *w, int64_t n)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(w->h,
	        "INSERT INTO quality (created_at, created_by, date, product, batch, serial, customer,"
	        " performance, problems, measures, tracked_by, result, problems_found)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return gen_fail(w->h, "quality");
	struct rng r = { w->seed ^ 0x9a11c7e59a11c7e5u };
	int rc = SQLITE_OK;
	for (int64_t i = 0; i < n && rc == SQLITE_OK; i++) {
		int64_t at = gen_when(w, &r, i, n);
		struct gen_sale s;
		double u = rng_unit(&r);
		if ((rc = gen_sale_pick(w, &r, at / DAY, (int)(720 * u * u), false, &s)) != SQLITE_OK)
			break;
		if (s.day > at / DAY)
			at = s.day * DAY + 16 * 60;
		char date[11], stamp[21];
		gen_day_text(at / DAY, date);
		gen_stamp(at, stamp);
		bool trouble = rng_range(&r, 1, 100) <= 15;
		sqlite3_bind_text(st, 1, stamp, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, GEN_USER, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 4, s.product);
		bind_opt(st, 5, s.batch);
		bind_opt(st, 6, s.serial);
		sqlite3_bind_int64(st, 7, s.customer);
		bind_opt(st, 8, gen_pick(&r, performance));
		bind_opt(st, 9, trouble ? gen_pick(&r, problems) : NULL);
		bind_opt(st, 10, trouble ? gen_pick(&r, measures) : NULL);
		bind_opt(st, 11, gen_pick(&r, staff));
		bind_opt(st, 12, gen_pick(&r, results));
		sqlite3_bind_int(st, 13, trouble);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(w->h, "quality");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}
