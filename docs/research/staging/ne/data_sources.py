# ---- publishers
pub("Wikipedia", "reference")
pub("TASS", "partisan-or-state")
pub("Reuters (via National Post)", "wire", "Reuters wire text carried by the National Post")
pub("RT", "partisan-or-state")
pub("ISWNews", "partisan-or-state")
pub("Al-Masdar News", "partisan-or-state")
pub("UAWire", "regional-outlet")
pub("Sky News Arabia", "major-outlet")
pub("Kurdistan24", "regional-outlet")
pub("Al-Jazirah (Saudi daily)", "regional-outlet", "Saudi daily; relays Reuters and SOHR")
pub("Syria Today", "regional-outlet", "Small English-language site; low reliability")
pub("SouthFront", "partisan-or-state")
pub("Syrian Observatory for Human Rights", "monitor")
pub("Russian Ministry of Defence", "official")
pub("UrduPoint (Sputnik)", "partisan-or-state", "Sputnik wire text carried by UrduPoint")
pub("Al-Khabour", "regional-outlet", "Local opposition-leaning news network covering eastern Syria")
pub("Shafaq News", "regional-outlet")
pub("Enab Baladi", "regional-outlet")
pub("Al-Araby al-Jadeed", "major-outlet")
pub("Baladi News", "regional-outlet")
pub("Syriac Press", "regional-outlet")
pub("AFP (via news.amierul.com)", "wire", "AFP wire copy")
pub("Daily Sabah", "regional-outlet")
pub("AP (via Africanews)", "wire")
pub("Rudaw", "regional-outlet")
pub("Okaz", "regional-outlet")
pub("Al-Mohrar Media", "regional-outlet", "Opposition outlet")
pub("Anadolu Agency (via A News)", "partisan-or-state", "Turkish state agency text carried by A News")
pub("Devdiscourse (Reuters)", "wire", "Reuters-based report")
pub("UNN (Reuters)", "regional-outlet", "Ukrainian agency relaying Reuters")
pub(
    "Zougla.gr (embedding a Clash Report post)",
    "partisan-or-state",
    "Greek site embedding a social-media aggregator post; weak",
)
pub("Reuters (via Yahoo News)", "wire")
pub("SDF Press", "partisan-or-state", "SDF official media")
pub("Smart News Agency", "regional-outlet", "Opposition news agency")

# ---- shared sources (copied verbatim from SPEC)
SOURCES.append(
    dict(
        id="com-src-wiki-baathist-syria",
        title="Ba'athist Syria",
        author="",
        publisher="Wikipedia",
        date="undated",
        url="https://en.wikipedia.org/wiki/Ba%27athist_Syria",
        archive_url="https://owiki.org/wiki/Assad_regime",
        language="en",
        note="Read at a mirror (archive_url); revision not recorded.",
    )
)
SOURCES.append(
    dict(
        id="com-src-wiki-fall-assad",
        title="Fall of the Assad regime",
        author="",
        publisher="Wikipedia",
        date="undated",
        url="https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime",
        archive_url="https://wikimili.com/en/Fall_of_the_Assad_regime",
        language="en",
        note="Read at a mirror (archive_url); revision not recorded.",
    )
)
Q_BAATH = "Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party."
Q_FALL = "On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces."

