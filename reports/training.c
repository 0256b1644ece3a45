/* 年度培训汇总 — the year's training: the sessions with their rosters
 * counted, every attendee, each person's hours, the staff with no laws and
 * regulations training that year, and the operators still to retrain at
 * its end (core/training.h decides both). Written row by row for the
 * constant-memory workbook of report_run. */
#include "config.h"
#include "base/i18n.h"
#include "model/record.h"
#include "core/training.h"
#include "db/db_report.h"
#include "report/report.h"
#include "db/db_training.h"

#include <stdio.h>
#include <string.h>

struct trn {
	struct xsheet sheet;
	int row;
	const struct form *training, *attendees;
	double hour_unit; /* stored hours per hour: 10 for tenths */
	char as_at[11];   /* the day the retrain list is judged at */
	int64_t hours, roster, attended, passed, retrain;
};

static const char *label(const struct form *f, const char *field)
{
	return _(form_field(f, field)->label);
}

static const char *choice(const struct form *f, const char *field, const char *code)
{
	return field_choice_label(form_field(f, field), code);
}

static void hours(struct trn *r, int col, int64_t scaled)
{
	xsheet_number(&r->sheet, r->row, col, (double)scaled / r->hour_unit, XF_TENTHS);
}

/* Nothing on a sheet: one line saying so under the column titles. */
static void none(struct trn *r, int first, const char *text)
{
	if (r->row == first)
		xsheet_text(&r->sheet, r->row++, 0, text, XF_SUBTITLE);
}

static int session_row(void *ud, const struct trn_session *t)
{
	struct trn *r = ud;
	struct xsheet *s = &r->sheet;
	xsheet_date(s, r->row, 0, t->date);
	xsheet_text(s, r->row, 1, t->topic, XF_TEXT);
	xsheet_text(s, r->row, 2, choice(r->training, "kind", t->kind), XF_TEXT);
	xsheet_text(s, r->row, 3, t->trainer, XF_TEXT);
	if (t->has_hours)
		hours(r, 4, t->hours);
	else
		xsheet_blank(s, r->row, 4);
	xsheet_text(s, r->row, 5, t->place, XF_TEXT);
	xsheet_text(s, r->row, 6, t->customer, XF_TEXT);
	int64_t n[] = { t->roster, t->attended, t->passed, t->retrain };
	for (int k = 0; k < 4; k++)
		xsheet_int(s, r->row, 7 + k, n[k]);
	r->hours += t->has_hours ? t->hours : 0;
	r->roster += t->roster;
	r->attended += t->attended;
	r->passed += t->passed;
	r->retrain += t->retrain;
	r->row++;
	return 0;
}

static int write_sessions(struct session *s, const struct report_period *p, struct trn *r,
                          struct gerr *err)
{
	const struct form *t = r->training;
	const char *titles[] = { label(t, "date"), label(t, "topic"), label(t, "kind"),
	                         label(t, "trainer"), label(t, "hours"), label(t, "place"),
	                         label(t, "customer"), _("On the roster"), _("Attended"),
	                         _("Passed"), _("Needs another session") };
	xsheet_header(&r->sheet, 3, titles, 11);
	r->row = 4;
	int rc = db_report_trn_sessions(s->db, p->from, p->until, session_row, r, err);
	if (rc == GERR_OK && r->row > 4) {
		/* TRANSLATORS: the total row of the sessions: how many there were */
		char text[64];
		snprintf(text, sizeof text, _("Sessions in all: %d"), r->row - 4);
		xsheet_text(&r->sheet, r->row, 0, text, XF_BOLD);
		for (int c = 1; c < 11; c++)
			xsheet_text(&r->sheet, r->row, c, "", XF_BOLD);
		hours(r, 4, r->hours);
		int64_t n[] = { r->roster, r->attended, r->passed, r->retrain };
		for (int k = 0; k < 4; k++)
			xsheet_int(&r->sheet, r->row, 7 + k, n[k]);
		r->row++;
	}
	none(r, 4, _("No training sessions in this year."));
	xsheet_finish(&r->sheet, false);
	return rc;
}

static int attendee_row(void *ud, const struct trn_attendee *a)
{
	struct trn *r = ud;
	struct xsheet *s = &r->sheet;
	xsheet_date(s, r->row, 0, a->date);
	xsheet_text(s, r->row, 1, a->topic, XF_TEXT);
	xsheet_text(s, r->row, 2, choice(r->training, "kind", a->kind), XF_TEXT);
	xsheet_text(s, r->row, 3, a->name, XF_TEXT);
	xsheet_text(s, r->row, 4, a->unit, XF_TEXT);
	xsheet_text(s, r->row, 5, a->attended ? _("yes") : _("no"), XF_TEXT);
	xsheet_text(s, r->row, 6, choice(r->attendees, "result", a->result), XF_TEXT);
	xsheet_date(s, r->row, 7, a->retrain_date);
	xsheet_text(s, r->row, 8, a->customer, XF_TEXT);
	r->row++;
	return 0;
}

