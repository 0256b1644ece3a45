# pages.py BOOK.xlsx BOOK.pdf ...: each workbook as LibreOffice printed it.
# One line per workbook: "NAME pages N a4 N orientations N smallest P
# missing N" and then one line per text not found. The smallest printed
# size is read from the PDF's words (pdftotext -bbox: a word's box is
# 1.2727 times its font size for the Noto CJK and Liberation fonts
# LibreOffice prints with); a cell's text is found when the PDF's words,
# one after the other, spell it (a wrapped cell's lines are words of
# their own, between its neighbours' in reading order; a text that fills
# its cell runs into the next cell's word).
import bisect, functools, html, os, re, subprocess, sys
import openpyxl

BOX = 1.2727


def page_sizes(pdf):
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99999", pdf],
                         capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in
            re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", out)]


def words(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    for y0, y1, w in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" '
                                r'yMax="([\d.]+)">([^<]*)</word>', out):
        yield (float(y1) - float(y0)) / BOX, html.unescape(w)


def a4(size):
    w, h = sorted(size)
    return abs(w - 595.3) < 1 and abs(h - 841.9) < 1


for xlsx, pdf in zip(sys.argv[1::2], sys.argv[2::2]):
    sizes = page_sizes(pdf)
    found = set()
    smallest = 99.0
    for pt, w in words(pdf):
        found.add(w)
        smallest = min(smallest, pt)
    ordered = sorted(found)

    def starts_a_word(s):
        i = bisect.bisect_left(ordered, s)
        return i < len(ordered) and ordered[i].startswith(s)

    @functools.lru_cache(maxsize=None)
    def spelt(s):
        return (s == "" or any(s[:k] in found and spelt(s[k:]) for k in range(len(s), 0, -1))
                or starts_a_word(s))

    missing = []
    for ws in openpyxl.load_workbook(xlsx).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.strip():
                    if not spelt(re.sub(r"\s+", "", c.value)):
                        missing.append("%s!%s %s" % (ws.title, c.coordinate, c.value))
    print("%s pages %d a4 %d orientations %d smallest %.1f missing %d" % (
        os.path.basename(xlsx), len(sizes), sum(a4(s) for s in sizes),
        len(set(w > h for w, h in sizes)), smallest, len(missing)))
    for m in missing[:5]:
        print("  missing", m)
