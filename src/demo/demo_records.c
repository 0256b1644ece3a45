/* The demo office's other paper records, drawn around its sales: yearly
 * satisfaction surveys, complaints, quality tracking, training, service
 * tickets, adverse events, returns and implant records. Entered through
 * records_add and lines_add by the users whose role fits, inside
 * demo_fill's transaction. Every count here follows from the constants
 * below; tests/cli/demo.sh checks them. */
#include "config.h"
#include "demo/demo_data.h"
#include "demo/demo_records.h"
#include "core/lines.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SURVEY_SKIP 8       /* customer i is not surveyed when i % 8 == 7 */
#define COMPLAINTS_CLOSED 28 /* plus two open */
#define QUALITY_VISITS 60
#define INSTALL_AFTER 14    /* instruments sold this many days ago or more are installed */
#define OPERATOR_EVERY 10   /* operators trained at every 10th installation */
#define REPAIRS_DONE 24     /* plus one open */
#define IMPLANT_AFTER 70    /* implant units sold this long ago or more are recorded */

#define MIN_PER_DAY 1440

struct ctx {
	struct session *s;
	struct rng r;
	const struct demo_sold *sold;
	int nsold;
	int64_t first, today, now; /* days, days, minutes */
	int returned[2];           /* sold[] taken back: no installation, no repair */
};

static void day_text(int64_t day, char out[11])
{
	struct ymd d = date_from_days(day);
	date_format(&d, out);
}

/* minutes since 1970-01-01 as "2026-03-02 09:00" */
static void at_text(int64_t minutes, char out[17])
{
	struct ymdhm t = { date_from_days(minutes / MIN_PER_DAY), (int)(minutes % MIN_PER_DAY / 60),
	                   (int)(minutes % 60) };
	datetime_format(&t, out);
}

static int add(struct ctx *c, const char *form, const struct assigns *as, int64_t *id,
               struct gerr *err)
{
	int64_t dummy;
	return records_add(c->s, form_find(form), as->a, as->n, id ? id : &dummy, err);
}

static bool is_returned(const struct ctx *c, int k)
{
	return k == c->returned[0] || k == c->returned[1];
}

/* The last unit of the goods kind sold before day and not returned, or
 * a random one of them when any is true; -1 when there is none. */
static int sold_before(struct ctx *c, int64_t day, enum demo_goods g, bool any)
{
	int n = 0;
	while (n < c->nsold && c->sold[n].day < day)
		n++;
	for (int tries = any ? 40 : 0; tries > 0 && n > 0; tries--) {
		int k = rng_range(&c->r, 0, n - 1);
		if (demo_products[c->sold[k].pi].goods == g && !is_returned(c, k))
			return k;
	}
	for (int k = n - 1; k >= 0; k--)
		if (demo_products[c->sold[k].pi].goods == g && !is_returned(c, k))
			return k;
	return -1;
}

static void code_of(int ci, char out[16])
{
	snprintf(out, 16, "C%03d", ci + 1);
}

static const char *const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙" };
static const char *const given[] = { "秀英", "建国", "丽华", "志强", "海燕", "伟", "敏", "军", "静怡", "晓明", "桂兰", "磊" };

static void person(struct rng *r, char out[32])
{
	snprintf(out, 32, "%s%s", PICK(r, surnames), PICK(r, given));
}

/* ---- surveys ---- */

static const char *const survey_items[] = { "quality", "delivery", "service", "support", "response", "price" };
static const char *const suggestions[] = {
	"希望节假日也能安排急诊配送", "建议价格调整提前一个月通知", "希望多安排几次操作培训",
	"维修时希望提供备用机", "发票请随货同行", "希望增加小包装规格",
};

/* mostly 4 and 5, some 3, a few 2 */
static int score(struct rng *r)
{
	int x = rng_range(r, 0, 99);
	return x < 55 ? 5 : x < 88 ? 4 : x < 97 ? 3 : 2;
}

