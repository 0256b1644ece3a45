/* 顾客满意度年度汇总 — the annual satisfaction roll-up for the general
 * manager, copied to the quality department: a summary per survey item
 * against last year, every survey by customer (and the customers who
 * bought and were not surveyed), the suggestions, and a chart of the means.
 * Every sheet is written row by row, so the constant-memory workbook of
 * report_run serves; the chart reads its figures from the summary. */
#include "config.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/accounts.h"
#include "db/db_report.h"
#include "model/form.h"
#include "model/record.h"
#include "report/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUMMARY_FIRST 4 /* the first item's row on the summary sheet */

struct item {
	int64_t id;
	char *name;
};

struct sat {
	struct xsheet sheet;
	int row;
	struct item *items;
	int nitems;
	int64_t surveys;   /* the overall row's responses: 0 in a year without */
	double low;        /* the lowest mean on the summary, this year or last */
	bool any_last;     /* last year has a mean to chart */
	int n, rank;       /* the ranking's rows so far, and the place of the last */
	double last_rank_mean;
	double target_mean;   /* the office's targets for every item (settings) */
	int target_rate;      /* percent */
	char *weak;           /* the item with the lowest mean, the first on a tie */
	double weak_mean, weak_change;
	bool weak_has_last;
};

/* Each item's and the overall score's: met when both targets are. */
static void target_cell(struct sat *r, int row, const struct sat_stat *st)
{
	if (st->n == 0 || !st->has_mean) {
		xsheet_blank(&r->sheet, row, 11);
		return;
	}
	/* rounded as printed: a mean shown as 4.00 meets 4.0 */
	bool met = st->mean + 0.005 >= r->target_mean &&
	           100.0 * (double)st->satisfied / (double)st->n + 0.05 >= r->target_rate;
	xsheet_text(&r->sheet, row, 11, met ? _("target met") : _("target missed"), met ? XF_TEXT : XF_BOLD);
}

static void stat_row(struct sat *r, const struct sat_stat *st)
{
	struct xsheet *s = &r->sheet;
	int row = r->row++;
	bool overall = st->item == 0;
	if (overall)
		r->surveys = st->n;
	if (st->has_mean && st->mean < r->low)
		r->low = st->mean;
	if (st->has_last && st->last_mean < r->low)
		r->low = st->last_mean;
	r->any_last = r->any_last || st->has_last;
	xsheet_text(s, row, 0, overall ? _("Overall score") : st->name, overall ? XF_BOLD : XF_TEXT);
	xsheet_int(s, row, 1, st->n);
	if (st->has_mean)
		xsheet_number(s, row, 2, st->mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, 2);
	if (st->n > 0)
		xsheet_number(s, row, 3, (double)st->satisfied / (double)st->n, XF_PERCENT);
	else
		xsheet_blank(s, row, 3);
	for (int k = 0; k < 5; k++)
		xsheet_int(s, row, 4 + k, st->count[k]);
	if (st->has_last)
		xsheet_number(s, row, 9, st->last_mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, 9);
	if (st->has_mean && st->has_last)
		xsheet_number(s, row, 10, st->mean - st->last_mean, XF_DECIMAL);
	else
		xsheet_blank(s, row, 10);
	target_cell(r, row, st);
	if (!overall && st->has_mean && (!r->weak || st->mean < r->weak_mean)) {
		free(r->weak);
		r->weak = xstrdup(st->name);
		r->weak_mean = st->mean;
		r->weak_has_last = st->has_last;
		r->weak_change = st->has_last ? st->mean - st->last_mean : 0;
	}
}

static int summary_row(void *ud, const struct sat_stat *st)
{
	struct sat *r = ud;
	if (st->item != 0) {
		r->items = xrealloc(r->items, sizeof *r->items * (size_t)(r->nitems + 1));
		r->items[r->nitems++] = (struct item){ st->item, xstrdup(st->name) };
	}
	stat_row(r, st);
	return 0;
}

