/* trace: where one batch or serial number came from (its receipts), then
 * every buyer and every patient, as a table, CSV, JSON or a workbook
 * (reports/trace.c). */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/csv.h"
#include "base/i18n.h"
#include "report/trace_book.h"
#include "base/json.h"
#include "base/strbuf.h"
#include "core/trace.h"
#include "core/udi.h"

#include <string.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

static char *num(int64_t n)
{
	char buf[24];
	snprintf(buf, sizeof buf, "%" PRId64, n);
	return xstrdup(buf);
}

static char *dup0(const char *s)
{
	return xstrdup(s ? s : "");
}

/* The sales line, and for a unit an exchange gave out, that return too. */
static char *line_of(const struct trace_sale *s)
{
	if (!s->exchange)
		return num(s->id);
	char buf[96];
	snprintf(buf, sizeof buf, _("%" PRId64 " (exchange, return %" PRId64 ")"), s->id, s->exchange);
	return xstrdup(buf);
}

/* Where the goods came from, above where they went. */
static void print_receipts(const struct trace *t)
{
	if (t->nreceipts == 0)
		return;
	const char *rh[] = { _("Date received"), _("Supplier"), _("Quantity"), _("Batch no."),
	                     _("Serial no."), _("Conclusion"), _("Inspector"), _("Receipt") };
	struct table *rt = table_new(8, rh);
	for (int i = 0; i < t->nreceipts; i++) {
		const struct trace_receipt *r = &t->receipts[i];
		char **c = xcalloc(8, sizeof *c);
		c[0] = dup0(r->date);
		c[1] = xstrdup(r->opening ? _("opening balance") : r->supplier ? r->supplier : "");
		c[2] = num(r->qty);
		c[3] = dup0(r->batch);
		c[4] = dup0(r->serial);
		c[5] = xstrdup(r->rejected ? _("rejected") : _("accepted"));
		c[6] = dup0(r->inspector);
		c[7] = num(r->receipt);
		table_add(rt, c);
	}
	printf("%s\n", _("Received:"));
	table_print(rt, stdout);
	table_free(rt);
	printf(_("Total quantity received: %" PRId64 " accepted, %" PRId64 " rejected\n\n"),
	       t->received_qty, t->rejected_qty);
}

static void print_table(const struct trace *t)
{
	print_receipts(t);
	const char *sh[] = { _("Sale date"), _("Customer name"), _("Address"), _("Contact person"),
	                     _("Phone"), _("Quantity"), _("Batch no."), _("Serial no."), _("Line") };
	struct table *st = table_new(9, sh);
	for (int i = 0; i < t->nsales; i++) {
		const struct trace_sale *s = &t->sales[i];
		char **c = xcalloc(9, sizeof *c);
		c[0] = dup0(s->sale_date);
		c[1] = dup0(s->customer_name);
		c[2] = dup0(s->address);
		c[3] = dup0(s->contact);
		c[4] = dup0(s->phone);
		c[5] = num(s->qty);
		c[6] = dup0(s->batch);
		c[7] = dup0(s->serial);
		c[8] = line_of(s);
		table_add(st, c);
	}
	table_print(st, stdout);
	table_free(st);
	printf(_("Total quantity sold: %" PRId64 " in %d lines\n"), t->total_qty, t->nsales);
	if (t->nimplants == 0)
		return;
	const char *ih[] = { _("Date of use"), _("Hospital"), _("Patient"), _("Patient ID"),
	                     _("Line"), _("Implant record") };
	struct table *it = table_new(6, ih);
	for (int i = 0; i < t->nimplants; i++) {
		const struct trace_implant *m = &t->implants[i];
		char **c = xcalloc(6, sizeof *c);
		c[0] = dup0(m->use_date);
		c[1] = dup0(m->hospital);
		c[2] = dup0(m->patient);
		c[3] = dup0(m->patient_id);
		c[4] = m->sale_id ? num(m->sale_id) : xstrdup("");
		c[5] = num(m->id);
		table_add(it, c);
	}
	putchar('\n');
	printf("%s\n", _("Implanted:"));
	table_print(it, stdout);
	table_free(it);
}

/* A receipt's conclusion as stored (receipt_lines' choice values). */
static const char *conclusion(const struct trace_receipt *r)
{
	return r->rejected ? "rejected" : "accepted";
}

#define CSV_COLS 18

/* One CSV of every kind, where the goods came from first: a receipt line
 * (kind receipt, or opening for an opening balance) puts the date received
 * under date, the supplier under name and its receipt, conclusion and
 * inspector in the last columns; a unit an exchange gave out (kind
 * exchange) is its return's id, dated the day the exchange closed, its
 * sales line under sale; implants put the hospital under name and the date
 * of use under date, and name their sales line under sale. */