/* by the quality manager: only that role may write the scores */
static int add_surveys(struct ctx *c, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_QUALITY, err);
	int year0 = date_from_days(c->today).y - 3;
	for (int y = 0; y < 3; y++)
		for (int ci = 0; rc == GERR_OK && ci < demo_ncustomers; ci++) {
			if (ci % SURVEY_SKIP == SURVEY_SKIP - 1)
				continue;
			/* the forms come back in December, always before today */
			char year[16], cust[16], date[24], overall[4], val[6][4];
			snprintf(year, sizeof year, "%d", year0 + y);
			snprintf(date, sizeof date, "%d-12-%02d", year0 + y, 1 + ci % 20);
			code_of(ci, cust);
			snprintf(overall, sizeof overall, "%d", score(&c->r));
			struct assigns h = { .n = 0 }, l[6];
			struct line_edit lines[6];
			for (int k = 0; k < 6; k++) {
				snprintf(val[k], sizeof val[k], "%d", score(&c->r));
				l[k].n = 0;
				put(&l[k], "item", survey_items[k]);
				put(&l[k], "score", val[k]);
				lines[k] = (struct line_edit){ 0, false, l[k].a, l[k].n };
			}
			put(&h, "year", year);
			put(&h, "customer", cust);
			put(&h, "respondent", demo_customers[ci].contact);
			put(&h, "date", date);
			put(&h, "overall", overall);
			put(&h, "suggestions", rng_chance(&c->r, 15) ? PICK(&c->r, suggestions) : NULL);
			int64_t id;
			rc = lines_add(c->s, form_find("surveys"), h.a, h.n, lines, 6, &id, err);
		}
	return rc;
}

/* ---- complaints ---- */

static const char *const complaints_text[][3] = {
	/* complaint, cause, action */
	{ "开机后屏幕偶尔黑屏", "显示屏排线接触不良", "更换排线，同批次设备巡检" },
	{ "到货外包装破损", "物流途中挤压", "更换包装，要求承运商加固" },
	{ "送货比约定晚了两天", "仓库排单遗漏", "增加发货前复核，专人跟单" },
	{ "报警声音过小，病房听不清", "出厂音量设置偏低", "上门调高音量，培训科室设置方法" },
	{ "随货资料缺少合格证", "仓库漏放合格证", "补寄合格证，出库检查表增加此项" },
	{ "植入物标签与发票规格不符", "开票时选错规格", "重开发票，开票与出库单双人核对" },
};

static int add_complaint(struct ctx *c, int64_t received, bool closed, bool reported,
                         struct gerr *err)
{
	int k = sold_before(c, received / MIN_PER_DAY, rng_chance(&c->r, 70) ? DG_INSTRUMENT : DG_IMPLANT,
	                    true);
	if (k < 0)
		return GERR_OK;
	const struct demo_sold *u = &c->sold[k];
	int t = rng_range(&c->r, 0, 5);
	char at[17], rep[17], cust[16], reply[11], shut[11];
	at_text(received, at);
	at_text(received + 120, rep);
	day_text(received / MIN_PER_DAY + 3, reply);
	day_text(received / MIN_PER_DAY + 5, shut);
	code_of(u->ci, cust);
	struct assigns as = { .n = 0 };
	put(&as, "received_at", at);
	put(&as, "customer", cust);
	put(&as, "contact", demo_customers[u->ci].contact);
	put(&as, "product", demo_products[u->pi].code);
	put(&as, "batch", u->batch);
	put(&as, "serial", u->serial);
	put(&as, "content", complaints_text[t][0]);
	put(&as, "received_by", "王芳");
	if (reported)
		put(&as, "reported_at", rep);
	if (closed) {
		put(&as, "cause", complaints_text[t][1]);
		put(&as, "action", complaints_text[t][2]);
		put(&as, "handled_by", "李静");
		put(&as, "reply_date", reply);
		put(&as, "customer_view", rng_chance(&c->r, 80) ? "满意" : "基本满意");
		put(&as, "closed_date", shut);
	}
	put(&as, "status", closed ? "closed" : reported ? "investigating" : "open");
	return add(c, "complaints", &as, NULL, err);
}

