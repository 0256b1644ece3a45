"""Re-hashes gspdesk's audit chain from row FROM on, as an attacker who
can write the file would after changing rows: the chain then verifies.
Written from the format in src/base/chain.c, not from the program's output.
Usage: rehash.py DB FROM"""
import hashlib
import sqlite3
import sys


def part(s):
    if s is None:
        return b"N"
    b = str(s).encode()
    return str(len(b)).encode() + b":" + b


db = sqlite3.connect(sys.argv[1])
start = int(sys.argv[2])
db.execute("DROP TRIGGER IF EXISTS audit_no_update")
prev = ""
for (i, at, user, form, rec, action, changes, reason, h) in db.execute(
        "SELECT id, at, user, form, record_id, action, changes, reason, hash"
        " FROM audit ORDER BY id").fetchall():
    if i >= start and h is not None:  # rows older than the chain have none
        m = hashlib.sha256()
        for p in ("gspdesk-audit-1", i, at, user, form, rec, action, changes, reason, prev):
            m.update(part(p))
        h = m.hexdigest()
        db.execute("UPDATE audit SET hash = ? WHERE id = ?", (h, i))
    prev = h or ""
# the trigger as the migration wrote it, so the schema stays the program's
sql = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'audit_no_delete'").fetchone()[0]
db.execute(sql.replace("audit_no_delete", "audit_no_update").replace("DELETE", "UPDATE"))
db.commit()