static int survey_row(void *ud, const struct sat_survey *sv)
{
	struct sat *r = ud;
	struct xsheet *s = &r->sheet;
	int row = r->row++;
	xsheet_text(s, row, 0, sv->customer, XF_TEXT);
	xsheet_text(s, row, 1, sv->respondent, XF_TEXT);
	xsheet_date(s, row, 2, sv->date);
	for (int c = 0; c < r->nitems; c++) {
		int k = 0;
		while (k < sv->nscores && sv->items[k] != r->items[c].id)
			k++;
		if (k < sv->nscores)
			xsheet_int(s, row, 3 + c, sv->scores[k]);
		else
			xsheet_blank(s, row, 3 + c);
	}
	xsheet_int(s, row, 3 + r->nitems, sv->overall);
	return 0;
}

static int unsurveyed_row(void *ud, const char *customer)
{
	struct sat *r = ud;
	xsheet_text(&r->sheet, r->row++, 0, customer, XF_TEXT);
	return 0;
}

static int suggestion_row(void *ud, const struct sat_survey *sv)
{
	struct sat *r = ud;
	struct xsheet *s = &r->sheet;
	int row = r->row++;
	xsheet_date(s, row, 0, sv->date);
	xsheet_text(s, row, 1, sv->customer, XF_TEXT);
	xsheet_text(s, row, 2, sv->respondent, XF_TEXT);
	xsheet_text(s, row, 3, sv->suggestions, XF_WRAP);
	return 0;
}

/* Under the figures, as the paper ends: the period, the day it was made,
 * to whom it goes, and the lines the people who sign it fill in. */
static void sign_off(struct session *s, const struct report_period *p, struct sat *r)
{
	struct xsheet *sh = &r->sheet;
	char text[200];
	r->row++;
	snprintf(text, sizeof text, _("Period: %s to %s. Made on %s."), p->from, p->until, s->today);
	xsheet_text(sh, r->row++, 0, text, XF_SUBTITLE);
	xsheet_text(sh, r->row++, 0,
	            _("Reported to: the general manager. Copied to: the quality management department."),
	            XF_SUBTITLE);
	r->row++;
	static const char *const roles[] = { N_("Prepared by"), N_("Reviewed by"),
		                              N_("Approved by"), NULL };
	r->row = xsheet_sign_off(sh, r->row, roles);
}

static int write_summary(struct session *s, const struct report_period *p, struct sat *r,
                         struct gerr *err)
{
	char last[32];
	/* TRANSLATORS: a column: the mean score of the year before */
	snprintf(last, sizeof last, _("Mean %d"), p->year - 1);
	const char *titles[] = { _("Item"), _("Responses"), _("Mean score"), _("Satisfied rate"),
	                         _("Score 1"), _("Score 2"), _("Score 3"), _("Score 4"),
	                         _("Score 5"), last, _("Change"), _("Target") };
	xsheet_header(&r->sheet, SUMMARY_FIRST - 1, titles, 12);
	r->row = SUMMARY_FIRST;
	r->low = 5;
	r->target_mean = settings_decimal(s, "satisfaction_target_mean");
	r->target_rate = settings_int(s, "satisfaction_target_rate");
	int rc = db_report_sat_summary(s->db, p->year, summary_row, r, err);
	int64_t surveyed = 0, bought = 0;
	if (rc == GERR_OK)
		rc = db_report_sat_response(s->db, p->year, &surveyed, &bought, err);
	if (rc == GERR_OK) {
		struct xsheet *sh = &r->sheet;
		char text[300];
		r->row++;
		if (r->surveys == 0)
			xsheet_text(sh, r->row++, 0, _("No surveys in this year."), XF_BOLD);
		xsheet_text(sh, r->row, 0, _("Response rate"), XF_BOLD);
		if (bought > 0)
			xsheet_number(sh, r->row, 1, (double)surveyed / (double)bought, XF_PERCENT);
		else
			xsheet_blank(sh, r->row, 1);
		snprintf(text, sizeof text, _("%lld of the %lld customers who bought in %d were surveyed."),
		         (long long)surveyed, (long long)bought, p->year);
		xsheet_text(sh, r->row++, 2, text, XF_SUBTITLE);
		snprintf(text, sizeof text,
		         _("Targets: a mean score of at least %.1f and a satisfied rate of at least %d%% for every item."),
		         r->target_mean, r->target_rate);
		xsheet_text(sh, r->row++, 0, text, XF_SUBTITLE);
		if (r->weak && r->weak_has_last)
			snprintf(text, sizeof text, _("Weakest item: %s, mean %.2f (%+.2f on %d)."), r->weak,
			         r->weak_mean, r->weak_change, p->year - 1);
		else if (r->weak)
			snprintf(text, sizeof text, _("Weakest item: %s, mean %.2f."), r->weak, r->weak_mean);
		if (r->weak)
			xsheet_text(sh, r->row++, 0, text, XF_SUBTITLE);
		r->row++;
		xsheet_note(sh, r->row++, 12,
		            _("Each item is scored from 1 (very dissatisfied) to 5 (very satisfied). The mean is the average score; the satisfied rate is the share of scores of 4 or 5. The overall score is the respondent's own overall score."));
		sign_off(s, p, r);
	}
	xsheet_finish(&r->sheet, false);
	return rc;
}