static int add_complaints(struct ctx *c, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_QUALITY, err);
	for (int k = 0; rc == GERR_OK && k < COMPLAINTS_CLOSED; k++)
		rc = add_complaint(c, (c->first + 30 + 37 * k) * MIN_PER_DAY + 9 * 60 + 30 * (k % 8),
		                   true, true, err);
	/* one reported yesterday and being looked into; one left 20 days,
	 * past the 5 working days for its cause even over a holiday week */
	if (rc == GERR_OK)
		rc = add_complaint(c, (c->today - 1) * MIN_PER_DAY + 9 * 60, false, true, err);
	if (rc == GERR_OK)
		rc = add_complaint(c, (c->today - 20) * MIN_PER_DAY + 15 * 60, false, false, err);
	return rc;
}

/* ---- quality tracking ---- */

static const char *const performance[] = {
	"运行正常，各项功能良好", "使用频繁，性能稳定", "科室反映操作方便，结果可靠",
	"外观完好，自检通过", "临床使用情况良好，无不良反馈",
};

static int add_quality(struct ctx *c, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_ENGINEER, err);
	for (int k = 0; rc == GERR_OK && k < QUALITY_VISITS; k++) {
		int64_t day = c->first + 20 + 18 * k;
		int u = sold_before(c, day, k % 4 == 3 ? DG_IMPLANT : DG_INSTRUMENT, true);
		if (u < 0)
			u = sold_before(c, day, DG_INSTRUMENT, false);
		if (u < 0)
			continue; /* only when the sales have no instrument yet */
		char date[11], cust[16];
		day_text(day, date);
		code_of(c->sold[u].ci, cust);
		bool problem = k % 7 == 6;
		struct assigns as = { .n = 0 };
		put(&as, "date", date);
		put(&as, "product", demo_products[c->sold[u].pi].code);
		put(&as, "batch", c->sold[u].batch);
		put(&as, "serial", c->sold[u].serial);
		put(&as, "customer", cust);
		put(&as, "performance", PICK(&c->r, performance));
		put(&as, "problems_found", problem ? "yes" : "no");
		put(&as, "problems", problem ? "使用人员未按说明书定期清洁" : NULL);
		put(&as, "measures", problem ? "现场演示清洁保养方法，留下保养记录表" : NULL);
		put(&as, "tracked_by", "赵磊");
		put(&as, "result", problem ? "已整改，下次回访复查" : "正常使用");
		rc = add(c, "quality", &as, NULL, err);
	}
	return rc;
}

/* ---- training ---- */

static const char *const departments[] = { "检验科", "手术室", "重症医学科", "设备科", "急诊科", "超声科" };

struct trainee {
	char name[32], unit[64];
	const char *result, *retrain_date;
};

static int add_session(struct ctx *c, int64_t day, const char *topic, const char *kind,
                       const char *customer, const char *place, const struct trainee *t,
                       int nt, struct gerr *err)
{
	char date[11];
	day_text(day, date);
	struct assigns h = { .n = 0 }, l[6];
	struct line_edit lines[6];
	put(&h, "date", date);
	put(&h, "topic", topic);
	put(&h, "kind", kind);
	put(&h, "trainer", "陈敏");
	put(&h, "hours", "2");
	put(&h, "place", place);
	put(&h, "customer", customer);
	for (int k = 0; k < nt; k++) {
		l[k].n = 0;
		put(&l[k], "name", t[k].name);
		put(&l[k], "unit", t[k].unit);
		put(&l[k], "result", t[k].result);
		put(&l[k], "retrain_date", t[k].retrain_date);
		lines[k] = (struct line_edit){ 0, false, l[k].a, l[k].n };
	}
	int64_t id;
	return lines_add(c->s, form_find("training"), h.a, h.n, lines, nt, &id, err);
}

