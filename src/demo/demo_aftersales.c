/* The demo office's after-sales paper, drawn around its sales: service
 * tickets (installations and repairs), adverse events, returns and
 * implant records, entered by the users whose role fits inside
 * demo_fill's transaction. Every count follows from the constants below;
 * tests/cli/demo.sh checks them. */
#include "config.h"
#include "demo/demo_paper.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

#define INSTALL_AFTER 14    /* instruments sold this many days ago or more are installed */
#define REPAIRS_DONE 24     /* plus one open */
#define IMPLANT_AFTER 70    /* implant units sold this long ago or more are recorded */

/* ---- service ---- */

static int add_ticket(struct demo_ctx *c, const struct demo_sold *u, const char *kind,
                      int64_t notified, int64_t onsite, int64_t resolved, const char *accepted,
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
int demo_installs(struct demo_ctx *c, int **inst, int *ninst, struct gerr *err)
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
int demo_repairs(struct demo_ctx *c, struct gerr *err)
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

int demo_events(struct demo_ctx *c, struct gerr *err)
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

int demo_returns(struct demo_ctx *c, struct gerr *err)
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
		put(&as, "supplier_outcome", k == 0 ? "同意换货，新机到货验收后送达" : "同意退货退款");
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

int demo_implants(struct demo_ctx *c, struct gerr *err)
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
