#!/usr/bin/env python3
"""Entity sample (docs/judging.md): one mention per (article, entity), first in the article
(title before body), rows sorted by (article id, entity id), drawn with
random.Random(SEED).sample. Parts: wikistudy (Wikinews, input_id last hex
digit even), wikiheld (odd), wcepstudy (WCEP before 2026-05-01), wcepheld
(since); wikical/wikifinal and wcepcal/wcepfinal split the held-out parts
again (Wikinews ids ending 1357 / 9bdf; WCEP May-June / since July 2026).
Usage: entity-sample.py ARCHIVE PART SEED [N] [SEEN.tsv ...]: with earlier
sheets given, the pairs they hold are left out of the draw, so that a draw
from a small part reads only pairs no judge has seen."""
import random, sqlite3, sys

db, part, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 100
seen = set()
for sheet in sys.argv[5:]:
    for line in open(sheet, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) > 3 and f[0] != "n" and f[3].endswith(")"):
            seen.add((f[1][:12], f[3][f[3].rindex("(") + 1:-1]))
            seen.add((f[1][:12], f[2]))  # the same words, whatever they were linked to
even = "(substr(json_extract(a.extra,'$.input_id'),-1) in ('0','2','4','6','8','a','c','e'))"
cond = {
    "wikistudy": "(a.outlet='Wikinews' and %s)" % even,
    "wikiheld": "(a.outlet='Wikinews' and not %s)" % even,
    "wcepstudy": "(a.outlet!='Wikinews' and a.published < '2026-05-01')",
    "wcepheld": "(a.outlet!='Wikinews' and a.published >= '2026-05-01')",
    "newheld": "(((a.outlet='Wikinews' and not %s) or (a.outlet!='Wikinews' and a.published >= '2026-05-01')) and m.entity_id like 'new:%%')" % even,
    # session 21 split the held-out parts again: the first half is studied, the second measured
    "wikical": "(a.outlet='Wikinews' and substr(json_extract(a.extra,'$.input_id'),-1) in ('1','3','5','7'))",
    "wikifinal": "(a.outlet='Wikinews' and substr(json_extract(a.extra,'$.input_id'),-1) in ('9','b','d','f'))",
    "wcepcal": "(a.outlet!='Wikinews' and a.published >= '2026-05-01' and a.published < '2026-07-01')",
    "wcepfinal": "(a.outlet!='Wikinews' and a.published >= '2026-07-01')",
    # names the knowledge base lacks, in the parts open to study (Wikinews ids ending 0-8, a, c, e; WCEP before July 2026)
    "newopen": "(((a.outlet='Wikinews' and substr(json_extract(a.extra,'$.input_id'),-1) not in ('9','b','d','f')) or (a.outlet!='Wikinews' and a.published < '2026-07-01')) and m.entity_id like 'new:%%')",
    "placesheld": "(a.outlet!='Wikinews' and a.published >= '2026-05-01' and e.kind in ('place','facility'))",
    # session 22: places of the final WCEP half (since July 2026), which no session studied
    "placesfinal": "(a.outlet!='Wikinews' and a.published >= '2026-07-01' and e.kind in ('place','facility'))",
}[part]
c = sqlite3.connect(db)
rows = c.execute(f"""
select m.article_id, m.entity_id, m.field, m.start, m."end", m.text, e.name, e.kind, e.country, e.lat, e.lon
from mentions m join articles a on a.id=m.article_id join entities e on e.id=m.entity_id
where a.duplicate_of is null and {cond}
order by m.article_id, m.entity_id, case m.field when 'title' then 0 else 1 end, m.start""").fetchall()
places = part in ("placesheld", "placesfinal")
first = {}
for r in rows:
    first.setdefault((r[0], r[1]), r)
keys = sorted(k for k in first if (k[0][:12], k[1]) not in seen and (k[0][:12], first[k][5]) not in seen)
pick = random.Random(seed).sample(keys, min(n, len(keys)))
print("n\tarticle\tmention\tentity\tkind\tcountry\t" + ("coordinates\t" if places else "") + "ok\tnote\tcontext")
for i, k in enumerate(pick, 1):
    aid, eid, field, s, e, text, name, kind, country, lat, lon = first[k]
    body = c.execute(f"select {field} from articles where id=?", (aid,)).fetchone()[0].encode()
    lo = max(0, s - 260); hi = min(len(body), e + 260)
    lo = body.rfind(b". ", 0, s - 120) + 2 if body.rfind(b". ", lo, s - 120) > 0 else lo
    ctx = (body[lo:s] + b"[[" + body[s:e] + b"]]" + body[e:hi]).decode("utf-8", "replace")
    ctx = " ".join(ctx.split())
    coords = (f"{lat:.3f},{lon:.3f}\t" if lat is not None else "none\t") if places else ""
    print(f"{i}\t{aid[:12]}\t{text}\t{name} ({eid})\t{kind}\t{country}\t{coords}\t\t{ctx}")