static const char *const regulations[] = {
	"《医疗器械监督管理条例》学习", "《医疗器械经营质量管理规范》培训",
	"医疗器械不良事件监测和再评价管理办法", "医疗器械召回管理办法",
	"植入性医疗器械追溯要求", "冷链与无菌器械储存要求",
};

/* The staff register of the 5 demo users, and their training twice a
 * year: 6 sessions. */
static int add_staff_training(struct ctx *c, struct gerr *err)
{
	static const struct trainee staff[] = {
		{ "李静", "质量管理部", "passed", NULL }, { "王芳", "销售部", "passed", NULL },
		{ "陈敏", "行政部", "passed", NULL },    { "赵磊", "售后服务部", "passed", NULL },
		{ "刘洋", "总经理室", "passed", NULL },
	};
	static const char *const roles[] = { "质量负责人", "销售内勤", "培训负责人", "维修工程师",
		                             "总经理" };
	int rc = GERR_OK;
	char start[11];
	day_text(c->first, start);
	for (int k = 0; rc == GERR_OK && k < 5; k++) { /* the staff register */
		struct assigns as = { .n = 0 };
		put(&as, "name", staff[k].name);
		put(&as, "department", staff[k].unit);
		put(&as, "role", roles[k]);
		put(&as, "start_date", start);
		rc = add(c, "staff", &as, NULL, err);
	}
	for (int k = 0; rc == GERR_OK && k < 6; k++)
		rc = add_session(c, c->first + 90 + 182 * k, regulations[k], "regulations", NULL,
		                 "公司会议室", staff, 5, err);
	return rc;
}

/* Two operators of the customer after an installation; the first such
 * session fails one operator who passes a month later, the last fails one
 * who is still due. */
static int add_operator_training(struct ctx *c, const int *inst, int n, struct gerr *err)
{
	int rc = GERR_OK;
	for (int k = 0; rc == GERR_OK && k < n; k++) {
		const struct demo_sold *u = &c->sold[inst[k]];
		struct trainee t[2];
		char topic[200], cust[16], again[11];
		for (int i = 0; i < 2; i++) {
			person(&c->r, t[i].name);
			snprintf(t[i].unit, sizeof t[i].unit, "%s", PICK(&c->r, departments));
			t[i].result = "passed";
			t[i].retrain_date = NULL;
		}
		day_text(u->day + 2 + 30, again);
		bool fail = k == 0 || k == n - 1;
		if (fail) {
			t[1].result = "retrain";
			t[1].retrain_date = again;
		}
		snprintf(topic, sizeof topic, "%s操作培训", demo_products[u->pi].name);
		code_of(u->ci, cust);
		rc = add_session(c, u->day + 2, topic, "customer", cust, "客户科室", t, 2, err);
		if (rc == GERR_OK && k == 0) {
			t[1].result = "passed";
			t[1].retrain_date = NULL;
			rc = add_session(c, u->day + 32, topic, "customer", cust, "客户科室", &t[1], 1, err);
		}
	}
	return rc;
}

/* ---- service ---- */

