# Build script for group ne staging files. Data gathered via `search` on 2026-11-29.
import csv, json, os

D = os.path.dirname(os.path.abspath(__file__))
SOURCES = []  # id,title,author,publisher,date,url,archive_url,language,note
CIT = []  # claim,source,quote
SITES = []
PRES = []
CTL = []
EVT = []
SYS = []
PUB = {}


def src(id, title, publisher, date, url, lang, author="", archive="", note=""):
    SOURCES.append(
        dict(
            id=id,
            title=title,
            author=author,
            publisher=publisher,
            date=date,
            url=url,
            archive_url=archive,
            language=lang,
            note=note,
        )
    )


def cite(claim, source, quote):
    CIT.append(dict(claim=claim, source=source, quote=quote))


def pub(name, tier, note=""):
    PUB[name] = dict(publisher=name, tier=tier, note=note)


def site(id, name, lon, lat, kind, gov, desc, prec, name_ru="", name_ar="", aliases=""):
    SITES.append(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": dict(
                id=id,
                name=name,
                name_ru=name_ru,
                name_ar=name_ar,
                aliases=aliases,
                kind=kind,
                governorate=gov,
                description=desc,
                coord_precision=prec,
            ),
        }
    )


def prs(id, site, start, end, role, conf, note="", op="russia"):
    PRES.append(dict(id=id, site=site, start=start, end=end, operator=op, role=role, confidence=conf, note=note))


def ctl(id, site, start, end, holder, conf, note=""):
    CTL.append(dict(id=id, site=site, start=start, end=end, holder=holder, confidence=conf, note=note))


def evt(id, date, site, kind, title, conf, note=""):
    EVT.append(dict(id=id, date=date, site=site, kind=kind, title=title, confidence=conf, note=note))


def sysrow(id, site, system, rng, start, end, conf, note=""):
    SYS.append(dict(id=id, site=site, system=system, range_km=rng, start=start, end=end, confidence=conf, note=note))


exec(open(os.path.join(D, "data_sources.py"), encoding="utf-8").read())
exec(open(os.path.join(D, "data_sites.py"), encoding="utf-8").read())


def w(name, rows, cols):
    with open(os.path.join(D, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols)
        wr.writeheader()
        for r in rows:
            wr.writerow(r)


w("sources.csv", SOURCES, "id,title,author,publisher,date,url,archive_url,language,note".split(","))
w("citations.csv", CIT, ["claim", "source", "quote"])
w("presence.csv", PRES, "id,site,start,end,operator,role,confidence,note".split(","))
w("control.csv", CTL, "id,site,start,end,holder,confidence,note".split(","))
w("events.csv", EVT, "id,date,site,kind,title,confidence,note".split(","))
w("systems.csv", SYS, "id,site,system,range_km,start,end,confidence,note".split(","))
w("publishers.csv", list(PUB.values()), ["publisher", "tier", "note"])
with open(os.path.join(D, "sites.jsonl"), "w", encoding="utf-8") as f:
    for s in SITES:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
# checks
ids = {s["id"] for s in SOURCES}
assert len(ids) == len(SOURCES), "dup source ids"
for c in CIT:
    assert c["source"] in ids, c
    assert len(c["quote"]) <= 300, (c["claim"], len(c["quote"]))
claims = {c["claim"] for c in CIT}
allrows = [r["id"] for r in PRES + CTL + EVT + SYS] + [s["properties"]["id"] for s in SITES]
for r in allrows:
    if r not in claims:
        print("NO CITATION", r)
for s in SOURCES:
    if s["publisher"] not in PUB:
        print("NO PUB", s["publisher"])
used = {c["source"] for c in CIT}
for s in SOURCES:
    if s["id"] not in used:
        print("UNUSED SRC", s["id"])
print(
    len(SITES),
    "sites",
    len(PRES),
    "prs",
    len(CTL),
    "ctl",
    len(EVT),
    "evt",
    len(SYS),
    "sys",
    len(SOURCES),
    "src",
    len(CIT),
    "cit",
)