static int write_attendees(struct session *s, const struct report_period *p, struct trn *r,
                           struct gerr *err)
{
	const struct form *t = r->training, *a = r->attendees;
	const char *titles[] = { label(t, "date"), label(t, "topic"), label(t, "kind"),
	                         label(a, "name"), label(a, "unit"), label(a, "attended"),
	                         label(a, "result"), label(a, "retrain_date"), label(a, "customer") };
	xsheet_header(&r->sheet, 3, titles, 9);
	r->row = 4;
	int rc = db_report_trn_attendees(s->db, p->from, p->until, attendee_row, r, err);
	none(r, 4, _("None."));
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int person_row(void *ud, const struct trn_person *pp)
{
	struct trn *r = ud;
	struct xsheet *s = &r->sheet;
	xsheet_text(s, r->row, 0, pp->name, XF_TEXT);
	xsheet_text(s, r->row, 1, pp->unit, XF_TEXT);
	xsheet_text(s, r->row, 2, pp->operator ? _("customer operator") : _("staff"), XF_TEXT);
	xsheet_int(s, r->row, 3, pp->sessions);
	hours(r, 4, pp->hours);
	hours(r, 5, pp->regulations_hours);
	xsheet_int(s, r->row, 6, pp->passed);
	xsheet_int(s, r->row, 7, pp->retrain);
	xsheet_text(s, r->row, 8, pp->customer, XF_TEXT);
	r->row++;
	return 0;
}

static int write_people(struct session *s, const struct report_period *p, struct trn *r,
                        struct gerr *err)
{
	const struct form *a = r->attendees;
	const char *titles[] = { label(a, "name"), label(a, "unit"), _("Trained as"),
	                         _("Sessions attended"), _("Hours"), _("Of which laws and regulations"),
	                         _("Passed"), _("Needs another session"), label(a, "customer") };
	xsheet_header(&r->sheet, 3, titles, 9);
	r->row = 4;
	int rc = db_report_trn_people(s->db, p->from, p->until, person_row, r, err);
	none(r, 4, _("None."));
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int untrained_row(void *ud, const char *name, const char *unit, const char *last)
{
	struct trn *r = ud;
	xsheet_text(&r->sheet, r->row, 0, name, XF_TEXT);
	xsheet_text(&r->sheet, r->row, 1, unit, XF_TEXT);
	xsheet_date(&r->sheet, r->row, 2, last);
	r->row++;
	return 0;
}

static int write_untrained(struct session *s, const struct report_period *p, struct trn *r,
                           struct gerr *err)
{
	const struct form *a = r->attendees;
	const struct form *st = form_find("staff");
	const char *titles[] = { label(a, "name"), label(st, "department"),
	                         _("Last laws and regulations session") };
	xsheet_header(&r->sheet, 3, titles, 3);
	r->row = 4;
	int rc = training_staff_without_regulations(s, p->year, untrained_row, r, err);
	none(r, 4, _("None."));
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int retrain_row(void *ud, const struct retrain *t)
{
	struct trn *r = ud;
	struct xsheet *s = &r->sheet;
	xsheet_int(s, r->row, 0, r->row - 3);
	xsheet_text(s, r->row, 1, t->name, XF_TEXT);
	xsheet_text(s, r->row, 2, t->unit ? t->unit : "", XF_TEXT);
	xsheet_text(s, r->row, 3, t->customer ? t->customer : "", XF_WRAP);
	xsheet_date(s, r->row, 4, t->session_date);
	xsheet_text(s, r->row, 5, t->topic, XF_WRAP);
	xsheet_date(s, r->row, 6, t->retrain_date);
	/* the day planned has passed by the day the list is judged at */
	bool late = t->retrain_date && strcmp(t->retrain_date, r->as_at) < 0;
	xsheet_text(s, r->row, 7, late ? _("overdue") : "", XF_TEXT);
	r->row++;
	return 0;
}

static int write_retrain(struct session *s, const struct report_period *p, struct trn *r,
                         struct gerr *err)
{
	const struct form *t = r->training, *a = r->attendees;
	const char *titles[] = { _("No."), label(a, "name"), label(a, "unit"), label(a, "customer"),
	                         _("Session date"), label(t, "topic"), label(a, "retrain_date"),
	                         _("Overdue") };
	xsheet_header(&r->sheet, 3, titles, 8);
	r->row = 4;
	int rc = training_retrain_open_in(s, p->year, retrain_row, r, err);
	none(r, 4, _("None."));
	xsheet_finish(&r->sheet, true);
	return rc;
}

static int write(struct session *s, const struct report_period *p, struct xbook *b,
                 struct gerr *err)
{
	b->landscape = true;
	struct trn r = { .training = form_find("training"), .attendees = form_find("attendees"),
	                 .hour_unit = 1 };
	for (int k = 0; k < form_field(r.training, "hours")->scale; k++)
		r.hour_unit *= 10;
	char sub[200];
	snprintf(sub, sizeof sub, _("Sessions held in %d."), p->year);
	xsheet_add(b, &r.sheet, _("Sessions"), sub);
	int rc = write_sessions(s, p, &r, err);
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Attendees"), sub);
		rc = write_attendees(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		xsheet_add(b, &r.sheet, _("Hours per person"), sub);
		rc = write_people(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		snprintf(sub, sizeof sub,
		         _("Active staff on the register who attended no laws and regulations session in %d."),
		         p->year);
		xsheet_add(b, &r.sheet, _("No regulations training"), sub);
		rc = write_untrained(s, p, &r, err);
	}
	if (rc == GERR_OK) {
		training_as_at(s, p->year, r.as_at);
		snprintf(sub, sizeof sub,
		         _("Marked as needing another session and not passed by %s."), r.as_at);
		xsheet_add(b, &r.sheet, _("Still to retrain"), sub);
		rc = write_retrain(s, p, &r, err);
	}
	return rc;
}

const struct report report_training = {
	.name = "training",
	.title = N_("Training annual summary"),
	.yearly = true,
	.write = write,
};