static int add_ticket(struct ctx *c, const struct demo_sold *u, const char *kind, int64_t notified,
                      int64_t onsite, int64_t resolved, const char *accepted,
                      const char *description, const char *resolution, struct gerr *err)
{
	char cust[16], n_at[17], r_at[17], o_at[17], d_at[17];
	code_of(u->ci, cust);
	at_text(notified, n_at);
	at_text(notified + 60, r_at);
	at_text(onsite, o_at);
	at_text(resolved, d_at);
	struct assigns as = { .n = 0 };
	put(&as, "kind", kind);
	put(&as, "customer", cust);
	put(&as, "product", demo_products[u->pi].code);
	put(&as, "serial", u->serial);
	put(&as, "notified_at", n_at);
	put(&as, "responded_at", r_at);
	put(&as, "onsite_at", onsite ? o_at : NULL);
	put(&as, "parts_in_stock", "yes");
	put(&as, "resolved_at", resolved ? d_at : NULL);
	put(&as, "engineer", "赵磊");
	put(&as, "description", description);
	put(&as, "resolution", resolution);
	put(&as, "accepted_on", accepted);
	if (accepted) { /* the acceptance checklist, confirmed by both sides */
		put(&as, "checklist", "外观、开机自检、各功能测试、报警测试：双方逐项确认合格");
		put(&as, "handed_over", "使用说明书一份，随机工具一套，易损备件一套");
		put(&as, "customer_signatory", "设备科主任");
	}
	put(&as, "feedback", resolved ? "响应及时，工程师讲解清楚" : NULL);
	return add(c, "service", &as, NULL, err);
}

static const char *const faults[][2] = {
	{ "开机自检报错", "更换电源板，自检通过" },
	{ "探头图像有干扰条纹", "更换探头线缆，图像正常" },
	{ "血氧测量值偏低", "更换血氧探头，校准后正常" },
	{ "打印机不出纸", "清理走纸机构，更换打印头" },
	{ "泵门报警无法消除", "更换门检测开关" },
};

/* Every instrument sold INSTALL_AFTER days ago or more is installed and
 * accepted, which starts its warranty; *inst gets every
 * OPERATOR_EVERY-th installation for operator training. */
static int add_installs(struct ctx *c, int **inst, int *ninst, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_ENGINEER, err), count = 0;
	*inst = xcalloc((size_t)c->nsold / OPERATOR_EVERY + 1, sizeof **inst);
	*ninst = 0;
	for (int k = 0; rc == GERR_OK && k < c->nsold; k++) {
		const struct demo_sold *u = &c->sold[k];
		if (demo_products[u->pi].goods != DG_INSTRUMENT || u->day > c->today - INSTALL_AFTER ||
		    is_returned(c, k))
			continue;
		if (count++ % OPERATOR_EVERY == 0)
			(*inst)[(*ninst)++] = k;
		char accepted[11];
		day_text(u->day + 3, accepted);
		int64_t notified = (u->day + 1) * MIN_PER_DAY + 9 * 60;
		rc = add_ticket(c, u, "install", notified, notified + 5 * 60,
		                notified + MIN_PER_DAY + 7 * 60, accepted, "新机安装调试",
		                "安装调试完成，验收合格，已培训操作人员", err);
	}
	return rc;
}

/* REPAIRS_DONE finished repairs, the sixth of them on site days late; and
 * one open, notified 40 hours ago so its 48-hour promise is 8 hours off. */
static int add_repairs(struct ctx *c, struct gerr *err)
{
	int rc = GERR_OK;
	for (int k = 0; rc == GERR_OK && k < REPAIRS_DONE; k++) {
		int64_t day = c->first + 60 + 40 * k;
		int u = sold_before(c, day - 30, DG_INSTRUMENT, true);
		if (u < 0)
			continue;
		int f = rng_range(&c->r, 0, 4);
		int64_t notified = day * MIN_PER_DAY + 8 * 60 + 30 * (k % 12);
		bool late = k == 5;
		rc = add_ticket(c, &c->sold[u], "repair", notified,
		                notified + (late ? 9 * MIN_PER_DAY : 20 * 60),
		                notified + (late ? 10 * MIN_PER_DAY : 26 * 60), NULL, faults[f][0],
		                late ? "配件调拨延误，到场后更换主板修复" : faults[f][1], err);
	}
	/* in the office's city, where the engineer is due on site in 48 hours */
	int u = c->nsold - 1;
	while (u >= 0 && (demo_products[c->sold[u].pi].goods != DG_INSTRUMENT ||
	                  c->sold[u].day > c->today - 30 || is_returned(c, u) ||
	                  demo_customers[c->sold[u].ci].place == DP_FIXED))
		u--;
	if (rc == GERR_OK && u >= 0) {
		rc = add_ticket(c, &c->sold[u], "repair", c->now - 40 * 60, 0, 0, NULL,
		                "设备无法开机", NULL, err);
	}
	return rc;
}

