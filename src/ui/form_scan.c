/* The form screen's scan line: a UDI typed or scanned (a handheld scanner
 * types it as keys, GS as Ctrl-]) fills the fields it gives, as the form
 * declares (form.scan); an unknown GTIN may be attached to a product. */
#include "config.h"
#include "ui/form_screen.h"
#include "base/i18n.h"
#include "base/gs1.h"
#include "base/strbuf.h"
#include "core/perm.h"
#include "core/records.h"
#include "core/udi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* GS is a control character the line editor refuses: it is kept and
 * shown as its picture, U+241D, and turned back before parsing. */
#define GS_PICTURE 0x241D
#define GS_PICTURE_UTF8 "\xe2\x90\x9d"

const char *form_scan_label(void)
{
	return _("Scan UDI");
}

void form_scan_draw(struct form_screen *fs, int y, int x, int width, int *cy, int *cx)
{
	int editw = width < 40 ? width : 40;
	struct strbuf view = STRBUF_INIT;
	int cur = 0;
	if (fs->in_scan)
		le_view(&fs->scan, editw, &view, &cur);
	else
		le_view_start(&fs->scan, editw, &view);
	term_text(y, x, editw, fs->in_scan ? R_FIELD_ACTIVE : R_FIELD, sb_str(&view));
	sb_free(&view);
	if (fs->scan_error[0])
		term_text(y, x + editw + 1, width - editw - 1, R_ERROR, fs->scan_error);
	if (fs->in_scan) {
		*cy = y;
		*cx = x + cur;
	}
}

static bool refuse(struct form_screen *fs, const char *msg)
{
	snprintf(fs->scan_error, sizeof fs->scan_error, "%s", msg);
	ui_message(fs->ui, R_ERROR, "%s", msg);
	return false;
}

/* No product has u's GTIN: offers to give it to one the user picks (an
 * edit of that product, with its reason), then finds it again. */
static bool attach(struct form_screen *fs, const char *text, struct udi_unit *u)
{
	struct ui *ui = fs->ui;
	const struct form *products = form_find("products");
	char msg[512];
	if (!perm_allowed(ui->s.user.role, products, PERM_EDIT)) {
		snprintf(msg, sizeof msg,
		         _("No product has the GTIN %s; someone who may change products can give it to one."),
		         u->code.gtin);
		return refuse(fs, msg);
	}
	snprintf(msg, sizeof msg, _("No product has the GTIN %s. Give it to a product?"), u->code.gtin);
	char gtin[sizeof u->code.gtin];
	snprintf(gtin, sizeof gtin, "%s", u->code.gtin);
	int64_t id = ui_confirm(ui, msg) ? screen_picker(ui, products, "") : 0;
	char *reason = NULL;
	snprintf(msg, sizeof msg, _("Reason for giving the product the GTIN %s:"), gtin);
	if (id == 0 || !ui_prompt_reason(ui, msg, &reason)) {
		snprintf(msg, sizeof msg, _("No product has the GTIN %s."), gtin);
		return refuse(fs, msg);
	}
	struct gerr err = { 0 };
	int rc = udi_attach(&ui->s, id, gtin, reason, &err);
	free(reason);
	udi_free(u);
	if (rc == GERR_OK)
		rc = udi_lookup(&ui->s, text, u, &err);
	if (rc)
		return refuse(fs, err.msg);
	return u->product != NULL;
}

/* The code on the scan line into the form's fields; the cursor then goes
 * to the form's next field. False with the refusal beside the line. */
static bool apply(struct form_screen *fs)
{
	char *typed = le_text(&fs->scan);
	struct strbuf text = STRBUF_INIT;
	for (const char *p = typed; *p;) {
		if (strncmp(p, GS_PICTURE_UTF8, 3) == 0) {
			sb_addf(&text, "%c", GS1_GS);
			p += 3;
		} else {
			sb_addf(&text, "%c", *p++);
		}
	}
	free(typed);
	struct udi_unit u;
	struct gerr err = { 0 };
	bool ok = udi_lookup(&fs->ui->s, sb_str(&text), &u, &err) == GERR_OK;
	if (!ok)
		refuse(fs, err.msg);
	else if (!u.product)
		ok = attach(fs, sb_str(&text), &u);
	sb_free(&text);
	if (!ok) {
		udi_free(&u);
		return false;
	}
	struct assign a[UDI_FIELDS];
	int n = udi_fields(fs->form, &u, a);
	struct strbuf filled = STRBUF_INIT;
	for (int k = 0; k < n; k++) {
		int i = form_field_index(fs->form, a[k].field);
		le_set(&fs->ed[i], a[k].value);
		fs->ed[i].changed = true;
		fs->fresh[i] = false;
		form_check_field(fs, i);
		sb_addf(&filled, "%s%s", k ? _(", ") : "", _(fs->form->fields[i].label));
	}
	udi_free(&u);
	le_clear(&fs->scan);
	fs->scan_error[0] = '\0';
	fs->in_scan = false;
	int then = form_field_index(fs->form, fs->form->scan.then);
	if (then >= 0)
		fs->focus = then;
	ui_message(fs->ui, R_HINT, _("Filled from the scanned code: %s."), sb_str(&filled));
	sb_free(&filled);
	return true;
}

/* A first character that only a code starts with, typed into an empty
 * field the scan would fill or that holds no free text. */
static bool starts_code(struct form_screen *fs, enum action a, const struct key *k)
{
	if (fs->in_scan || fs->in_grid || a != ACT_NONE || k->fn ||
	    (k->code != '(' && k->code != ']'))
		return false;
	const struct field *f = &fs->form->fields[fs->focus];
	if (fs->ed[fs->focus].len > 0)
		return false;
	if (f->type != FT_TEXT)
		return true;
	return strcmp(f->name, "batch") == 0 || strcmp(f->name, "serial") == 0;
}

bool form_scan_key(struct form_screen *fs, enum action a, const struct key *k)
{
	if (!fs->has_scan)
		return false;
	if (starts_code(fs, a, k)) {
		fs->in_scan = true;
		le_clear(&fs->scan);
	} else if (!fs->in_scan && !fs->in_grid && (a == ACT_UP || a == ACT_PREV) &&
	           fs->focus == form_first_field(fs->form)) {
		fs->in_scan = true; /* the line above the first field */
		return true;
	} else if (!fs->in_scan) {
		return false;
	}
	switch (a) {
	case ACT_OPEN:
	case ACT_NEXT:
	case ACT_DOWN:
		if (fs->scan.len == 0) {
			fs->in_scan = false;
			fs->scan_error[0] = '\0';
		} else {
			apply(fs);
		}
		return true;
	case ACT_UP:
	case ACT_PREV:
		return true;
	case ACT_NONE:
		if (!k->fn && k->code == (wint_t)GS1_GS) {
			le_insert(&fs->scan, GS_PICTURE);
			return true;
		}
		break;
	default:
		break;
	}
	return ui_edit_key(&fs->scan, a, k);
}