static void print_csv(const struct trace *t)
{
	static const char *const head[CSV_COLS] = {
		"kind", "id", "date", "product", "batch", "serial", "customer", "name", "address",
		"contact", "phone", "qty", "patient", "patient_id", "sale", "receipt", "conclusion",
		"inspector"
	};
	csv_write_row(stdout, head, CSV_COLS, 0);
	for (int i = 0; i < t->nreceipts; i++) {
		const struct trace_receipt *r = &t->receipts[i];
		char *id = num(r->id), *qty = num(r->qty), *receipt = num(r->receipt);
		const char *c[CSV_COLS] = { r->opening ? "opening" : "receipt", id, r->date,
		                            r->product_code, r->batch, r->serial, NULL, r->supplier,
		                            NULL, NULL, NULL, qty, NULL, NULL, NULL, receipt,
		                            conclusion(r), r->inspector };
		csv_write_row(stdout, c, CSV_COLS, 0);
		free(id);
		free(qty);
		free(receipt);
	}
	for (int i = 0; i < t->nsales; i++) {
		const struct trace_sale *s = &t->sales[i];
		char *id = num(s->exchange ? s->exchange : s->id), *qty = num(s->qty);
		char *sale = s->exchange ? num(s->id) : NULL;
		const char *c[CSV_COLS] = { s->exchange ? "exchange" : "sale", id, s->sale_date,
		                            s->product_code, s->batch, s->serial, s->customer_code,
		                            s->customer_name, s->address, s->contact, s->phone, qty,
		                            NULL, NULL, sale };
		csv_write_row(stdout, c, CSV_COLS, 0);
		free(id);
		free(qty);
		free(sale);
	}
	for (int i = 0; i < t->nimplants; i++) {
		const struct trace_implant *m = &t->implants[i];
		char *id = num(m->id), *sale = m->sale_id ? num(m->sale_id) : NULL;
		const char *c[CSV_COLS] = { "implant", id, m->use_date, m->product_code, m->batch,
		                            m->serial, NULL, m->hospital, NULL, NULL, NULL, NULL,
		                            m->patient, m->patient_id, sale };
		csv_write_row(stdout, c, CSV_COLS, 0);
		free(id);
		free(sale);
	}
}

static void member(struct strbuf *b, const char *name, const char *value)
{
	sb_addf(b, ",\"%s\":", name);
	json_quote(b, value);
}

static void print_json(const struct trace *t)
{
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "{\"received_qty\":%" PRId64 ",\"rejected_qty\":%" PRId64 ",\"receipts\":[",
	        t->received_qty, t->rejected_qty);
	for (int i = 0; i < t->nreceipts; i++) {
		const struct trace_receipt *r = &t->receipts[i];
		sb_addf(&b, "%s{\"id\":%" PRId64 ",\"receipt\":%" PRId64 ",\"opening\":%s", i ? "," : "",
		        r->id, r->receipt, r->opening ? "true" : "false");
		member(&b, "date_received", r->date);
		member(&b, "supplier", r->supplier);
		member(&b, "product", r->product_code);
		member(&b, "batch", r->batch);
		member(&b, "serial", r->serial);
		member(&b, "conclusion", conclusion(r));
		member(&b, "inspector", r->inspector);
		sb_addf(&b, ",\"qty\":%" PRId64 "}", r->qty);
	}
	sb_addf(&b, "],\"total_qty\":%" PRId64 ",\"sales\":[", t->total_qty);
	for (int i = 0; i < t->nsales; i++) {
		const struct trace_sale *s = &t->sales[i];
		sb_addf(&b, "%s{\"id\":%" PRId64, i ? "," : "", s->id);
		if (s->exchange)
			sb_addf(&b, ",\"exchange\":%" PRId64, s->exchange);
		member(&b, "sale_date", s->sale_date);
		member(&b, "product", s->product_code);
		member(&b, "batch", s->batch);
		member(&b, "serial", s->serial);
		member(&b, "customer", s->customer_code);
		member(&b, "customer_name", s->customer_name);
		member(&b, "address", s->address);
		member(&b, "contact", s->contact);
		member(&b, "phone", s->phone);
		sb_addf(&b, ",\"qty\":%" PRId64 "}", s->qty);
	}
	sb_add(&b, "],\"implants\":[");
	for (int i = 0; i < t->nimplants; i++) {
		const struct trace_implant *m = &t->implants[i];
		sb_addf(&b, "%s{\"id\":%" PRId64, i ? "," : "", m->id);
		if (m->sale_id)
			sb_addf(&b, ",\"sale\":%" PRId64, m->sale_id);
		else
			sb_add(&b, ",\"sale\":null");
		member(&b, "use_date", m->use_date);
		member(&b, "product", m->product_code);
		member(&b, "batch", m->batch);
		member(&b, "serial", m->serial);
		member(&b, "hospital", m->hospital);
		member(&b, "patient", m->patient);
		member(&b, "patient_id", m->patient_id);
		sb_addc(&b, '}');
	}
	sb_add(&b, "]}\n");
	fputs(sb_str(&b), stdout);
	sb_free(&b);
}