# ---- Tal Samin / Raqqa north
src(
    "ne-src-tass-2019-12-26",
    "Russian military police enter rear base abandoned by US troops in Syria's Tal Samin",
    "TASS",
    "2019-12-26",
    "https://tass.com/world/1103699",
    "en",
)
src(
    "ne-src-reuters-2019-12-26",
    "Russia takes over base left by U.S. forces near Syria's Raqqa: TASS",
    "Reuters (via National Post)",
    "2019-12-26",
    "https://nationalpost.com/pmn/news-pmn/politics-news-pmn/russia-takes-over-base-left-by-u-s-forces-near-syrias-raqqa-tass",
    "en",
    author="Andrew Osborn",
)
src(
    "ne-src-rt-2019-12-26",
    "WATCH Russian military police secure yet another abandoned US outpost in Syria",
    "RT",
    "2019-12-26",
    "https://www.rt.com/news/476838-russia-us-military-outpost-syria/",
    "en",
)
src(
    "ne-src-sdfpress-tal-samen-2017",
    "Tel al-Samen",
    "SDF Press",
    "2017-09",
    "http://sdf-press.com/en/2017/09/tel-al-samen/",
    "en",
    note="Date from the URL path (2017/09).",
)
src(
    "ne-src-alaraby-2022-08-02",
    "Syria: Russia sends reinforcements to Raqqa and holds water and air drills in rural Aleppo (Arabic)",
    "Al-Araby al-Jadeed",
    "2022-08-02",
    "https://www.alaraby.co.uk/politics/%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%AF%D9%81%D8%B9-%D8%A8%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA-%D9%84%D9%84%D8%B1%D9%82%D8%A9-%D9%88%D8%AA%D8%AC%D8%B1%D9%8A-%D8%AA%D8%AF%D8%B1%D9%8A%D8%A8%D8%A7%D8%AA-%D9%85%D8%A7%D8%A6%D9%8A%D8%A9-%D9%88%D8%AC%D9%88%D9%8A%D8%A9-%D8%A8%D8%B1%D9%8A%D9%81-%D8%AD%D9%84%D8%A8",
    "ar",
)
src(
    "ne-src-alkhabour-ainissa-withdrawal",
    "Raqqa: a Russian military column withdraws from Ain Issa (Arabic)",
    "Al-Khabour",
    "undated",
    "https://alkhabour.com/ar/news/single/1228/الرقة_انسحاب_رتل_عسكري_روسي_من_عين_عيسى",
    "ar",
    author="Suhaib al-Yaarubi",
    note="Date not shown in the retrieved text; the day is given as Sunday.",
)
src(
    "ne-src-shafaq-ainissa-return",
    "Less than a day after evacuating it, Russian forces return to their military base in Ain Issa (Arabic)",
    "Shafaq News",
    "undated",
    "https://api.shafaq.com/ar/عربي-ودولي/بعد-قل-من-يوم-على-خلا-ها-القوات-الروسية-تعود-لى-قاعدتها-العسكرية-في-عين-عيسى",
    "ar",
    note="Undated in the retrieved text; content matches the SOHR-reported withdrawal/return of Feb 2021.",
)
src(
    "ne-src-sohr-206128",
    "Hours after withdrawal | The Russians return to Ain Issa base",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/206128/",
    "en",
    note="Date not printed in the retrieved text (SOHR post id ~206128, early 2021).",
)
src(
    "ne-src-sohr-206267",
    "Russian Forces Abandoned Ain Issa Base In Northeastern Syria",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/206267/",
    "en",
    note="Reposts a SouthFront report; gives the day as 'February 21' without a year.",
)
src(
    "ne-src-enab-tarifawi-2020",
    "A patrol and a new base: Russian movements in rural Raqqa (Arabic)",
    "Enab Baladi",
    "2020-02-25",
    "https://enabbaladi.net/365806/%d8%af%d9%88%d8%b1%d9%8a%d8%a9-%d9%88%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d8%aa%d8%ad%d8%b1%d9%83%d8%a7%d8%aa-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d9%81%d9%8a-%d8%b1%d9%8a%d9%81",
    "ar",
    note="Text dates itself 'Tuesday 25 February' (2020 by the weekday and URL id).",
)

# ---- Ain Issa
src(
    "ne-src-syriatoday-2019-12-03",
    "New Russian military bases placed in Syria",
    "Syria Today",
    "2019-12-03",
    "https://syriatoday.info/2019/12/03/new-russian-military-bases-placed-in-syria/",
    "en",
    note="Short unsourced item; low reliability.",
)
src(
    "ne-src-smart-2019-11-06",
    "Russia sends vehicles and military equipment to the town of Ain Issa in Raqqa (Arabic)",
    "Smart News Agency",
    "2019-11-06",
    "https://smartnews-agency.com/ar/wires/2019-11-06-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B1%D8%B3%D9%84-%D8%A2%D9%84%D9%8A%D8%A7%D8%AA-%D9%88%D9%85%D8%B9%D8%AF%D8%A7%D8%AA-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D8%A8%D9%84%D8%AF%D8%A9-%D8%B9%D9%8A%D9%86-%D8%B9%D9%8A%D8%B3%D9%89-%D8%A8%D8%A7%D9%84%D8%B1%D9%82%D8%A9",
    "ar",
)
src(
    "ne-src-mil-ru-2020-12-29",
    "A unit of the Russian military police arrived at a joint observation post with the Syrian army in Ain-Issa",
    "Russian Ministry of Defence",
    "2020-12-29",
    "https://syria.mil.ru/war-on-terror_en/info/news/more.htm?id=12332481@egNews",
    "en",
)
src(
    "ne-src-sputnik-2020-12-29",
    "Russian Military Police Arrive In Ayn Issa In Northern Syria",
    "UrduPoint (Sputnik)",
    "2020-12-29",
    "https://www.urdupoint.com/en/world/russian-military-police-arrive-in-ayn-issa-in-1126730.html",
    "en",
    author="Faizan Hashmi",
)
src(
    "ne-src-zougla-2024-12",
    "Syria: the Americans take over bases abandoned by the Russians (Greek)",
    "Zougla.gr (embedding a Clash Report post)",
    "2024-12",
    "https://www.zougla.gr/kosmos/syria-oi-amerikanoi-katalamvanoun-vaseis-pou-egkateleipsan-oi-rosoi/",
    "el",
    note="Embeds a Clash Report post dated 14 Dec 2024; single social-media claim.",
)

