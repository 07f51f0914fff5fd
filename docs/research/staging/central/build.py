# Build script for group `central` (Homs & Hama, Russian era). Writes all CSV/JSONL files.
import csv, json
G = "central"
OUT = "/work/main/docs/research/staging/central/"

SOURCES = []   # (id,title,author,publisher,date,url,archive_url,language,note)
def S(*a):
    assert len(a) == 9, a
    SOURCES.append(a)
CIT = []       # (claim, source, quote)
def C(claim, source, quote):
    assert len(quote) <= 300, (claim, len(quote))
    CIT.append((claim, source, quote))

SITES, PRS, CTL, EVT = [], [], [], []
def site(id, lon, lat, name, name_ru, name_ar, aliases, kind, gov, desc, prec):
    SITES.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                  "properties": {"id": id, "name": name, "name_ru": name_ru, "name_ar": name_ar,
                                 "aliases": aliases, "kind": kind, "governorate": gov,
                                 "description": desc, "coord_precision": prec}})
def P(id, site, start, end, op, role, conf, note): PRS.append((id, site, start, end, op, role, conf, note))
def K(id, site, start, end, holder, conf, note): CTL.append((id, site, start, end, holder, conf, note))
def E(id, date, site, kind, title, conf, note): EVT.append((id, date, site, kind, title, conf, note))

# ---------------- shared sources ----------------
S("com-src-wiki-baathist-syria","Ba'athist Syria","","Wikipedia","undated","https://en.wikipedia.org/wiki/Ba%27athist_Syria","https://owiki.org/wiki/Assad_regime","en","Read at a mirror (archive_url); revision not recorded.")
S("com-src-wiki-fall-assad","Fall of the Assad regime","","Wikipedia","undated","https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime","https://wikimili.com/en/Fall_of_the_Assad_regime","en","Read at a mirror (archive_url); revision not recorded.")
Q_BA = "Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party."
Q_FA = "On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces."

exec(open(OUT + "data_sources.py", encoding="utf-8").read())
exec(open(OUT + "data_rows.py", encoding="utf-8").read())

# ---------------- write ----------------
with open(OUT + "sites.jsonl", "w", encoding="utf-8") as f:
    for s in SITES: f.write(json.dumps(s, ensure_ascii=False) + "\n")
def w(name, header, rows):
    with open(OUT + name, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f); wr.writerow(header); wr.writerows(rows)
w("presence.csv", ["id","site","start","end","operator","role","confidence","note"], PRS)
w("control.csv", ["id","site","start","end","holder","confidence","note"], CTL)
w("events.csv", ["id","date","site","kind","title","confidence","note"], EVT)
w("sources.csv", ["id","title","author","publisher","date","url","archive_url","language","note"], SOURCES)
w("citations.csv", ["claim","source","quote"], CIT)
pubs = {}
for s in SOURCES: pubs.setdefault(s[3], None)
exec(open(OUT + "data_publishers.py", encoding="utf-8").read())
w("publishers.csv", ["publisher","tier","note"], [(p, TIERS[p][0], TIERS[p][1]) for p in pubs])
print("sites", len(SITES), "presence", len(PRS), "control", len(CTL), "events", len(EVT), "sources", len(SOURCES), "citations", len(CIT))
