/* The demo office's other paper records, drawn around its sales: yearly
 * satisfaction surveys, complaints, quality tracking and training here,
 * the after-sales paper in demo_aftersales.c. Entered through
 * records_add and lines_add by the users whose role fits, inside
 * demo_fill's transaction. Every count here follows from the constants
 * below; tests/cli/demo.sh checks them. */
#include "config.h"
#include "demo/demo_paper.h"
#include "core/lines.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SURVEY_SKIP 8       /* customer i is not surveyed when i % 8 == 7 */
#define COMPLAINTS_CLOSED 28 /* plus two open */
#define QUALITY_VISITS 60

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
static int add_surveys(struct demo_ctx *c, struct gerr *err)
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

static int add_complaint(struct demo_ctx *c, int64_t received, bool closed, bool reported,
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

static int add_complaints(struct demo_ctx *c, struct gerr *err)
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

static int add_quality(struct demo_ctx *c, struct gerr *err)
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

static int add_session(struct demo_ctx *c, int64_t day, const char *topic, const char *kind,
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
static int add_staff_training(struct demo_ctx *c, struct gerr *err)
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
static int add_operator_training(struct demo_ctx *c, const int *inst, int n, struct gerr *err)
{
	int rc = GERR_OK;
	for (int k = 0; rc == GERR_OK && k < n; k++) {
		const struct demo_sold *u = &c->sold[inst[k]];
		struct trainee t[2];
		char topic[200], cust[16], again[11];
		for (int i = 0; i < 2; i++) {
			/* two people: one roster takes a name once */
			do
				person(&c->r, t[i].name);
			while (i == 1 && strcmp(t[0].name, t[1].name) == 0);
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

int demo_records_fill(struct session *s, const struct demo_sold *sold, int nsold,
                      struct gerr *err)
{
	struct ymd start = s->now.date;
	start.y -= 3;
	if (start.m == 2 && start.d == 29)
		start.d = 28;
	struct demo_ctx c = { .s = s, .r = { 0x7061706572u }, /* "paper" */
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
		rc = demo_installs(&c, &inst, &ninst, err);
	if (rc == GERR_OK)
		rc = demo_repairs(&c, err);
	if (rc == GERR_OK && (rc = demo_become(s, DEMO_TRAINER, err)) == GERR_OK &&
	    (rc = add_staff_training(&c, err)) == GERR_OK)
		rc = add_operator_training(&c, inst, ninst, err);
	free(inst);
	if (rc == GERR_OK)
		rc = demo_events(&c, err);
	if (rc == GERR_OK)
		rc = demo_returns(&c, err);
	if (rc == GERR_OK)
		rc = demo_implants(&c, err);
	return rc;
}