# ---- Amuda
src(
    "ne-src-aljazirah-2024-12-26",
    "Russian forces evacuate their military base in Amuda (Arabic)",
    "Al-Jazirah (Saudi daily)",
    "2024-12-26",
    "https://al-jazirah.com/2024/20241226/du4.htm",
    "ar",
    archive="https://al-jazirah.com./2024/20241226/du4.htm",
    note="Cites Reuters and SOHR. Stored copy is at the trailing-dot host name.",
)
src(
    "ne-src-southfront-amuda-2019",
    "Russian Military Police Established New Base In Syria's Al-Hasakah",
    "SouthFront",
    "~2019-12",
    "https://southfront.press/russian-military-police-established-new-base-in-syrias-al-hasakah",
    "en",
    note="Relays a Step News report of 'November 30' (2019: 'last month' = the October 2019 deployment). Publication date not shown.",
)
src(
    "ne-src-almasdar-amuda-2019",
    "Russian military establishes new base in northern Syria",
    "Al-Masdar News",
    "undated",
    "https://www.almasdarnews.com/article/russian-military-establishes-new-base-in-northern-syria/",
    "en",
    note="Undated in the retrieved text; UAWire relays it with Turkish base news of late 2019.",
)

# ---- Qamishli
src(
    "ne-src-reuters-2019-11-14",
    "Russia sets up helicopter base in northern Syria - defence ministry TV channel",
    "Reuters (via National Post)",
    "2019-11-14",
    "https://nationalpost.com/pmn/news-pmn/politics-news-pmn/russia-sets-up-helicopter-base-in-northern-syria-defence-ministry-tv-channel",
    "en",
    author="Andrey Kuzmin; Alexander Marrow",
)
src(
    "ne-src-almasdar-2019-11-14",
    "Russian choppers take off from base in northeast Syria (video)",
    "Al-Masdar News",
    "2019-11-14",
    "https://www.almasdarnews.com/article/russian-choppers-take-off-from-base-in-northeast-syria-video/",
    "en",
    note="Relays TV Zvezda.",
)
src(
    "ne-src-iswnews-2019-11-14",
    "Russia Will Build an Airbase in Qamishli Airport",
    "ISWNews",
    "2019-11-14",
    "https://english.iswnews.com/8589/russia-will-build-an-airbase-in-qamishli-airport/",
    "en",
)
src(
    "ne-src-uawire-qamishli-2019",
    "Russia moves combat helicopters to base in northern Syria",
    "UAWire",
    "2019-11",
    "https://uawire.org/russia-moves-combat-helicopters-to-base-in-northern-syria",
    "en",
    note="Date not printed in the retrieved text; reports the mid-Nov 2019 Zvezda/Interfax story.",
)
src(
    "ne-src-almohrar-qamishli-2019",
    "Moscow expands its map of influence east of the Euphrates: its new bases (Arabic)",
    "Al-Mohrar Media",
    "2019-11",
    "https://almohrarmedia.net/?p=25729",
    "ar",
    note="Date inferred from content ('yesterday, Thursday' helicopter arrival = 14 Nov 2019).",
)
src(
    "ne-src-skynews-2026-01-26",
    "Kurdish media: Russian forces withdraw from Qamishli airport (Arabic)",
    "Sky News Arabia",
    "2026-01-26",
    "https://www.skynewsarabia.com/middle-east/1848738-%D8%A7%D9%95%D8%B9%D9%84%D8%A7%D9%85-%D9%83%D8%B1%D8%AF%D9%8A-%D9%82%D9%88%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D9%86%D8%B3%D8%AD%D8%A8-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A",
    "ar",
)
src(
    "ne-src-k24-2026-02-04",
    "Qamishlo Airport Handed to Syrian Authorities as SDF-Damascus Agreement Progresses",
    "Kurdistan24",
    "2026-02-04",
    "https://www.kurdistan24.net/en/story/891980",
    "en",
)
src(
    "ne-src-k24tr-2026-01-26",
    "Rus güçleri Qamişlo'dan çekildi",
    "Kurdistan24",
    "2026-01-26",
    "https://www.kurdistan24.net/tr/story/889997/rus-g%C3%BC%C3%A7leri-qami%C5%9Flodan-%C3%A7ekildi",
    "tr",
)
src(
    "ne-src-afp-2026-01-27",
    "Russia withdraws forces from airport in northeast Syria",
    "AFP (via news.amierul.com)",
    "2026-01-27",
    "https://news.amierul.com/2026/01/27/russia-withdraws-forces-from-airport-in-northeast-syria",
    "en",
    note="AFP wire copy; original AFP URL not known.",
)
src(
    "ne-src-dailysabah-2026-01-27",
    "Russia pulls troops from airport in northeast Syria",
    "Daily Sabah",
    "2026-01-27",
    "https://www.dailysabah.com/world/mid-east/russia-pulls-troops-from-airport-in-northeast-syria/amp",
    "en",
    note="Based on AFP; date inferred from content (EPA photo caption Jan. 27, 2026).",
)
src(
    "ne-src-ap-2026-01-27",
    "Russia reportedly pulling forces out of bases in Syria's north-east",
    "AP (via Africanews)",
    "2026-01-27",
    "https://www.africanews.com/2026/01/27/russia-reportedly-pulling-forces-out-of-bases-in-syrias-north-east",
    "en",
)
src(
    "ne-src-rudaw-2026-01-30",
    "Russian forces complete withdrawal from Qamishli airport",
    "Rudaw",
    "2026-01-30",
    "https://www.rudaw.net/english/middleeast/syria/310120261",
    "en",
    note='Date from URL (31012026 pattern read as 30/31 Jan 2026; article says "on Friday" = 30 Jan 2026).',
)
src(
    "ne-src-okaz-2026-02-08",
    "Syrian government officially receives Qamishli International Airport from the SDF",
    "Okaz",
    "2026-02-08",
    "https://www.okaz.com.sa/politics/na/2234852",
    "en",
    note="Says 'today (Sunday)'; the delegation visit was Sunday 8 Feb 2026 (Shafaq, A News).",
)
src(
    "ne-src-shafaq-2026-02-08",
    "Damascus begins takeover of Qamishli Airport under SDF agreement",
    "Shafaq News",
    "2026-02-08",
    "https://www.shafaq.com/en/Middle-East/Damascus-begins-takeover-of-Qamishli-Airport-under-SDF-agreement",
    "en",
)

