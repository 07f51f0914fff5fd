import csv, json
rows=list(csv.DictReader(open('control.csv')))
sites=[json.loads(l)['properties']['id'] for l in open('sites.jsonl')]
def key(d): return d.lstrip('~')
for s in sites:
    rs=[r for r in rows if r['site']==s]
    main=[r for r in rs if not (r['note'].startswith('Overlaps') or 'overlapping ne-ctl' in r['note'])]
    main.sort(key=lambda r:key(r['start']))
    ok = key(main[0]['start'])<='1971'
    for a,b in zip(main,main[1:]):
        if a['end']!=b['start']: ok=False; print(s,'GAP',a['id'],a['end'],b['id'],b['start'])
    if main[-1]['end']!='': ok=False; print(s,'no open end')
    for r in rs:
        if r['holder']=='unknown' and not r['note']: print('unknown w/o note', r['id'])
    print(s, 'OK' if ok else 'BAD', [ (r['holder'],r['start'],r['end']) for r in main])