static int trace_exec(struct cli *c, const struct cmd_args *a)
{
	const char *product = cmd_value(a, "product"), *batch = cmd_value(a, "batch"),
		   *serial = cmd_value(a, "serial"), *output = cmd_value(a, "output"),
		   *udi = cmd_value(a, "udi"), *f = cmd_value(a, "format");
	enum out_format format = OUT_TABLE;
	bool xlsx = f && strcmp(f, "xlsx") == 0, force = cmd_flag(a, "force");
	if (f && !xlsx && !out_format_parse(f, &format))
		return cli_usage("trace", _("--format takes table, csv, json or xlsx, not \"%s\""), f);
	if (a->argc)
		return cli_usage("trace", _("unexpected word \"%s\""), a->argv[0]);
	if (udi && (product || batch || serial))
		return cli_usage("trace", "%s", _("--udi names the product and the unit: give it alone."));
	if (!udi && (batch && *batch) == (serial && *serial))
		return cli_usage("trace", "%s", _("Give --batch B or --serial S (one of the two)."));
	if (xlsx != (output != NULL))
		return cli_usage("trace", "%s", _("--format xlsx and -o FILE.xlsx go together."));
	struct gerr err = { 0 };
	struct trace t;
	int rc;
	struct udi_unit u = { 0 };
	if ((rc = cli_login(c, &err)) || (udi && (rc = udi_find(&c->s, udi, &u, &err))) ||
	    (udi && !u.code.batch[0] && !u.code.serial[0] &&
	     (rc = gerr_set(&err, GERR_INPUT, "udi", "%s",
	                    _("UDI: the code has neither a batch (10) nor a serial (21) to trace"))))) {
		udi_free(&u);
		return cli_fail(&err);
	}
	if (udi) { /* the unit by its serial when the code has one, else its batch */
		product = u.product;
		serial = u.code.serial[0] ? u.code.serial : NULL;
		batch = serial ? NULL : u.code.batch;
	}
	rc = trace_find(&c->s, product, batch, serial, &t, &err);
	if (rc) {
		udi_free(&u);
		return cli_fail(&err);
	}
	if (xlsx) {
		char what[200];
		snprintf(what, sizeof what, batch ? _("Batch %s") : _("Serial number %s"), batch ? batch : serial);
		rc = trace_book_write(&c->s, &t, what, output, force, &err);
		trace_free(&t);
		udi_free(&u);
		if (rc)
			return cli_fail(&err);
		fprintf(stderr, _("Wrote %s.\n"), output);
		return 0;
	}
	if (format == OUT_CSV)
		print_csv(&t);
	else if (format == OUT_JSON)
		print_json(&t);
	else
		print_table(&t);
	trace_free(&t);
	udi_free(&u);
	return 0;
}

static const struct cmd_option trace_options[] = {
	{ "product", 0, "P", N_("only this product (its code or exact name)") },
	{ "batch", 0, "B", N_("the batch to trace") },
	{ "serial", 0, "S", N_("the serial number to trace") },
	{ "udi", 0, "CODE", N_("a scanned UDI: its product and its serial, else its batch") },
	{ "format", 0, "table|csv|json|xlsx", N_("print a table (the default), CSV or JSON, or write a workbook") },
	{ "output", 'o', "FILE.xlsx", N_("the workbook to write") },
	{ "force", 0, NULL, N_("write over a workbook that is already there") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_trace_entry = {
	.name = "trace",
	.summary = N_("every buyer and patient of a batch or serial number"),
	.subs = (const struct cmd_sub[]){
		{ NULL,
		  "[--product P] (--batch B | --serial S) [--format table|csv|json | --format xlsx -o FILE.xlsx [--force]]\n"
		  "--udi CODE [--format table|csv|json | --format xlsx -o FILE.xlsx [--force]]",
		  trace_options, trace_exec },
		{ 0 },
	},
};