# ---- Raqqa 2026
src(
    "ne-src-anews-2026-01-18",
    "Syrian Army launches operation from Tal Abyad toward Raqqa countryside occupied by YPG/SDF",
    "Anadolu Agency (via A News)",
    "2026-01-18",
    "https://www.anews.com.tr/middle-east/2026/01/18/syrian-army-launches-operation-from-tal-abyad-toward-raqqa-countryside-occupied-by-ypgsdf",
    "en",
)
src(
    "ne-src-devdiscourse-2026-01-18",
    "Syrian Forces Reclaim Raqqa Amidst Escalating Tensions with Kurdish-Led SDF",
    "Devdiscourse (Reuters)",
    "2026-01-18",
    "https://www.devdiscourse.com/article/politics/3774144-syrian-forces-reclaim-raqqa-amidst-escalating-tensions-with-kurdish-led-sdf",
    "en",
)
src(
    "ne-src-unn-2026-01-19",
    "Syrian government forces achieved their biggest victory since the overthrow of Bashar al-Assad's regime",
    "UNN (Reuters)",
    "2026-01-19",
    "https://unn.ua/en/news/syrian-government-forces-achieved-their-biggest-victory-since-the-overthrow-of-bashar-al-assads-regime-the-kurds-retreated",
    "en",
)

# ---- Reuters Dec 2024 pullback
src(
    "ne-src-reuters-2024-12-14",
    "Exclusive-Russia pulling back but not out of Syria, sources say",
    "Reuters (via Yahoo News)",
    "2024-12-14",
    "https://ca.news.yahoo.com/exclusive-russia-pulling-back-not-143319592.html",
    "en",
    author="Tuvan Gumrukcu; Suleiman Al-Khalidi; Guy Faulconbridge",
)

# ---- Malikiyah
src(
    "ne-src-sohr-166974",
    "Russian military in NE Syria | Russia establishes new military base Al-Malikiyah (Dayrik)",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/166974/",
    "en",
    note="Undated in the retrieved text; Al-Masdar relayed it on 29 May 2020.",
)
src(
    "ne-src-almasdar-2020-05-29",
    "Russian military building new base near US forces in northeast Syria",
    "Al-Masdar News",
    "2020-05-29",
    "https://www.almasdarnews.com/article/russian-military-building-new-base-near-us-forces-in-northeast-syria/",
    "en",
)
src(
    "ne-src-sohr-168239",
    "Al-Malikiyah (Dayrik) | Russian forces withdraw from Qasr Deeb after skirmishes with locals and U.S. patrol",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/168239/",
    "en",
    note="Undated in the retrieved text (early June 2020 per Baladi News).",
)
src(
    "ne-src-baladi-dayrghusn-2020",
    "Russia sets up a new military point north-east of Hasakah (Arabic)",
    "Baladi News",
    "2020-06-16",
    "https://www.baladi-news.com/public/ar/articles/61772/روسيا-تنشئ-نقطة-عسكرية-جديدة-شمال-شرق-الحسكة",
    "ar",
    note="'Today, Tuesday'; the withdrawal from Qasr Deeb was 'on the 4th of this month' (June 2020). Date inferred from weekday and the next-day report of 17 Jun 2020.",
)
src(
    "ne-src-alkhabour-dayrghusn-2020",
    "Russia sends forces to set up a base in al-Malikiyah (Arabic)",
    "Al-Khabour",
    "~2020-06-16",
    "https://www.alkhabour.com/ar/news/single/869/روسيا_ترسل_قوات_لإنشاء_قاعدة_بالمالكية",
    "ar",
    author="Maha al-Obaidi",
    note="'today, Tuesday'.",
)

# ---- Abu Rasin / Tell Tamr
src(
    "ne-src-sohr-ar-355677",
    "Russian forces deploy in the town of Abu Rasin and set up the second point in the area (Arabic)",
    "Syrian Observatory for Human Rights",
    "~2020-01",
    "http://www.syriahr.com/?p=355677",
    "ar",
    note="Undated; refers back to 13 January (2020) as the first point.",
)
src(
    "ne-src-sohr-ar-355501",
    "Russian forces deploy in the town of Abu Rasin and fix their points (Arabic)",
    "Syrian Observatory for Human Rights",
    "2020-01-13",
    "http://www.syriahr.com/?p=355501",
    "ar",
    note="Says 'today'; refers back to a 6 January joint patrol; the follow-up article dates this report to 13 January (2020).",
)
src(
    "ne-src-syriacpress-2020-02-07",
    "Russian military relocates from Tel Tamr to Ayn Issa",
    "Syriac Press",
    "2020-02-07",
    "https://syriacpress.com/blog/2020/02/07/russian-military-relocates-from-tel-tamr-to-ain-issa/",
    "en",
)
src(
    "ne-src-sohr-256133",
    "New reinforcements | Russian forces bring in military equipment to base near frontlines in Al-Hasakah",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/256133/",
    "en",
    note="Undated in the retrieved text; refers back to a report 'On June 7'.",
)