static int write_surveys(struct session *s, const struct report_period *p, struct sat *r,
                         struct gerr *err)
{
	int n = 4 + r->nitems;
	const char **titles = xcalloc((size_t)n, sizeof *titles);
	titles[0] = _("Customer");
	titles[1] = _("Respondent");
	titles[2] = _("Date");
	for (int c = 0; c < r->nitems; c++)
		titles[3 + c] = r->items[c].name;
	titles[3 + r->nitems] = _("Overall score");
	xsheet_header(&r->sheet, 3, titles, n);
	free(titles);
	r->row = 4;
	int rc = db_report_sat_surveys(s->db, p->year, survey_row, r, err);
	if (rc)
		return rc;
	/* the filter takes in the surveys, not the list below them */
	xsheet_end_data(&r->sheet);
	int heading = ++r->row; /* a blank line, then the customers not surveyed */
	char text[160];
	snprintf(text, sizeof text, _("Customers with sales in %d and no survey:"), p->year);
	xsheet_text(&r->sheet, r->row++, 0, text, XF_SUBTITLE);
	rc = db_report_sat_unsurveyed(s->db, p->year, unsurveyed_row, r, err);
	if (rc == GERR_OK && r->row == heading + 1)
		xsheet_text(&r->sheet, r->row++, 0, _("None."), XF_SUBTITLE);
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int rank_row(void *ud, const struct sat_rank *k)
{
	struct sat *r = ud;
	struct xsheet *s = &r->sheet;
	/* equal means share a place: 1, 2, 2, 4 */
	r->n++;
	if (r->n == 1 || k->mean != r->last_rank_mean)
		r->rank = r->n;
	r->last_rank_mean = k->mean;
	xsheet_int(s, r->row, 0, r->rank);
	xsheet_text(s, r->row, 1, k->customer, XF_TEXT);
	xsheet_int(s, r->row, 2, k->surveys);
	xsheet_number(s, r->row, 3, k->mean, XF_DECIMAL);
	xsheet_number(s, r->row, 4, k->overall, XF_DECIMAL);
	r->row++;
	return 0;
}

static int write_ranking(struct session *s, const struct report_period *p, struct sat *r,
                         struct gerr *err)
{
	const char *titles[] = { _("Rank"), _("Customer"), _("Surveys"), _("Mean item score"),
	                         _("Mean overall score") };
	xsheet_header(&r->sheet, 3, titles, 5);
	r->row = 4;
	r->n = 0;
	int rc = db_report_sat_ranking(s->db, p->year, rank_row, r, err);
	if (rc == GERR_OK && r->row == 4)
		xsheet_text(&r->sheet, r->row++, 0, _("No surveys in this year."), XF_SUBTITLE);
	xsheet_finish(&r->sheet, true);
	return rc;
}

#define TREND_YEARS 5

struct trend {
	struct sat *r;
	int year; /* 0 .. TREND_YEARS - 1, oldest first */
	double mean[64][TREND_YEARS];
	bool has[64][TREND_YEARS];
};

static int trend_row(void *ud, const struct sat_stat *st)
{
	struct trend *t = ud;
	int i = 0;
	if (st->item == 0)
		i = t->r->nitems;
	else
		while (i < t->r->nitems && t->r->items[i].id != st->item)
			i++;
	if (i <= t->r->nitems && i < 64) {
		t->mean[i][t->year] = st->mean;
		t->has[i][t->year] = st->has_mean;
	}
	return 0;
}

/* The means of the last five years, a row per item and the overall score,
 * and a line chart of them. */
static int write_trend(struct session *s, const struct report_period *p, struct sat *r,
                       struct gerr *err)
{
	struct trend *t = xcalloc(1, sizeof *t);
	t->r = r;
	int rc = GERR_OK;
	for (t->year = 0; rc == GERR_OK && t->year < TREND_YEARS; t->year++)
		rc = db_report_sat_summary(s->db, p->year - TREND_YEARS + 1 + t->year, trend_row, t, err);
	struct xsheet *sh = &r->sheet;
	const char *titles[1 + TREND_YEARS];
	char years[TREND_YEARS][8];
	titles[0] = _("Item");
	for (int y = 0; y < TREND_YEARS; y++) {
		snprintf(years[y], sizeof years[y], "%d", p->year - TREND_YEARS + 1 + y);
		titles[1 + y] = years[y];
	}
	xsheet_header(sh, 3, titles, 1 + TREND_YEARS);
	int n = r->nitems < 63 ? r->nitems : 63;
	for (int i = 0; rc == GERR_OK && i <= n; i++) {
		int row = 4 + i;
		bool overall = i == n;
		xsheet_text(sh, row, 0, overall ? _("Overall score") : r->items[i].name,
		            overall ? XF_BOLD : XF_TEXT);
		int k = overall ? r->nitems : i;
		for (int y = 0; y < TREND_YEARS; y++)
			if (t->has[k][y])
				xsheet_number(sh, row, 1 + y, t->mean[k][y], XF_DECIMAL);
	}
	if (rc == GERR_OK && r->surveys > 0) {
		lxw_chart *chart = workbook_add_chart(sh->book->wb, LXW_CHART_LINE);
		const char *name = sh->book->sheet_names[sh->book->nsheets - 1];
		for (int i = 0; i <= n; i++) {
			lxw_chart_series *se = chart_add_series(chart, NULL, NULL);
			chart_series_set_categories(se, name, 3, 1, 3, TREND_YEARS);
			chart_series_set_values(se, name, (lxw_row_t)(4 + i), 1, (lxw_row_t)(4 + i),
			                        TREND_YEARS);
			chart_series_set_name_range(se, name, (lxw_row_t)(4 + i), 0);
			chart_series_set_marker_type(se, LXW_CHART_MARKER_AUTOMATIC);
		}
		chart_title_set_name(chart, _("Mean score over five years"));
		chart_axis_set_max(chart->y_axis, 5);
		chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
		lxw_chart_options opt = { .x_scale = 1.6, .y_scale = 1.3 };
		worksheet_insert_chart_opt(sh->ws, (lxw_row_t)(6 + n), 0, chart, &opt);
	}
	xsheet_finish(sh, false);
	free(t);
	return rc;
}

static int write_suggestions(struct session *s, const struct report_period *p, struct sat *r,
                             struct gerr *err)
{
	const char *titles[] = { _("Date"), _("Customer"), _("Respondent"), _("Suggestions") };
	xsheet_wrap(&r->sheet, 3, 60);
	xsheet_header(&r->sheet, 3, titles, 4);
	r->row = 4;
	int rc = db_report_sat_suggestions(s->db, p->year, suggestion_row, r, err);
	if (rc == GERR_OK && r->row == 4)
		xsheet_text(&r->sheet, r->row++, 0, _("No suggestions this year."), XF_SUBTITLE);
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int action_row(void *ud, const struct sat_action *a)
{
	struct sat *r = ud;
	struct xsheet *s = &r->sheet;
	int row = r->row++;
	const struct field *status = form_field(form_find("survey_actions"), "status");
	xsheet_int(s, row, 0, row - 3);
	xsheet_text(s, row, 1, a->item ? a->item : _("The survey as a whole"), XF_TEXT);
	xsheet_text(s, row, 2, a->finding, XF_WRAP);
	xsheet_text(s, row, 3, a->action, XF_WRAP);
	xsheet_text(s, row, 4, a->owner, XF_TEXT);
	xsheet_date(s, row, 5, a->due_date);
	xsheet_text(s, row, 6, field_choice_label(status, a->status), XF_TEXT);
	if (a->done_date)
		xsheet_date(s, row, 7, a->done_date);
	else
		xsheet_blank(s, row, 7);
	return 0;
}

/* The conclusions and who owns them (survey_actions records). */
static int write_actions(struct session *s, const struct report_period *p, struct sat *r,
                         struct gerr *err)
{
	const char *titles[] = { _("No."), _("Item"), _("Finding"), _("Action"), _("Owner"),
		                 _("Due date"), _("Status"), _("Done on") };
	xsheet_header(&r->sheet, 3, titles, 8);
	r->row = 4;
	int rc = db_report_sat_actions(s->db, p->year, action_row, r, err);
	if (rc == GERR_OK && r->row == 4)
		xsheet_text(&r->sheet, r->row++, 0, _("No actions recorded for this year."), XF_SUBTITLE);
	xsheet_finish(&r->sheet, true);
	return rc;
}

/* Bars of each item's mean and the overall score, this year against
 * last, from the summary, each labelled with its value; the value axis
 * starts half a point under the lowest mean, where differences show. */
static void write_chart(struct xbook *b, const struct report_period *p, const char *summary,
                        const struct sat *r, const char *subtitle)
{
	struct xsheet sheet;
	xsheet_add(b, &sheet, _("Chart"), subtitle);
	if (r->surveys == 0) {
		xsheet_text(&sheet, 3, 0, _("No surveys in this year."), XF_SUBTITLE);
		return;
	}
	lxw_chart *chart = workbook_add_chart(b->wb, LXW_CHART_COLUMN);
	lxw_row_t first = SUMMARY_FIRST, last = (lxw_row_t)(SUMMARY_FIRST + r->nitems);
	char name[16];
	struct { int year, col; } series[] = { { p->year, 2 }, { p->year - 1, 9 } };
	for (int i = 0; i < (r->any_last ? 2 : 1); i++) {
		lxw_chart_series *se = chart_add_series(chart, NULL, NULL);
		chart_series_set_categories(se, summary, first, 0, last, 0);
		chart_series_set_values(se, summary, first, (lxw_col_t)series[i].col, last,
		                        (lxw_col_t)series[i].col);
		snprintf(name, sizeof name, "%d", series[i].year);
		chart_series_set_name(se, name);
		chart_series_set_labels(se);
		chart_series_set_labels_num_format(se, "0.00");
	}
	chart_title_set_name(chart, _("Mean score per item"));
	double low = (double)(int)((r->low - 0.5) * 2) / 2; /* down to a half point */
	chart_axis_set_min(chart->y_axis, low < 0 ? 0 : low);
	chart_axis_set_max(chart->y_axis, 5);
	chart_axis_set_major_unit(chart->y_axis, 0.5);
	chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	lxw_chart_options opt = { .x_scale = 1.6, .y_scale = 1.5 };
	worksheet_insert_chart_opt(sheet.ws, 3, 0, chart, &opt);
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	char subtitle[200];
	snprintf(subtitle, sizeof subtitle,
	         _("Year %d. Reported to the general manager, copied to the quality management department."),
	         p->year);
	struct sat r = { 0 };
	xsheet_add_charted(b, &r.sheet, _("Summary"), subtitle);
	char *summary = xstrdup(b->sheet_names[b->nsheets - 1]);
	int rc = write_summary(s, p, &r, err);
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("By customer"), subtitle);
		rc = write_surveys(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Ranking"), subtitle);
		rc = write_ranking(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add_charted(b, &r.sheet, _("Trend"), subtitle);
		rc = write_trend(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Suggestions"), subtitle);
		rc = write_suggestions(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Actions"), subtitle);
		rc = write_actions(s, p, &r, err);
	}
	if (rc == GERR_OK)
		write_chart(b, p, summary, &r, subtitle);
	for (int i = 0; i < r.nitems; i++)
		free(r.items[i].name);
	free(r.items);
	free(r.weak);
	free(summary);
	return rc;
}

const struct report report_satisfaction = {
	.name = "satisfaction",
	.title = N_("Customer satisfaction annual summary"),
	.yearly = true,
	.write = write,
};
