#!/usr/bin/python3
# The satisfaction roll-up written by Python XlsxWriter (Debian
# python3-xlsxwriter) from the same database with the same queries and the
# same sheets as `gspdesk report satisfaction`: the baseline of
# bench/satisfaction.sh. Usage: satisfaction.py DB YEAR OUT.xlsx
import sqlite3
import sys
import datetime
import xlsxwriter

db, year, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
con = sqlite3.connect(db)
wb = xlsxwriter.Workbook(out, {"constant_memory": True})
f = {k: wb.add_format(v) for k, v in {
    "title": {"bold": True, "font_size": 16}, "head": {"bold": True, "border": 1},
    "text": {"border": 1}, "int": {"border": 1, "num_format": "0"},
    "dec": {"border": 1, "num_format": "0.00"}, "pct": {"border": 1, "num_format": "0.0%"},
    "date": {"border": 1, "num_format": "yyyy-mm-dd"}}.items()}

def sheet(name):
    ws = wb.add_worksheet(name)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.write_string(0, 0, "Customer satisfaction annual summary", f["title"])
    ws.write_string(1, 0, "Year %d" % year)
    return ws

def date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d")

counts = lambda v: (f"count(*) n, avg({v}) m, sum({v} >= 4) sat, sum({v} = 1) c1, sum({v} = 2) c2,"
                    f" sum({v} = 3) c3, sum({v} = 4) c4, sum({v} = 5) c5")
cols = ("ifnull(a.n,0), a.m, ifnull(a.sat,0), ifnull(a.c1,0), ifnull(a.c2,0), ifnull(a.c3,0),"
        " ifnull(a.c4,0), ifnull(a.c5,0), b.m")
rows = con.execute(
    f"WITH agg AS (SELECT sc.item item, s.year y, {counts('sc.score')} FROM surveys s"
    " JOIN survey_scores sc ON sc.survey = s.id WHERE s.voided = 0 AND sc.voided = 0"
    " AND s.year IN (?1, ?1 - 1) GROUP BY sc.item, s.year),"
    f" ov AS (SELECT year y, {counts('overall')} FROM surveys WHERE voided = 0"
    " AND year IN (?1, ?1 - 1) GROUP BY year)"
    f" SELECT i.id id, i.name, {cols}, 0 k, ifnull(i.position, 1000000) pos FROM survey_items i"
    " LEFT JOIN agg a ON a.item = i.id AND a.y = ?1 LEFT JOIN agg b ON b.item = i.id AND b.y = ?1 - 1"
    " WHERE i.voided = 0 AND i.active = 1 UNION ALL"
    f" SELECT 0, 'Overall score', {cols}, 1, 0 FROM (SELECT 1) LEFT JOIN ov a ON a.y = ?1"
    " LEFT JOIN ov b ON b.y = ?1 - 1 ORDER BY k, pos, id", (year,)).fetchall()
ws = sheet("Summary")
ws.write_row(3, 0, ["Item", "Responses", "Mean score", "Satisfied rate", "Score 1", "Score 2",
                    "Score 3", "Score 4", "Score 5", "Mean %d" % (year - 1), "Change"], f["head"])
items = [(r[0], r[1]) for r in rows if r[0]]
for i, r in enumerate(rows):
    row = 4 + i
    ws.write_string(row, 0, r[1], f["text"])
    ws.write_number(row, 1, r[2], f["int"])
    if r[3] is not None:
        ws.write_number(row, 2, r[3], f["dec"])
    if r[2]:
        ws.write_number(row, 3, r[4] / r[2], f["pct"])
    for k in range(5):
        ws.write_number(row, 4 + k, r[5 + k], f["int"])
    if r[10] is not None:
        ws.write_number(row, 9, r[10], f["dec"])
    if r[3] is not None and r[10] is not None:
        ws.write_number(row, 10, r[3] - r[10], f["dec"])

ws = sheet("By customer")
col = {item: 3 + c for c, (item, _) in enumerate(items)}
ws.write_row(3, 0, ["Customer", "Respondent", "Date"] + [n for _, n in items] + ["Overall score"],
             f["head"])
row = 4
for r in con.execute(
        "SELECT c.name, s.respondent, s.date, s.overall,"
        " ifnull(group_concat(sc.item || ':' || sc.score), '')"
        " FROM surveys s JOIN customers c ON c.id = s.customer"
        " LEFT JOIN survey_scores sc ON sc.survey = s.id AND sc.voided = 0"
        " WHERE s.voided = 0 AND s.year = ?1 GROUP BY s.id ORDER BY c.name, c.id, s.date, s.id",
        (year,)):
    ws.write_string(row, 0, r[0], f["text"])
    ws.write_string(row, 1, r[1], f["text"])
    ws.write_datetime(row, 2, date(r[2]), f["date"])
    for pair in filter(None, r[4].split(",")):
        item, score = map(int, pair.split(":"))
        if item in col:
            ws.write_number(row, col[item], score, f["int"])
    ws.write_number(row, 3 + len(items), r[3], f["int"])
    row += 1
row += 1
ws.write_string(row, 0, "Customers with sales in %d and no survey:" % year)
row += 1
for (name,) in con.execute(
        "SELECT c.name FROM customers c WHERE c.voided = 0 AND EXISTS (SELECT 1 FROM sales x"
        " WHERE x.customer = c.id AND x.voided = 0 AND x.sale_date BETWEEN ?2 AND ?3)"
        " AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.customer = c.id AND s.voided = 0"
        " AND s.year = ?1) ORDER BY c.name, c.id", (year, "%d-01-01" % year, "%d-12-31" % year)):
    ws.write_string(row, 0, name, f["text"])
    row += 1
ws.autofilter(3, 0, row, 3 + len(items))

ws = sheet("Suggestions")
ws.write_row(3, 0, ["Date", "Customer", "Respondent", "Suggestions"], f["head"])
row = 4
for r in con.execute(
        "SELECT s.date, c.name, s.respondent, s.suggestions FROM surveys s"
        " JOIN customers c ON c.id = s.customer WHERE s.voided = 0 AND s.year = ?1"
        " AND trim(ifnull(s.suggestions, '')) <> '' ORDER BY s.date, s.id", (year,)):
    ws.write_datetime(row, 0, date(r[0]), f["date"])
    for c in range(1, 4):
        ws.write_string(row, c, r[c], f["text"])
    row += 1

ws = sheet("Chart")
chart = wb.add_chart({"type": "column"})
last = 4 + len(items) - 1
for y, c in ((year, 2), (year - 1, 9)):
    chart.add_series({"name": str(y), "categories": ["Summary", 4, 0, last, 0],
                      "values": ["Summary", 4, c, last, c]})
ws.insert_chart(3, 0, chart)
wb.close()