# ---- more publishers
pub("AirportRoutes (airport database)", "reference", "Airport database record; not Wikipedia")
pub("Reuters", "wire")
pub("FDD's Long War Journal", "research")
pub("UPI", "wire")
pub("Xinhua", "partisan-or-state", "Chinese state agency relaying SANA")
pub("The Moscow Times", "regional-outlet")
pub("Al-Alam", "partisan-or-state")
pub("AFP (via BSS)", "wire", "AFP wire text carried by Bangladesh Sangbad Sangstha")
pub("Arab News", "regional-outlet")
pub("The National", "regional-outlet")
pub("Middle East Monitor (Anadolu)", "regional-outlet", "Relays Anadolu Agency (Turkish state agency)")
pub("North Press Agency", "regional-outlet")
pub("Bergens Tidende (NTB/AFP/AP)", "major-outlet", "Norwegian daily; fact box compiled from NTB, AFP and AP")
pub("ANF (via Kurdish Daily News)", "partisan-or-state", "Firat News Agency text; pro-PKK")
pub("Syria Direct", "regional-outlet")
pub("Sputnik France", "partisan-or-state")
pub("Hawar News Agency (ANHA)", "partisan-or-state", "Pro-SDF/AANES agency")

# ---- Wikipedia and reference
src(
    "ne-src-wiki-qamishli-airport",
    "Qamishli International Airport",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Qamishli_International_Airport",
    "en",
    archive="http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FQamishli_International_Airport",
    note="Read through a proxy copy (archive_url); revision not recorded. Text mentions June 2025, so revision is mid-2025 or later.",
)
src(
    "ne-src-wiki-amuda-it",
    "Amuda",
    "Wikipedia",
    "undated",
    "https://it.wikipedia.org/wiki/Amuda",
    "it",
    note="Italian Wikipedia; infobox coordinates.",
)
src(
    "ne-src-wiki-amuda-az",
    "Amuda",
    "Wikipedia",
    "undated",
    "https://az.wikipedia.org/wiki/Amuda",
    "az",
    archive="http://az.m.wikipedia.org/wiki/Amuda",
    note="Azerbaijani Wikipedia (mobile page stored).",
)
src(
    "ne-src-wiki-tell-tamer",
    "Tell Tamer",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Tell_Tamer",
    "en",
    archive="http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FTell_Tamer",
    note="Current infobox 36.6606 N 40.3714 E. An older revision (en.wikipedia.org/wiki/Tel_Tamer, stored) gave 36.51167 N 40.74222 E, inconsistent with the text (35 km SE of Ras al-Ayn); not used.",
)
src(
    "ne-src-wiki-ayn-issa-2017",
    "Ayn Issa",
    "Wikipedia",
    "2017-08",
    "https://en.wikipedia.org/wiki/Ayn_Issa",
    "en",
    archive="http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Ayn_Isa.html",
    note="Read in an August 2017 offline dump of English Wikipedia (archive_url).",
)
src(
    "ne-src-wiki-ayn-issa",
    "Ayn Issa",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Ayn_Issa",
    "en",
    archive="https://worddisk.com/wiki/Ayn_Issa",
    note="Later revision read at a mirror (archive_url); cites Reuters for the 14 Oct 2019 army entry.",
)
src(
    "ne-src-wiki-kobani",
    "Kobani",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Kobani",
    "en",
    archive="https://hessslslslsls.azureedge.net/wiki/Kobane",
    note="Read at a mirror (archive_url); revision not recorded.",
)
src(
    "ne-src-wiki-sarrin",
    "Sarrin",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Sarrin",
    "en",
    archive="https://en.wikipedia-on-ipfs.org/wiki/Sarrin",
    note="Read at the IPFS mirror (archive_url).",
)
src(
    "ne-src-wiki-raqqa",
    "Raqqa",
    "Wikipedia",
    "2017",
    "https://en.wikipedia.org/wiki/Raqqa",
    "en",
    archive="http://piglix.com/piglix/Raqqah",
    note="Read at a mirror of a 2017 revision (infobox shows SDF control since 6 Aug 2017, 55%).",
)
src(
    "ne-src-dewiki-tabqa",
    "Militärflugplatz at-Tabqa",
    "Wikipedia",
    "undated",
    "https://de.wikipedia.org/wiki/Milit%C3%A4rflugplatz_at-Tabqa",
    "de",
    archive="https://de.wiki.li/Milit%C3%A4rflugplatz_at-Tabqa",
)
src(
    "ne-src-airportroutes-tabqa",
    "Al Tabqah (SY-0035)",
    "AirportRoutes (airport database)",
    "undated",
    "https://www.airportroutes.com/airports/SY-0035",
    "en",
    note="Database record; coordinates of the airfield.",
)

