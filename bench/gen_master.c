/* The generator's PRNG, Zipf draws, customers and products. Names follow
 * the demo office's patterns so searches behave as on real data. */
#include "config.h"
#include "bench/gen.h"
#include "demo/demo_data.h"
#include "base/strbuf.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

void zipf_init(struct zipf *z, int n, double s)
{
	z->n = n;
	z->cdf = xcalloc((size_t)n, sizeof *z->cdf);
	double sum = 0;
	for (int k = 0; k < n; k++) {
		sum += 1.0 / pow(k + 1, s);
		z->cdf[k] = sum;
	}
}

int zipf_draw(const struct zipf *z, struct rng *r)
{
	double u = rng_unit(r) * z->cdf[z->n - 1];
	int lo = 0, hi = z->n - 1;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (z->cdf[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

void zipf_free(struct zipf *z)
{
	free(z->cdf);
	z->cdf = NULL;
}

int gen_fail(sqlite3 *h, const char *what)
{
	fprintf(stderr, "gen: %s: %s\n", what, sqlite3_errmsg(h));
	return sqlite3_errcode(h) ? sqlite3_errcode(h) : SQLITE_ERROR;
}

/* ---- customers ---- */

struct place {
	const char *province, *city, *city_short, *area; /* area code */
};

static const struct place places[] = {
	{ "浙江省", "杭州市", "杭州", NULL },      { "浙江省", "宁波市", "宁波", "0574" },
	{ "浙江省", "温州市", "温州", "0577" },    { "浙江省", "绍兴市", "绍兴", "0575" },
	{ "浙江省", "嘉兴市", "嘉兴", "0573" },    { "浙江省", "湖州市", "湖州", "0572" },
	{ "浙江省", "金华市", "金华", "0579" },    { "浙江省", "台州市", "台州", "0576" },
	{ "浙江省", "丽水市", "丽水", "0578" },    { "浙江省", "衢州市", "衢州", "0570" },
	{ "浙江省", "舟山市", "舟山", "0580" },    { "江苏省", "苏州市", "苏州", "0512" },
	{ "江苏省", "无锡市", "无锡", "0510" },    { "江苏省", "南京市", "南京", "025" },
	{ "江苏省", "常州市", "常州", "0519" },    { "上海市", "上海市", "上海", "021" },
	{ "安徽省", "合肥市", "合肥", "0551" },    { "安徽省", "黄山市", "黄山", "0559" },
	{ "江西省", "上饶市", "上饶", "0793" },    { "福建省", "福州市", "福州", "0591" },
	{ "福建省", "宁德市", "宁德", "0593" },    { "江西省", "景德镇市", "景德镇", "0798" },
};

/* County, district and town names as the second part of a hospital name. */
static const char *const areas[] = {
	"城东", "城西", "城南", "城北", "江南", "江北", "新城", "开发区", "高新区", "滨海",
	"东港", "西湖", "南湖", "北山", "清溪", "长安", "永安", "临江", "平湖", "双溪",
	"白石", "青山", "石桥", "大桥",
};

static const char *const kinds[] = {
	"人民医院", "中医院", "妇幼保健院", "社区卫生服务中心", "中心卫生院",
	"骨科医院", "眼科医院", "口腔医院", "门诊部", "康复医院",
};

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "林", "罗", "郑",
};
static const char *const given[] = {
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
	"涛", "明", "超", "秀英", "建华", "晓红",
};
static const char *const desks[] = { "设备科", "采购中心", "器械科", "药械科", "院办" };

#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

static void synth_customer(int i, char *name, size_t size,
                           const struct place **pl)
{
	/* a stride prime to the number of combinations visits each once before
	 * any name repeats */
	int combos = NELEM(places) * NELEM(areas) * NELEM(kinds);
	int c = (int)(((int64_t)i * 7919) % combos);
	*pl = &places[c % NELEM(places)];
	const char *area = areas[c / NELEM(places) % NELEM(areas)];
	const char *kind = kinds[c / NELEM(places) / NELEM(areas)];
	if (i >= combos)
		snprintf(name, size, "%s%s%s第%d分院", (*pl)->city_short, area, kind, i / combos + 1);
	else
		snprintf(name, size, "%s%s%s", (*pl)->city_short, area, kind);
}

int gen_customers(sqlite3 *h, struct rng *r, int n, const char *by, const char *at)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h,
	        "INSERT INTO customers (id, created_at, created_by, code, name, province, city,"
	        " address, contact, phone, licence_no) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
	        -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "customers");
	int rc = SQLITE_OK;
	for (int i = 0; i < n && rc == SQLITE_OK; i++) {
		char code[16], name[160], address[200], contact[64], phone[24], licence[40];
		const char *province, *city;
		if (i < demo_ncustomers) {
			/* the demo office's own customers come first: they are the big buyers */
			const struct demo_customer *d = &demo_customers[i];
			province = d->province ? d->province : "浙江省";
			city = d->city ? d->city : "杭州市";
			snprintf(name, sizeof name, "%s%s", d->place == DP_CITY_SHORT ? "杭州" :
			         d->place == DP_CITY ? "杭州市" : "", d->name);
			snprintf(address, sizeof address, "%s", d->street);
			snprintf(contact, sizeof contact, "%s", d->contact);
			snprintf(phone, sizeof phone, "%s", d->phone);
		} else {
			const struct place *pl;
			synth_customer(i, name, sizeof name, &pl);
			province = pl->province;
			city = pl->city;
			snprintf(address, sizeof address, "%s路%d号", areas[rng_range(r, 0, NELEM(areas) - 1)],
			         rng_range(r, 1, 999));
			snprintf(contact, sizeof contact, "%s%s（%s）", surnames[rng_range(r, 0, NELEM(surnames) - 1)],
			         given[rng_range(r, 0, NELEM(given) - 1)], desks[rng_range(r, 0, NELEM(desks) - 1)]);
			if (pl->area)
				snprintf(phone, sizeof phone, "%s-%08d", pl->area, rng_range(r, 20000000, 89999999));
			else
				snprintf(phone, sizeof phone, "%08d", rng_range(r, 20000000, 89999999));
		}
		snprintf(code, sizeof code, "C%05d", i + 1);
		snprintf(licence, sizeof licence, "PDY%08d33010%dA1001", rng_range(r, 10000000, 99999999), i % 10);
		sqlite3_bind_int64(st, 1, i + 1);
		sqlite3_bind_text(st, 2, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, by, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, province, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, city, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, address, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 9, contact, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 10, phone, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 11, licence, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "customers");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- products ---- */

/* The k-th '|'-separated spec of a template, wrapping around. */
static void spec_of(const char *specs, int k, char *out, size_t size)
{
	int count = 1;
	for (const char *p = specs; *p; p++)
		count += *p == '|';
	k %= count;
	const char *s = specs;
	while (k-- > 0)
		s = strchr(s, '|') + 1;
	size_t len = strcspn(s, "|");
	if (len >= size)
		len = size - 1;
	memcpy(out, s, len);
	out[len] = '\0';
}

int gen_products(sqlite3 *h, struct rng *r, int n, struct gen_product *out,
                 const char *by, const char *at)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h,
	        "INSERT INTO products (id, created_at, created_by, code, name, manufacturer, spec,"
	        " reg_no, class, implant, sterile, unit, resterilisable)"
	        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
	        -1, &st, NULL) != SQLITE_OK)
		return gen_fail(h, "products");
	int rc = SQLITE_OK;
	for (int i = 0; i < n && rc == SQLITE_OK; i++) {
		struct gen_product *g = &out[i];
		int variant = i / demo_nproducts;
		g->tmpl = i % demo_nproducts;
		const struct demo_product *d = &demo_products[g->tmpl];
		char code[24], reg[48];
		if (variant == 0)
			snprintf(code, sizeof code, "%s", d->code);
		else
			snprintf(code, sizeof code, "%s-%02d", d->code, variant);
		spec_of(d->specs, variant, g->spec, sizeof g->spec);
		if (variant >= 3) /* more variants than the template lists: other sizes */
			snprintf(g->spec + strlen(g->spec), sizeof g->spec - strlen(g->spec), " 型%d", variant);
		snprintf(reg, sizeof reg, "%s", d->reg_no);
		if (variant > 0 && strlen(reg) > 4) /* another registration of the same kind */
			snprintf(reg + strlen(reg) - 3, 4, "%03d", rng_range(r, 0, 999));
		if (d->serial)
			snprintf(g->serial_prefix, sizeof g->serial_prefix, "%s%d", d->serial, variant % 10);
		else
			g->serial_prefix[0] = '\0';
		g->price = d->price * (80 + rng_range(r, 0, 40)) / 100;
		if (g->price < 1)
			g->price = 1;
		sqlite3_bind_int64(st, 1, i + 1);
		sqlite3_bind_text(st, 2, at, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, by, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, d->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, d->manufacturer, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, g->spec, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, reg, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 9, d->class, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 10, d->goods == DG_IMPLANT);
		sqlite3_bind_int(st, 11, d->sterile);
		sqlite3_bind_text(st, 12, d->unit, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 13, demo_resterilisable(d));
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : gen_fail(h, "products");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}
