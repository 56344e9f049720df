#!/usr/bin/env python3
"""entdiff.py OLD.db NEW.db [PART]: mentions that differ between two
archives on the study parts only (Wikinews input_id ending 0-8, a, c, e; WCEP
before 2026-07-01): by (article, field, start) the text/entity/kind changes,
mentions only in one. Prints the changed rows with context."""
import sqlite3, sys
old, new = sys.argv[1], sys.argv[2]
# the study parts, with the held-out halves session 21 opened to study (Wikinews ids ending
# 1 3 5 7, WCEP May-June 2026); the other halves stay the final measure
even = "(substr(json_extract(a.extra,'$.input_id'),-1) in ('0','2','4','6','8','a','c','e','1','3','5','7'))"
study = f"((a.outlet='Wikinews' and {even}) or (a.outlet!='Wikinews' and a.published < '2026-07-01'))"
def load(db):
    c = sqlite3.connect(db)
    q = f"""select m.article_id, m.field, m.start, m."end", m.text, m.entity_id, e.kind, e.country
    from mentions m join articles a on a.id=m.article_id join entities e on e.id=m.entity_id
    where {study}"""
    return c, {(r[0], r[1], r[2]): r for r in c.execute(q)}
co, A = load(old)
cn, B = load(new)
def ctx(aid, field, s, e):
    body = co.execute(f"select {field} from articles where id=?", (aid,)).fetchone()[0].encode()
    lo, hi = max(0, s - 100), min(len(body), e + 100)
    return " ".join((body[lo:s] + b"[[" + body[s:e] + b"]]" + body[e:hi]).decode("utf-8", "replace").split())
n = 0
for k in sorted(set(A) | set(B)):
    a, b = A.get(k), B.get(k)
    if a and b and a[3:] == b[3:]:
        continue
    n += 1
    fmt = lambda r: "-" if r is None else f"{r[4]!r}={r[5]}({r[6]}/{r[7]})"
    r = a or b
    print(f"{k[0][:10]} OLD {fmt(a)}  NEW {fmt(b)}\n    {ctx(k[0], k[1], r[2], r[3])}")
print(f"{n} mention positions changed", file=sys.stderr)