/* ---- adverse events and returns, by the quality manager ---- */

static int add_events(struct ctx *c, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_QUALITY, err);
	int64_t l1 = (c->first + 400) * MIN_PER_DAY + 10 * 60;
	int64_t l2 = (c->first + 800) * MIN_PER_DAY + 15 * 60;
	int ia = sold_before(c, c->first + 400, DG_INSTRUMENT, false);
	int ib = sold_before(c, c->first + 800, DG_IMPLANT, false);
	if (ia < 0 || ib < 0)
		return rc;
	const struct demo_sold *a = &c->sold[ia], *b = &c->sold[ib];
	char cust[16], at[6][17], stop[64];
	struct assigns as = { .n = 0 };
	code_of(a->ci, cust);
	at_text(l1, at[0]);
	at_text(l1 + MIN_PER_DAY, at[1]);
	put(&as, "learned_at", at[0]);
	put(&as, "product", demo_products[a->pi].code);
	put(&as, "serial", a->serial);
	put(&as, "customer", cust);
	put(&as, "patient_effect", "无患者伤害");
	put(&as, "severity", "other");
	put(&as, "use_description", "输注过程中出现堵塞报警后停止，护士更换管路后继续");
	put(&as, "manager_report_at", at[1]);
	put(&as, "purchasing_notified_at", at[1]);
	put(&as, "engineer_notified_at", at[1]);
	put(&as, "manufacturer_notified_at", at[1]);
	put(&as, "status", "closed");
	if (rc == GERR_OK)
		rc = add(c, "events", &as, NULL, err);

	as.n = 0;
	code_of(b->ci, cust);
	at_text(l2, at[2]);
	at_text(l2 + 60, at[3]);
	at_text(l2 + 120, at[4]);
	at_text(l2 + 3 * MIN_PER_DAY, at[5]);
	snprintf(stop, sizeof stop, "%s骨科及设备科", demo_customers[b->ci].name);
	put(&as, "learned_at", at[2]);
	put(&as, "product", demo_products[b->pi].code);
	put(&as, "batch", b->batch);
	put(&as, "serial", b->serial);
	put(&as, "customer", cust);
	put(&as, "patient_effect", "术后三周内固定松动，二次手术取出");
	put(&as, "severity", "serious");
	put(&as, "use_description", "按说明书植入，术后复查发现螺钉松动");
	put(&as, "stop_use_notice_at", at[3]);
	put(&as, "stop_use_notified", stop);
	put(&as, "manager_report_at", at[4]);
	put(&as, "purchasing_notified_at", at[4]);
	put(&as, "engineer_notified_at", at[4]);
	put(&as, "manufacturer_notified_at", at[4]);
	put(&as, "authority_report_at", at[5]);
	put(&as, "status", "reported");
	if (rc == GERR_OK)
		rc = add(c, "events", &as, NULL, err);
	return rc;
}

static int add_returns(struct ctx *c, struct gerr *err)
{
	static const char *const reasons[] = { "到货外壳破损，客户拒收", "招标结果变更，客户退货" };
	static const char *const outcomes[] = { "exchange", "refund" };
	int rc = GERR_OK;
	for (int k = 0; rc == GERR_OK && k < 2; k++) {
		const struct demo_sold *u = &c->sold[c->returned[k]];
		char sale[24], contacted[17], closed[11];
		snprintf(sale, sizeof sale, "%lld", (long long)u->id);
		at_text((u->day + 1) * MIN_PER_DAY + 10 * 60, contacted);
		day_text(u->day + 6, closed);
		struct assigns as = { .n = 0 };
		put(&as, "sale", sale);
		put(&as, "qty", "1");
		put(&as, "reason", reasons[k]);
		put(&as, "own_product", "no");
		put(&as, "supplier_contacted_at", contacted);
		put(&as, "supplier_contact", "供应商售后部张经理");
		put(&as, "supplier_outcome", k == 0 ? "同意换货，新机由供应商直发" : "同意退货退款");
		put(&as, "outcome", outcomes[k]);
		char repl[40];
		snprintf(repl, sizeof repl, "%sR", u->serial[0] ? u->serial : u->batch);
		if (k == 0)
			put(&as, u->serial[0] ? "replacement_serial" : "replacement_batch", repl);
		put(&as, "closed_date", closed);
		rc = add(c, "returns", &as, NULL, err);
	}
	return rc;
}