# ---- Tabqa
src(
    "ne-src-reuters-2014-08-25",
    "Islamic State captures air base (pictures)",
    "Reuters",
    "2014-08-25",
    "http://in.reuters.com/news/picture/islamic-state-captures-air-base?articleId=INRTR43MVW",
    "en",
)
src(
    "ne-src-lwj-2014-08-24",
    "Islamic State fighters assault last Syrian stronghold in Raqqah",
    "FDD's Long War Journal",
    "2014-08-24",
    "https://www.longwarjournal.org/archives/2014/08/islamic_state_overru_2.php",
    "en",
    author="Bill Roggio",
)
src(
    "ne-src-almasdar-2017-03-26",
    "BREAKING: Kurdish forces liberate Tabqa Airbase in Raqqa province",
    "Al-Masdar News",
    "2017-03-26",
    "https://www.almasdarnews.com/article/breaking-kurdish-forces-liberate-tabqa-airbase-raqqa-province/",
    "en",
)
src(
    "ne-src-upi-2017-03-27",
    "Syrian militia captures Tabqa airbase from Islamic State",
    "UPI",
    "2017-03-27",
    "https://www.upi.com/Top_News/World-News/2017/03/27/Syrian-militia-captures-Tabqa-airbase-from-Islamic-State/6641490612667/",
    "en",
    author="Andrew V. Pestano",
)
src(
    "ne-src-xinhua-2019-10-14",
    "Syrian army enters Kurdish-held city, air base to help counter Turkish assault",
    "Xinhua",
    "2019-10-14",
    "http://www.xinhuanet.com/english/2019-10/14/c_138471125.htm",
    "en",
)
src(
    "ne-src-sputnik-2019-10-22",
    "Russian Helicopters Land In Air Base In Tabqa In Northern Syria",
    "UrduPoint (Sputnik)",
    "2019-10-22",
    "https://www.urdupoint.com/en/world/russian-helicopters-land-in-air-base-in-tabqa-743237.html",
    "en",
    author="Faizan Hashmi",
)
src(
    "ne-src-mt-2019-10-22",
    "Russian Helicopters Land at Abandoned U.S. Base in Syria",
    "The Moscow Times",
    "2019-10-22",
    "https://themoscowtimes.com/2024/11/01/russian-helicopters-land-abandoned-us-base-syria",
    "en",
    note="URL path shows 2024/11/01 (site re-dating) but the content is the Zvezda report 'Tuesday' 22 Oct 2019.",
)
src(
    "ne-src-alalam-2020-02-18",
    "Russian reinforcements enter Tabqa military airport west of Raqqa (Arabic)",
    "Al-Alam",
    "2020-02-18",
    "https://alalam.ir/news/4743586/تعزيزات-روسية-تدخل-مطار-الطبقة-العسكري-غرب-الرقة",
    "ar",
    note="Relays Sputnik; reinforcements arrived 'yesterday, Monday 17 February' (2020).",
)
src(
    "ne-src-afp-2026-01-18",
    "Syrian army says has taken airport in key Kurdish-held city",
    "AFP (via BSS)",
    "2026-01-18",
    "https://b.bssnews.net/international/352158",
    "en",
)
src(
    "ne-src-arabnews-2026-01-18",
    "Syrian army announces full control of Al-Tabqa military airport",
    "Arab News",
    "2026-01-18",
    "https://www.arabnews.pk/node/2629669/middle-east",
    "en",
)

