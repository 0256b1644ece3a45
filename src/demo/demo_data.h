/* The demo office's customers and products as data; demo.c turns them,
 * and three years of sales drawn from them, into records. */
#ifndef GSPDESK_DEMO_DATA_H
#define GSPDESK_DEMO_DATA_H

#include <stdbool.h>
#include <stdint.h>

/* Kinds of buyer, as bits: a product names the kinds that buy it. */
enum {
	DK_BIG = 1 << 0,    /* large general hospital (三级) */
	DK_HOSP = 1 << 1,   /* county or district hospital */
	DK_CLINIC = 1 << 2, /* health centre, township hospital, outpatient clinic */
	DK_EYE = 1 << 3,
	DK_ORTHO = 1 << 4,
	DK_WOMEN = 1 << 5,  /* maternity, children's, maternal and child health */
	DK_ALL = (1 << 6) - 1
};

/* Where a customer is: a fixed town, or the office's own city (from the
 * settings) so that every demo office has neighbours. */
enum demo_place {
	DP_FIXED,
	DP_CITY,      /* name = office city + name: 杭州市 + 第一人民医院 */
	DP_CITY_SHORT /* the city without 市: 杭州 + 康华骨科医院 */
};

struct demo_customer {
	enum demo_place place;
	const char *name;
	const char *province, *city; /* DP_FIXED only */
	const char *street;          /* the address after province and city */
	const char *contact, *phone;
	const char *region;   /* 行政区划代码 in the licence number */
	const char *category; /* 卫生机构类别代码 in the licence number */
	unsigned kind;        /* one DK_ bit */
	int weight;           /* share of deliveries */
	int size;             /* order size multiplier */
};

enum demo_goods {
	DG_CONSUMABLE, /* by batch, many units a line */
	DG_INSTRUMENT, /* one unit a line, by serial number */
	DG_IMPLANT     /* one unit a line, batch and serial number */
};

enum demo_batch_style {
	DB_DATE,      /* 20240315 */
	DB_LETTER,    /* B240315-02 */
	DB_RUNNING    /* 2403017: year, month, running number */
};

struct demo_product {
	const char *code, *name, *manufacturer;
	const char *specs;  /* '|'-separated; the first is the product's own */
	const char *reg_no, *class;
	enum demo_goods goods;
	bool sterile;
	const char *unit;
	int64_t price;      /* list price in fen */
	int weight;         /* share of order lines */
	/* consumables: units a line = step × lo..hi × customer size;
	 * instruments and implants: units (lines) a delivery = lo..hi */
	int lo, hi, step;
	int months;         /* shelf life to the expiry date; instruments: service life, 0 none */
	enum demo_batch_style batch;
	const char *serial; /* serial number prefix; NULL when there is none */
	unsigned buyers;    /* DK_ bits of the customers that buy it */
};

extern const struct demo_customer demo_customers[];
extern const int demo_ncustomers;
extern const struct demo_product demo_products[];
extern const int demo_nproducts;
/* Whether the office re-sterilises unused units past their validity: the
 * orthopaedic implants, whose makers take them back for it; never the
 * single-use goods. */
bool demo_resterilisable(const struct demo_product *p);
/* The index in demo_products of the product with code; 0 when none. */
int demo_product_index(const char *code);

#endif