/* ---- implants, by the clerk from the hospitals' use forms ---- */

static int add_implants(struct ctx *c, struct gerr *err)
{
	int rc = demo_become(c->s, DEMO_CLERK, err);
	for (int k = 0; rc == GERR_OK && k < c->nsold; k++) {
		const struct demo_sold *u = &c->sold[k];
		if (demo_products[u->pi].goods != DG_IMPLANT || u->day > c->today - IMPLANT_AFTER)
			continue;
		char sale[24], cust[16], patient[32], pid[16], surgeon[32], used[11];
		snprintf(sale, sizeof sale, "%lld", (long long)u->id);
		code_of(u->ci, cust);
		person(&c->r, patient);
		person(&c->r, surgeon);
		snprintf(pid, sizeof pid, "ZY%07d", rng_range(&c->r, 100000, 9999999));
		day_text(u->day + rng_range(&c->r, 0, 7), used);
		struct assigns as = { .n = 0 };
		put(&as, "sale", sale);
		put(&as, "hospital", cust);
		put(&as, "patient", patient);
		put(&as, "patient_id", pid);
		put(&as, "use_date", used);
		put(&as, "surgeon", surgeon);
		rc = add(c, "implants", &as, NULL, err);
	}
	return rc;
}

int demo_records_fill(struct session *s, const struct demo_sold *sold, int nsold,
                      struct gerr *err)
{
	struct ymd start = s->now.date;
	start.y -= 3;
	if (start.m == 2 && start.d == 29)
		start.d = 28;
	struct ctx c = { .s = s, .r = { 0x7061706572u }, /* "paper" */
	                 .sold = sold, .nsold = nsold, .first = date_to_days(&start) + 1,
	                 .today = date_to_days(&s->now.date), .returned = { -1, -1 } };
	c.now = c.today * MIN_PER_DAY + s->now.hh * 60 + s->now.mm;
	/* two instruments taken back soon after delivery */
	c.returned[0] = sold_before(&c, c.first + 300, DG_INSTRUMENT, false);
	c.returned[1] = sold_before(&c, c.first + 700, DG_INSTRUMENT, false);
	if (c.returned[0] < 0 || c.returned[1] < 0)
		return GERR_OK; /* too few sales for the rest of the paperwork */
	int *inst = NULL, ninst = 0;
	int rc = add_surveys(&c, err);
	if (rc == GERR_OK)
		rc = add_complaints(&c, err);
	if (rc == GERR_OK)
		rc = add_quality(&c, err);
	if (rc == GERR_OK)
		rc = add_installs(&c, &inst, &ninst, err);
	if (rc == GERR_OK)
		rc = add_repairs(&c, err);
	if (rc == GERR_OK && (rc = demo_become(s, DEMO_TRAINER, err)) == GERR_OK &&
	    (rc = add_staff_training(&c, err)) == GERR_OK)
		rc = add_operator_training(&c, inst, ninst, err);
	free(inst);
	if (rc == GERR_OK)
		rc = add_events(&c, err);
	if (rc == GERR_OK)
		rc = add_returns(&c, err);
	if (rc == GERR_OK)
		rc = add_implants(&c, err);
	return rc;
}