# ---- Kobani / Sarrin
src(
    "ne-src-tass-2019-10-24",
    "Russian military police in Syria's Kobani to be stationed 2 km away from Turkish border",
    "TASS",
    "2019-10-24",
    "https://tass.com/defense/1084951",
    "en",
)
src(
    "ne-src-tass-2019-10-23",
    "Russian military police convoy arrives in Syria's Kobani",
    "TASS",
    "2019-10-23",
    "https://tass.com/defense/1084767",
    "en",
    note="Title paraphrased from content.",
)
src(
    "ne-src-tass-2019-11-15",
    "Russian military police begin guarding airfield near Syria's Kobane",
    "TASS",
    "2019-11-15",
    "https://tass.com/defense/1089157",
    "en",
)
src(
    "ne-src-k24-2019-11-14",
    "Russians enter US air base near Kobani after US forces left: SDF official",
    "Kurdistan24",
    "2019-11-14",
    "https://www.kurdistan24.net/en/news/ce49a91c-5f4f-434a-a9c5-6cd3432a842f",
    "en",
    author="Wladimir van Wilgenburg",
)
src(
    "ne-src-hawar-2019-11",
    "Coalition Forces withdraw all troops from Sarrin Base",
    "Hawar News Agency (ANHA)",
    "2019-11",
    "http://hawarnews.com/en/haber/coalition-forces-withdraw-all-troops-from-sarrin-base-h12762.html",
    "en",
    note="Pro-SDF agency. Date not printed; Nov 2019 by context.",
)
src(
    "ne-src-almasdar-sarrin-2019",
    "Russian military lands at former US airbase in northern Aleppo (video)",
    "Al-Masdar News",
    "2019-11",
    "https://www.almasdarnews.com/article/russian-military-lands-at-former-us-airbase-in-northern-aleppo-video/",
    "en",
    note="Relays Ruptly; date not printed (mid-Nov 2019 by context).",
)
src(
    "ne-src-sohr-268433",
    "Al-Hasakah | Russian patrol tour Al-Hasakah countryside amid hectic movement by regime forces",
    "Syrian Observatory for Human Rights",
    "undated",
    "https://www.syriahr.com/en/268433/",
    "en",
    note="Undated; refers back to 'September 12' and 'September 5' without a year (post id suggests 2022).",
)
src(
    "ne-src-k24-2026-02-02",
    "Syrian government forces enter Kobani under Damascus-SDF agreement",
    "Kurdistan24",
    "2026-02-02",
    "https://www.kurdistan24.net/en/story/891475/syrian-government-forces-enter-kobani-under-damascussdf-agreement",
    "en",
)
src(
    "ne-src-k24-2026-02-27",
    "Syria begins integrating Kobani's Asayish forces into Interior Ministry as siege and humanitarian crisis persist",
    "Kurdistan24",
    "2026-02-27",
    "https://www.kurdistan24.net/en/story/896696/syria-begins-integrating-kobanis-asayish-forces-into-interior-ministry-as-siege-and-humanitarian-crisis-persist",
    "en",
)
src(
    "ne-src-national-2026-02-02",
    "Syrian forces posted to Kobani, Hasakah and Qamishli under deal to integrate SDF-held areas",
    "The National",
    "2026-02-02",
    "https://www.thenationalnews.com/news/mena/2026/02/02/syrian-forces-posted-to-kobani-hasakah-and-qamishli-under-deal-to-integrate-sdf-held-areas/",
    "en",
)
src(
    "ne-src-national-2026-01-27",
    "Syrian pro-government forces capture north-eastern areas near Iraq border",
    "The National",
    "2026-01-27",
    "https://www.thenationalnews.com/news/mena/2026/01/27/syria-kurds-turkey",
    "en",
    note="Title paraphrased from content.",
)
src(
    "ne-src-national-2026-02-09",
    "Slow progress in US-brokered deal to solve Syria's Kurdish question amid high tension",
    "The National",
    "2026-02-09",
    "https://www.thenationalnews.com/news/mena/2026/02/09/syria-kurds-turkey-us",
    "en",
    author="Khaled Yacoub Oweis",
)

# ---- Tell Tamr
src(
    "ne-src-memo-2019-12-20",
    "Russia forms observation point in northeast Syria",
    "Middle East Monitor (Anadolu)",
    "2019-12-20",
    "https://www.middleeastmonitor.com/20191220-russia-forms-observation-point-in-northeast-syria/",
    "en",
)
src(
    "ne-src-npa-2023-09",
    "Turkish-backed SNA factions launch ground attack on Syria's Hasakah",
    "North Press Agency",
    "~2023-09",
    "https://npasyria.com/en/103830",
    "en",
    note="Undated in the retrieved text; refers to the SDF operation of 'Aug. 27' (2023) in Deir ez-Zor.",
)
src(
    "ne-src-npa-2023-02",
    "Eighth anniversary of the ISIS attack on the Assyrians of Tel Tamr",
    "North Press Agency",
    "2023-02",
    "https://npasyria.com/en/93800",
    "en",
    note="Title paraphrased; the 8th anniversary of 23 Feb 2015.",
)

# ---- Raqqa north control
src(
    "ne-src-enab-2016-11-16",
    "SDF take control of Tal al-Samin village in rural Raqqa (Arabic)",
    "Enab Baladi",
    "2016-11-16",
    "https://enabbaladi.net/114082/%D9%82%D9%88%D8%A7%D8%AA-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D8%AF%D9%8A%D9%85%D9%82%D8%B1%D8%A7%D8%B7%D9%8A%D8%A9-%D8%AA%D8%B3%D9%8A%D8%B7%D8%B1-%D8%B9%D9%84%D9%89-%D9%82%D8%B1%D9%8A%D8%A9-2/?amp=1",
    "ar",
    note="'today, Wednesday 16 November' (2016).",
)
src(
    "ne-src-bt-raqqa-2017",
    "Rebels: the battle for the IS bastion Raqqa is in its final phase (Norwegian)",
    "Bergens Tidende (NTB/AFP/AP)",
    "~2017-10",
    "https://www.bt.no/nyheter/utenriks/i/2R5ER/Opprorere-Kampen-om-IS-bastionen-Raqqa-er-inne-i-sin-siste-fase",
    "no",
    note="Fact box; undated in the retrieved text, latest event 15 Oct (2017).",
)
src(
    "ne-src-anf-2015-06-23",
    "Kurdish forces in full control of Ayn Issa in northern Raqqa after seizing army base",
    "ANF (via Kurdish Daily News)",
    "2015-06-23",
    "http://kurdishdailynews.org/2015/06/23/kurdish-forces-in-full-control-of-ayn-issa-in-northern-raqqa-after-seizing-army-base/",
    "en",
)
src(
    "ne-src-syriadirect-brigade93",
    "YPG, FSA 45km north of A-Raqqa city",
    "Syria Direct",
    "~2015-06",
    "http://syriadirect.silk.co/page/YPG-FSA-45km-north-of-A-Raqqa-city",
    "en",
    note="Syria Direct data page; undated (June 2015 by content).",
)

# ---- systems
src(
    "ne-src-sputnikfr-2018-04-09",
    "Syrie: la Russie a livré une quarantaine de Pantsir-S1",
    "Sputnik France",
    "2018-04-09",
    "https://fr.sputniknews.com/defense/201804091035862853-syrie-pantsir-russie-exportations/",
    "fr",
    note="General Pantsir-S1 characteristics, not Qamishli-specific.",
)

# ---- Malikiyah (events)
src(
    "ne-src-southfront-qasrdeeb-2020",
    "Russian Forces Establish New Position In Northeast Al-Hasakah (Videos)",
    "SouthFront",
    "2020-06",
    "https://southfront.org/russian-forces-establish-new-position-in-northeast-al-hasakah-videos/",
    "en",
    note="'On June 3' (2020 by context: deployment 'last year').",
)

pub("A24 (a24now.com)", "regional-outlet", "Syrian news site relaying SOHR; identity thin")
src(
    "ne-src-a24-2021-02",
    "Russian forces return to their base in the Tell Tamr area north of Hasakah (Arabic)",
    "A24 (a24now.com)",
    "2021-02",
    "https://a24now.com/2021/02/القوات-الروسية-تعود-إلى-قاعدتها-في-منط",
    "ar",
    note="Month from the URL path; relays SOHR.",
)

src('ne-src-wiki-siege-kobani', 'Siege of Kobanî', 'Wikipedia', 'undated', 'https://en.wikipedia.org/wiki/Siege_of_Koban%C3%AE', 'en', archive='https://worddisk.com/wiki/Siege_of_Kobani', note='Read at a mirror (archive_url).')

pub('Radio Rozana', 'regional-outlet')
pub('Sputnik Arabic', 'partisan-or-state')
src('ne-src-rozana-2019-12-07', 'Russian patrols in several areas of Raqqa province (Arabic)', 'Radio Rozana', '2019-12-07', 'https://www.rozana.fm/ar/news/2019/12/07/%D8%AA%D8%B3%D9%8A%D9%8A%D8%B1-%D8%AF%D9%88%D8%B1%D9%8A%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B9%D8%AF%D8%A9-%D9%85%D9%86%D8%A7%D8%B7%D9%82-%D9%85%D9%86-%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9-%D8%A7%D9%84%D8%B1%D9%82%D8%A9', 'ar', note="'today, Saturday' (7 Dec 2019); Mazloum Abdi's tweet 'last Thursday' = 5 Dec 2019.")
src('ne-src-sohr-ar-347500', 'Russian forces reach the Shirkrak silos amid expectations of a joint military point with the Turks (Arabic)', 'Syrian Observatory for Human Rights', '~2019-11', 'https://www.syriahr.com/%D9%82%D9%88%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D8%B5%D9%88%D8%A7%D9%85%D8%B9-%D8%B4%D8%B1%D9%83%D8%B1%D8%A7%D9%83-%D9%88%D8%B3%D8%B7-%D8%AA%D8%B1%D9%82/347500/', 'ar', note="Undated; refers back to '18 November' (2019) and to the Sochi arrangements.")
src('ne-src-sputnikar-2020-01-14', 'Intensive Russian deployment on the lines of contact between the Syrian and Turkish armies east of Syria (Arabic)', 'Sputnik Arabic', '2020-01-14', 'https://arabic.sputniknews.com/arab_world/202001141044057846-%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D8%B1-%D8%B1%D9%88%D8%B3%D9%8A-%D9%85%D9%83%D8%AB%D9%81-%D8%B9%D9%84%D9%89-%D8%AE%D8%B7%D9%88%D8%B7-%D8%A7%D9%84%D8%AA%D9%85%D8%A7%D8%B3-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%AC%D9%8A%D8%B4%D9%8A%D9%86-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%88%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D8%B4%D8%B1%D9%82-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/', 'ar', note='Date from the URL id (20200114).')
src('ne-src-sohr-146163', "The Russian forces impose their control over 'Al-Nadi Al-Zera'i' in order to take it as a headquarters of them in Al-Qamishli", 'Syrian Observatory for Human Rights', '~2019-11', 'http://www.syriahr.com/en/?p=146163', 'en', note="Undated; refers to the Sochi agreement 'reached last month' (Oct 2019), so Nov 2019.")
src('ne-src-hawar-kobani-2019', 'Syrian regime forces enter Kobani', 'Hawar News Agency (ANHA)', '2019-10', 'https://hawarnews.com/en/haber/syrian-regime-forces-enter-kobani-h12204.html', 'en', note='Undated; Oct 2019 by context (MoU deployment).')
