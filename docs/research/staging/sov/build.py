#!/usr/bin/env python3
"""Builds the staging files of group `sov` (Soviet era 1971-1991). Run: python3 build.py"""

import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def w(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            wr.writerow(r)


# ---------------------------------------------------------------- sources
SOURCES = [
    # id, title, author, publisher, date, url, archive_url, language, note
    [
        "com-src-wiki-baathist-syria",
        "Ba'athist Syria",
        "",
        "Wikipedia",
        "undated",
        "https://en.wikipedia.org/wiki/Ba%27athist_Syria",
        "https://owiki.org/wiki/Assad_regime",
        "en",
        "Read at a mirror (archive_url); revision not recorded.",
    ],
    [
        "com-src-wiki-fall-assad",
        "Fall of the Assad regime",
        "",
        "Wikipedia",
        "undated",
        "https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime",
        "https://wikimili.com/en/Fall_of_the_Assad_regime",
        "en",
        "Read at a mirror (archive_url); revision not recorded.",
    ],
    [
        "sov-src-wiki-russia-syria",
        "Russia–Syria relations",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://en.wikipedia.org/wiki/Russia%E2%80%93Syria_relations",
        "",
        "en",
        "Project seed article (seed file 000_d5a782e7652c246f.txt, a 2025 revision); quotes are copied from that stored text. Cites Lund 2019 and Ginat 2000 for the 1976 rift (not retrieved by us).",
    ],
    [
        "sov-src-time-1983-05-23",
        "A Marriage of Convenience",
        "",
        "TIME",
        "1983-05-23",
        "https://content.time.com/time/subscriber/article/0,33009,953889,00.html",
        "http://20.210.105.67/txt/time/Time1983/1983-05-23/953889.html",
        "en",
        "Text read at a plain-text copy of the TIME archive (archive_url, file 953889.html, dated Monday, May 23, 1983). The url is TIME's vault address built from the same article number 953889; it was not itself retrieved - check it or fall back to the archive_url. Key source placing the Soviet-manned SA-5 sites 'near the towns of Dumeir and Shimshar'.",
    ],
    [
        "sov-src-booksonline-148994",
        "Russian-language history of Soviet military involvement abroad (book 148994, page 35; title not shown in the retrieved page)",
        "",
        "booksonline.com.ua (online-library copy of a Russian book)",
        "undated",
        "https://booksonline.com.ua/view.php?book=148994&page=35",
        "",
        "ru",
        "Online-library page of a Russian book whose title and author were not visible in the retrieved excerpt (style suggests A. Okorokov's books on Soviet 'secret wars', NOT verified). Gives the Oct 1982 decision, the landing at Latakia on 10 Jan 1983 and the 231st regiment near Dumayr on 23 Jan 1983; the excerpt is cut at 'К 1 февраля в 5 км восто…'. It says Dumayr is '40 km west of Damascus' although Dumayr lies north-east of Damascus (an error in the text). Used only with confidence 'reported' or alongside TIME.",
    ],
    [
        "sov-src-csm-1983-02-17",
        "Soviets man SA-5 missiles sent to Syria, Shultz says",
        "",
        "The Christian Science Monitor",
        "1983-02-17",
        "https://www.csmonitor.com/1983/0217/021714.html",
        "",
        "en",
        "",
    ],
    [
        "sov-src-csm-1983-03-01",
        "US Officials decry placing of Soviet missiles in Syria",
        "",
        "The Christian Science Monitor",
        "1983-03-01",
        "https://www.csmonitor.com/1983/0301/030114.html",
        "",
        "en",
        "",
    ],
    [
        "sov-src-jta-shultz-1983",
        "Shultz, Weinberger warn that deployment of Soviet missiles in Syria is destabilizing the area",
        "",
        "Jewish Telegraphic Agency",
        "undated",
        "http://www.jta.org/archive/shultz-weinberger-warn-that-deployment-of-soviet-missiles-in-syria-is-destabilizing-the-area",
        "",
        "en",
        "Archive page shows no date; it reports the same Senate subcommittee testimony as the CSM of 1 Mar 1983.",
    ],
    [
        "sov-src-fa-2024",
        "К 40-летию вывода из Сирии советского вооруженного контингента, или Забытые полки",
        "",
        "Financial University library (library.fa.ru)",
        "undated",
        "https://library.fa.ru/page.asp?id=4157",
        "",
        "ru",
        "Interview with A. O. Astapovich, a veteran of the 1983-84 contingent; page not dated, but it reports an October meeting on the 40th anniversary of the withdrawal (i.e. Oct 2024).",
    ],
    [
        "sov-src-pg-veterans",
        "Ветераны сирийской операции в 1983-84 годах обратились к президенту России",
        "",
        "Parlamentskaya Gazeta (via Union of Veterans of Syria site)",
        "undated",
        "https://xn--b1atgapb.xn--p1ai/veterany-sirijskoj-operatsii-v-1983-84-godah-obratilis-k-prezidentu-rossii",
        "",
        "ru",
        "Text credited to Parlamentskaya Gazeta, reposted by the veterans' union; written '32 years later' (c. 2016).",
    ],
    [
        "sov-src-svs-2022",
        "Состоялась торжественная встреча ветеранов",
        "",
        "Union of Veterans of Syria (Союз ветеранов Сирии)",
        "2022-11",
        "https://xn--b1atgapb.xn--p1ai/sostoyalas-torzhestvennaya-vstrecha-veteranov",
        "",
        "ru",
        "Veterans' association report of its 26 Nov 2022 meeting on the 40th anniversary of the entry of the Soviet contingent; host a veteran of the 220th ZRP.",
    ],
    [
        "sov-src-shirokorad-wr",
        "Российские военные базы за рубежом. XVIII–XXI вв. (ch. 11 'База в Тартусе')",
        "Aleksandr Shirokorad",
        "Book: A. B. Shirokorad, Rossiiskie voennye bazy za rubezhom",
        "undated",
        "https://military.wikireading.ru/62684",
        "",
        "ru",
        "Book read at an online-library copy (wikireading); publisher and year of the printed book not shown in the retrieved text.",
    ],
    [
        "sov-src-shirokorad-kn",
        "Российские военные базы за рубежом, XVIII–XXI вв. (page 119)",
        "Aleksandr Shirokorad",
        "Book: A. B. Shirokorad, Rossiiskie voennye bazy za rubezhom",
        "undated",
        "https://knigochet.com/read_105092_119",
        "",
        "ru",
        "Same book as sov-src-shirokorad-wr, another page read at the knigochet online-library copy.",
    ],
    [
        "sov-src-shirokorad-lb",
        "Российские военные базы за рубежом. XVIII-XXI вв. (page 49)",
        "Aleksandr Shirokorad",
        "Book: A. B. Shirokorad, Rossiiskie voennye bazy za rubezhom",
        "undated",
        "https://litbaza.com/page-49-127624-aleksandr-shirokorad-rossiiskie-voennye-bazy-za.html",
        "https://readli.club/page-49-9772-aleksandr-shirokorad-rossiiskie-voennye-bazy-za.html",
        "ru",
        "Same book as sov-src-shirokorad-wr; identical text at litbaza and readli online-library copies.",
    ],
    [
        "sov-src-mk-2015-09-21",
        "Эксперт оценил ситуацию с российскими военными в сирийском Тартусе",
        "",
        "Moskovsky Komsomolets",
        "2015-09-21",
        "http://mk.ru/politics/2015/09/21/ekspert-ocenil-situaciyu-s-rossiyskimi-voennymi-v-siriyskom-tartuse.html",
        "",
        "ru",
        "Expert text (expert not named in the excerpt); wording close to Shirokorad's book, so possibly not independent of it.",
    ],
    [
        "sov-src-rferl-tartus",
        "Explainer: Why Is Access To Syria's Port At Tartus So Important To Moscow?",
        "Ron Synovitz",
        "Radio Free Europe/Radio Liberty",
        "undated",
        "http://www.rferl.org/content/explainer-why-is-access-/24619441.html",
        "",
        "en",
        "The retrieved page header shows 'Monday, August 29, 2016', probably the display date of the copy; the article id suggests mid-2012. Treated as undated.",
    ],
    [
        "sov-src-ap-2017-01-20",
        "Syria lets Russia expand its Mediterranean naval facility",
        "",
        "Associated Press",
        "2017-01-20",
        "http://hosted.ap.org/dynamic/stories/E/EU_RUSSIA_SYRIA?SITE=ALMON&SECTION=HOME&TEMPLATE=DEFAULT",
        "",
        "en",
        "AP wire (Moscow), page shows 'Jan 20, 10:31 AM EST'. Minority dating: 'The Soviet Union first signed a deal with Syria to establish the facility in 1983.'",
    ],
    [
        "sov-src-sputnik-2017-05-18",
        "Tartus base modernization (Shamanov) - title from URL",
        "",
        "Sputnik",
        "2017-05-18",
        "https://sputniknews.com/military/201705181053741797-tartus-base-modernization-russia/",
        "",
        "en",
        "Russian state media.",
    ],
    [
        "sov-src-sputnikbr-2016-10-10",
        "Rússia terá base naval permanente na Síria (title from URL/text)",
        "",
        "Sputnik Brasil",
        "2016-10-10",
        "https://noticiabrasil.net.br/20161010/russia-base-naval-siria-6524853.html",
        "",
        "pt",
        "Russian state media (Sputnik's Portuguese edition); reports deputy defence minister Pankov; states the point has existed since 1977 and the agreement was signed in 1971. Title not shown in the excerpt.",
    ],
    [
        "sov-src-tiras-2016-10-10",
        "Российские ВМФ развернут постоянное место дислакации в сирийском Тартусе",
        "",
        "IA Tiras (tiras.ru)",
        "2016-10-10",
        "https://tiras.ru/voennoe/46568-rossiyskie-vmf-razvernut-postoyannoe-mesto-dislakacii-v-siriyskom-tartuse.html",
        "",
        "ru",
        "Small CIS news portal; page shows '17:29, 10 октября 2016'.",
    ],
    [
        "sov-src-wiki-tartus-piglix",
        "Russian naval facility in Tartus",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://en.wikipedia.org/wiki/Russian_naval_facility_in_Tartus",
        "http://piglix.com/piglix/Russian_naval_facility_in_Tartus",
        "en",
        "Older revision read at the piglix mirror (archive_url).",
    ],
    [
        "sov-src-sco-wiki-dissolution",
        "Dissolution o the Soviet Union",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://sco.wikipedia.org/wiki/Dissolution_o_the_Soviet_Union",
        "https://sco.m.wikipedia.org/wiki/Dissolution_o_the_Soviet_Union",
        "sco",
        "Scots-language Wikipedia.",
    ],
    [
        "sov-src-upi-1980-10-08",
        "The Soviet Union and Syria signed a treaty of friendship and cooperation",
        "John Moody",
        "UPI",
        "1980-10-08",
        "https://www.upi.com/Archives/1980/10/08/The-Soviet-Union-and-Syria-signed-a-treaty-of/3043929546830/?spt=su",
        "",
        "en",
        "Byline printed as 'JOHH MOODY'. Moscow dateline; signed 'Wednesday' = 8 Oct 1980.",
    ],
    [
        "sov-src-treaty-text-1980",
        "Treaty of Friendship and Cooperation between the Union of Soviet Socialist Republics and the Syrian Arab Republic",
        "",
        "Al-Baath (via khaddam.net archive)",
        "1980-10-08",
        "https://khaddam.net/articles/treaty-of-friendship-and-cooperation-between-the-union-of-soviet-socialist-republics-and-the-syrian-arab-republic/",
        "",
        "en",
        "Treaty text as published by Al-Baath (English version on the khaddam.net archive); publishing date 1980-10-08.",
    ],
    [
        "sov-src-loc-country-study",
        "Syria: Syrian-Soviet Relations (Library of Congress country study, 1987 text)",
        "",
        "Library of Congress Federal Research Division (via country-data.com)",
        "undated",
        "http://www.country-data.com/cgi-bin/query/r-13564.html",
        "http://reference.allrefer.com/country-guide-study/syria/syria102.html",
        "en",
        "Public-domain LoC country study text (describes 1987) on country-data.com; identical text on allrefer (archive_url).",
    ],
    [
        "sov-src-tishreen-2020-10-08",
        "Zakharova: Treaty of Friendship and Cooperation with Syria (40th anniversary)",
        "",
        "Tishreen",
        "2020-10-08",
        "http://tishreen.news.sy/?p=567599",
        "",
        "en",
        "Syrian state newspaper quoting the Russian MFA spokeswoman. Title descriptive.",
    ],
    [
        "sov-src-ukwiki-tias",
        "Тіас (авіабаза)",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://uk.wikipedia.org/wiki/%D0%A2%D1%96%D0%B0%D1%81_(%D0%B0%D0%B2%D1%96%D0%B0%D0%B1%D0%B0%D0%B7%D0%B0)",
        "https://uk.wikipedia-on-ipfs.org/wiki/%D0%A2%D1%96%D0%B0%D1%81_(%D0%B0%D0%B2%D1%96%D0%B0%D0%B1%D0%B0%D0%B7%D0%B0)",
        "uk",
        "Ukrainian Wikipedia read at the IPFS copy.",
    ],
    [
        "sov-src-wiki-tiyas-qaz",
        "Tiyas Military Airbase",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://en.wikipedia.org/wiki/Tiyas_Military_Airbase",
        "https://de.qaz.wiki/wiki/Tiyas_Military_Airbase",
        "de",
        "English Wikipedia article read in a German machine translation (de.qaz.wiki); quote is the German translation of the English sentence 'During the 1970s and 1980s, the Soviet Union was given access ... for the periodic deployment of naval aircraft'.",
    ],
    [
        "sov-src-sfu-filippov",
        "«Руси хабири» на cирийской земле 27 лет назад",
        "",
        "Siberian Federal University newspaper (gazeta.sfu-kras.ru)",
        "undated",
        "http://gazeta.sfu-kras.ru/node/4749",
        "",
        "ru",
        "University newspaper interview with Maj. V. Filippov (Northern Fleet Il-38 anti-submarine regiment) about his stay in Syria in Oct-Nov 1988; written '27 years' later (c. 2015). The airfield is not named in the retrieved excerpt.",
    ],
    [
        "sov-src-ruwiki-dumayr",
        "Думайр",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://ru.wikipedia.org/wiki/%D0%94%D1%83%D0%BC%D0%B0%D0%B9%D1%80",
        "https://perceptiocs.com/%D0%94%D1%83%D0%BC%D0%B0%D0%B9%D1%80",
        "cs",
        "Russian Wikipedia article read in a Czech machine translation at perceptiocs.com (archive_url); quotes are the Czech text.",
    ],
    [
        "sov-src-syriadirect-dumayr-2018",
        "Evacuations around Damascus continue as thousands depart encircled city of Dumayr",
        "",
        "Syria Direct",
        "undated",
        "https://syriadirect.org/news/evacuations-around-damascus-continue-as-thousands-depart-encircled-city-of-dumayr/",
        "",
        "en",
        "Date not shown in the excerpt; the evacuation it describes took place on Thursday 19 Apr 2018 (AP).",
    ],
    [
        "sov-src-globaltimes-2018-04-20",
        "Syrian forces enter Dumair near Damascus after rebels' evacuation",
        "",
        "Global Times (Xinhua)",
        "2018-04-20",
        "http://www.globaltimes.cn/content/1098891.shtml",
        "",
        "en",
        "Chinese state media carrying Xinhua.",
    ],
    [
        "sov-src-ap-dumayr-2018-04-19",
        "Syrian rebel fighters lay down weapons and leave another town",
        "",
        "Associated Press (via Irish Independent)",
        "2018-04-19",
        "https://www.independent.ie/world-news/syrian-rebel-fighters-lay-down-weapons-and-leave-another-town-36823014.html",
        "",
        "en",
        "AP story (Press Association distribution) carried by the Irish Independent.",
    ],
    [
        "sov-src-arwiki-shinshar",
        "شنشار",
        "Wikipedia contributors",
        "Wikipedia",
        "undated",
        "https://ar.wikipedia.org/wiki/%D8%B4%D9%86%D8%B4%D8%A7%D8%B1",
        "https://ar.m.wikipedia.org/wiki/%D8%AE%D8%A7%D8%B5:%D9%84%D8%BA%D8%A7%D8%AA_%D8%A7%D9%84%D9%85%D8%AD%D9%85%D9%88%D9%84/%D8%B4%D9%86%D8%B4%D8%A7%D8%B1",
        "ar",
        "Arabic Wikipedia article on Shinshar village (read via the mobile language page, archive_url).",
    ],
    ["sov-src-abc-1983-01-04", "Syrians May Acquire New Soviet Weapons (ABC World News Tonight transcript)", "John McWethy",
     "ABC News (transcript in CIA CREST reading room)", "1983-01-04",
     "https://www.cia.gov/readingroom/document/cia-rdp88-01070r000100530002-5", "", "en",
     "Radio TV Reports transcript of ABC World News Tonight, 4 Jan 1983, released in the CIA CREST reading room."],
    ["sov-src-press-nz-1983-01-10", "Rocket concerns U.S.", "", "The Press (Christchurch), NZPA (via Papers Past)", "1983-01-10",
     "https://paperspast.natlib.govt.nz/newspapers/CHP19830110.2.77.3", "", "en",
     "NZPA Washington report summarising a New York Times story of the previous day; OCR text (e.g. 'S,A.M.Ss')."],
    ["sov-src-okorokov-studfiles", "Тайные войны СССР (Secret wars of the USSR), Syria chapter", "Aleksandr Okorokov",
     "Book: A. Okorokov, Tainye voiny SSSR", "undated", "https://studfiles.net/preview/16573161/page:32/", "", "ru",
     "Book read at a file-sharing copy (studfiles, uploaded 2022); footnotes cite Zolotarev (ed.) 2000 and Voenno-istoricheskii zhurnal 1994."],
    ["sov-src-grinevsky-itexts", "Сценарий для третьей мировой войны: Как Израиль чуть не стал ее причиной (page 17)", "Oleg Grinevsky",
     "Book: O. Grinevsky, Stsenarii dlya tretei mirovoi voiny", "undated",
     "https://itexts.net/avtor-oleg-alekseevich-grinevskiy/41085-scenariy-dlya-tretey-mirovoy-voyny-kak-izrail-chut-ne-stal-ee-prichinoy-oleg-grinevskiy/read/page-17.html", "", "ru",
     "Memoir of a senior Soviet diplomat, read at an online-library copy. The excerpt's date context is not shown; it sits among the 1982-83 negotiations on the Soviet SAMs (who would order their use)."],
    ["sov-src-zaw-dumayr-2018", "Rebels of al-Dumayr refuse evacuation, demand release of detainees", "", "Zaman al-Wasl", "undated",
     "https://en.zamanalwsl.net/news/article/34093", "", "en",
     "Date not shown in the excerpt; article id and content (Russian-brokered talks after East Ghouta) place it in spring 2018, before article 34415 of 16 Apr 2018."],
    ["sov-src-zaw-2018-04-16", "Eastern Qalamoun: rebels kill 20 troops in surprise attack", "", "Zaman al-Wasl", "2018-04-16",
     "https://en.zamanalwsl.net/news/article/34415/", "", "en", "Page shows 2018-04-16 17:18:00."],
    [
        "sov-src-warisboring-2017-03-19",
        "That Time America Worried About Russian Troops in Syria — In 1983",
        "Paul Iddon",
        "War Is Boring",
        "2017-03-19",
        "https://warisboring.com/that-time-america-worried-about-russian-troops-in-syria-in-1983/",
        "",
        "en",
        "Quotes Reagan's early Oct 1983 radio address (5,000 Soviet advisers and technicians, SS-21).",
    ],
]

PUBLISHERS = [
    ["Wikipedia", "reference", ""],
    ["TIME", "major-outlet", "US news magazine (1983 article)."],
    [
        "booksonline.com.ua (online-library copy of a Russian book)",
        "research",
        "Book text on an online library; title/author not identified, so claims resting only on it are 'reported'.",
    ],
    ["The Christian Science Monitor", "major-outlet", ""],
    ["Jewish Telegraphic Agency", "wire", "News agency (JTA archive)."],
    [
        "Financial University library (library.fa.ru)",
        "research",
        "University library interview with a veteran; first-hand account.",
    ],
    [
        "Parlamentskaya Gazeta (via Union of Veterans of Syria site)",
        "partisan-or-state",
        "Russian parliament's newspaper, reposted by a veterans' NGO.",
    ],
    [
        "Union of Veterans of Syria (Союз ветеранов Сирии)",
        "partisan-or-state",
        "Russian veterans' association; interested party.",
    ],
    [
        "Book: A. B. Shirokorad, Rossiiskie voennye bazy za rubezhom",
        "research",
        "Russian military-history book (popular history), read at online-library copies.",
    ],
    ["Moskovsky Komsomolets", "major-outlet", "Russian national daily."],
    ["Radio Free Europe/Radio Liberty", "major-outlet", "US-funded broadcaster."],
    ["Associated Press", "wire", ""],
    ["Associated Press (via Irish Independent)", "wire", "AP story carried by the Irish Independent."],
    ["Sputnik", "partisan-or-state", "Russian state media."],
    ["Sputnik Brasil", "partisan-or-state", "Russian state media (Portuguese edition)."],
    ["IA Tiras (tiras.ru)", "regional-outlet", "Small CIS news portal; low weight."],
    ["UPI", "wire", ""],
    [
        "Al-Baath (via khaddam.net archive)",
        "official",
        "Treaty text as published by the Syrian ruling party's newspaper.",
    ],
    [
        "Library of Congress Federal Research Division (via country-data.com)",
        "research",
        "US government country study (1987 text).",
    ],
    ["Tishreen", "partisan-or-state", "Syrian state newspaper."],
    [
        "Siberian Federal University newspaper (gazeta.sfu-kras.ru)",
        "regional-outlet",
        "University newspaper; veteran's first-hand account.",
    ],
    ["Syria Direct", "regional-outlet", ""],
    ["Global Times (Xinhua)", "partisan-or-state", "Chinese state media."],
    ["ABC News (transcript in CIA CREST reading room)", "major-outlet", "US TV network news transcript."],
    ["The Press (Christchurch), NZPA (via Papers Past)", "regional-outlet", "New Zealand daily carrying NZPA; summarises The New York Times."],
    ["Book: A. Okorokov, Tainye voiny SSSR", "research", "Russian popular military-history book."],
    ["Book: O. Grinevsky, Stsenarii dlya tretei mirovoi voiny", "research", "Memoir of a Soviet MFA official."],
    ["Zaman al-Wasl", "regional-outlet", "Syrian opposition-leaning news site."],
    ["War Is Boring", "research", "Defence-history magazine; named author."],
]

# ---------------------------------------------------------------- sites
SITES = [
    {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.6936, 33.6439]},
        "properties": {
            "id": "dumayr-s200-1983",
            "name": "Dumayr S-200 (SA-5) site, Soviet-manned 1983–84",
            "name_ru": "Думейр (позиция С-200)",
            "name_ar": "الضمير",
            "aliases": "Dumeir; Dmeir; ad-Dumayr; Думейра; 231st anti-aircraft missile regiment",
            "kind": "air-defence",
            "governorate": "rif-dimashq",
            "description": (
                "Long-range S-200 (SA-5) surface-to-air missile site near the town of Dumayr, about 35-40 km north-east of Damascus, "
                "manned by Soviet troops in 1983-84. TIME (May 1983) places one of the two Soviet-manned SA-5 sites 'near the towns of Dumeir and Shimshar'; "
                "a Russian book (online copy) says the Soviet 231st long-range anti-aircraft missile regiment concentrated 'in the area of Dumeira' on 23 Jan 1983. "
                "The point is Dumayr town (Wikipedia coordinates): the battery's own position is not sourced."
            ),
            "coord_precision": "town",
        },
    },
    {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.71833, 34.60083]},
        "properties": {
            "id": "shinshar-s200-1983",
            "name": "Shinshar S-200 (SA-5) site, Soviet-manned 1983–84",
            "name_ru": "Шиншар (позиция С-200)",
            "name_ar": "شنشار",
            "aliases": "Shimshar; Shinshar; Homs SA-5 site",
            "kind": "air-defence",
            "governorate": "homs",
            "description": (
                "Long-range S-200 (SA-5) surface-to-air missile site near the village of Shinshar, about 15 km south of Homs on the Homs-Damascus road, "
                "manned by Soviet troops in 1983-84. TIME (May 1983) names the two Soviet-manned SA-5 sites as 'near the towns of Dumeir and Shimshar' "
                "('Shimshar' read as Shinshar, the only matching place name found). The point is the village (Arabic Wikipedia coordinates); "
                "the battery's own position and the regiment's number are not sourced."
            ),
            "coord_precision": "town",
        },
    },
]

# ---------------------------------------------------------------- presence
PRESENCE = [
    [
        "sov-prs-tartus-1",
        "tartus",
        "1972-11",
        "1977-04-30",
        "ussr",
        "Manoeuvre-basing point: port calls for repair and rest by Soviet Mediterranean Squadron ships and submarines (no shore facilities)",
        "medium",
        "Under the 1971 agreement on using Tartus for manoeuvre basing (Shirokorad; MK 2015; Wikipedia) small repairs could be done with Soviet floating bases and workshops, but 'no structures were transferred' (MK). "
        "Start = first recorded call for rest and repair, Nov 1972 (submarine B-26 with floating workshop PM-24; Shirokorad), not the 1971 agreement year: no source describes Soviet use of Tartus in 1971-72. "
        "Periodic use, not a standing base. Known interruption: during the 1976 rift over Lebanon Syria 'had denied Soviets the access to its naval bases' and a thaw took 'more than two years' (Wikipedia, citing Lund and Ginat); no dates are given, so the period is not split. "
        "End = formation of the permanent 229th division on 30 Apr 1977 (next period).",
    ],
    [
        "sov-prs-tartus-2",
        "tartus",
        "1977-04-30",
        "1984",
        "ussr",
        "229th division of sea and roadstead support vessels: permanently stationed floating workshop, floating depot, tug, water barge and diving boat supporting the 5th Operational (Mediterranean) Squadron",
        "medium",
        "Shirokorad: the directorate of the 229th division was formed at Tartus on 30 Apr 1977 and a floating workshop, depot, tug, water barge and diving boat were permanently there; support was run by the 5th Operational Squadron staff. "
        "RFE/RL: ships and equipment from the evacuated Egyptian bases were sent to Tartus, which became the 229th division. Russian official/state sources date the support point's operation to 1977 (Sputnik 2017; Sputnik Brasil and IA Tiras reporting deputy minister Pankov, Oct 2016) while stating the agreement was signed in 1971. "
        "This overlaps the 1976-78 rift in which, per Wikipedia, Syria denied Soviet access to its naval bases; the sources do not reconcile the two. End = creation of the 720th point in 1984.",
    ],
    [
        "sov-prs-tartus-3",
        "tartus",
        "1984",
        "1991-12-26",
        "ussr",
        "720th material-technical support point (PMTO) of the Black Sea Fleet serving the 5th Mediterranean Squadron (floating pier, stores, diesel shop, barracks)",
        "high",
        "Shirokorad and MK: the 720th point was created in Tartus in 1984, subordinate to the Black Sea Fleet's deputy commander for logistics, with a PM-61M floating pier, administrative building, two stores, diesel shop, barracks and canteen on a Syrian-allotted area (2.3 ha per MK). "
        "RFE/RL: upgraded to the 720th Logistics Support Point 'in the mid 1980s'. Wikipedia (piglix copy) names it the Material-Technical Support Point (PMTO). "
        "AP (2017) instead dates the first Soviet deal 'to establish the facility' to 1983 (event sov-evt-tartus-ap-1983). End = dissolution of the USSR (26 Dec 1991); Russia kept the point (event sov-evt-ussr-end-1991).",
    ],
    [
        "sov-prs-t4-1",
        "t4-tiyas",
        "~1971",
        "~1990",
        "ussr",
        "Periodic deployments of Soviet naval aviation aircraft (patrols of the eastern Mediterranean, watching the US fleet)",
        "low",
        "Sources give only decades: Wikipedia (English, read in German translation) says that in the 1970s and 1980s the Soviet Union was given access to Tiyas 'for the periodic deployment of naval aircraft'; uk.wikipedia adds that the aircraft flew patrols over the eastern Mediterranean and watched the American fleet. "
        "The individual detachments (aircraft type, dates, length) were NOT found, so they cannot be drawn as separate periods: this single row stands for repeated, non-continuous deployments within the two decades. Start and end are decade bounds, not sourced dates. "
        "A Northern Fleet Il-38 anti-submarine crew member recalls being in Syria (Homs) in Oct-Nov 1988 (event sov-evt-il38-homs-1988), but his airfield is not named in the retrieved text.",
    ],
    [
        "sov-prs-dumayr-1",
        "dumayr-s200-1983",
        "1983-01-23",
        "~1984-10",
        "ussr",
        "Soviet-manned S-200 (SA-5) long-range SAM regiment (231st anti-aircraft missile regiment per one source)",
        "medium",
        "Location: TIME (23 May 1983) places one of two Soviet-manned SA-5 sites near Dumeir. Start: the only dated statement is a Russian book (online copy, title not identified) saying the 231st long-range anti-aircraft missile regiment concentrated near Dumayr on 23 Jan 1983 (the same text says '40 km west of Damascus', an error: Dumayr is north-east); the US confirmed Soviet-manned SA-5s in Syria on 17 Feb 1983 without naming sites. "
        "End approximate: a veteran returned with the Soviet contingent in Oct 1984 and veterans marked the 40th anniversary of its withdrawal in Oct 2024 (library.fa.ru); no source dates the hand-over of this particular site. Afterwards the S-200 stayed in Syrian service (not a Soviet presence).",
    ],
    [
        "sov-prs-shinshar-1",
        "shinshar-s200-1983",
        "~1983-05",
        "~1984-10",
        "ussr",
        "Soviet-manned S-200 (SA-5) long-range SAM site (regiment not named)",
        "medium",
        "Single locating source: TIME (23 May 1983): 'Located near the towns of Dumeir and Shimshar, the sites consist of two batteries of 12 launchers each', with radars and defences 'all manned and operated by Soviets'. Start = first report (TIME, May 1983); the Soviet units landed in Jan 1983 and a Russian book's cut-off text says something was deployed 'by 1 February, 5 km east…' (place lost), so the real start is probably Jan-Feb 1983. "
        "Which regiment (the veterans name the 220th and the 231st) stood here is not sourced. End approximate = withdrawal of the Soviet contingent, Oct 1984 (library.fa.ru).",
    ],
]

# ---------------------------------------------------------------- control (own sites only)
CONTROL = [
    [
        "sov-ctl-dumayr-1",
        "dumayr-s200-1983",
        "1963",
        "2011",
        "syria-gov",
        "medium",
        "Ba'athist state from 1963; the site area did not change hands before 2011.",
    ],
    ["sov-ctl-dumayr-2", "dumayr-s200-1983", "2011", "~2013", "unknown", "low",
     "Not sourced: who held Dumayr town and the positions around it in 2011-2013 was not found. The next rows start at ~2013, derived from a spring-2018 Zaman al-Wasl report of an 'unspoken ceasefire' between the town's rebels and the army '5 years ago'."],
    ["sov-ctl-dumayr-2a", "dumayr-s200-1983", "~2013", "2018-04-20", "rebels", "low",
     "Overlaps sov-ctl-dumayr-2b (the point is the town; the S-200 position itself is outside it and unplaced). Dumayr TOWN was held by local rebels (Jaish al-Islam, Forces of Martyr Ahmad al-Abdo) under an unspoken ceasefire with the army from about 2013 (Zaman al-Wasl: '5 years ago', article undated, spring 2018) until the April 2018 surrender; Syria Direct calls it 'the rebel-held city of Dumayr'. Start approximate and inferred."],
    ["sov-ctl-dumayr-2b", "dumayr-s200-1983", "~2013", "2018-04-20", "syria-gov", "low",
     "Overlaps sov-ctl-dumayr-2a. The military installations AROUND the town stayed with the government: Zaman al-Wasl (16 Apr 2018) says many army bases are located around the town, Syria Direct that the town 'lies next to a government air base'. Whether the former Soviet S-200 position is among them is not sourced, hence low. Dates as the overlapping rebel row."],
    [
        "sov-ctl-dumayr-3",
        "dumayr-s200-1983",
        "2018-04-20",
        "2024-12-08",
        "syria-gov",
        "medium",
        "Rebels handed over heavy weapons and left Dumayr on Thursday 19 Apr 2018 (AP/SANA); Global Times (Xinhua), 20 Apr 2018: the army 'started entering' the town as the evacuation was completed. End = fall of the Assad government (no site-specific date found).",
    ],
    [
        "sov-ctl-dumayr-4",
        "dumayr-s200-1983",
        "2024-12-08",
        "",
        "syria-transitional",
        "medium",
        "Fall of the Assad government on 8 Dec 2024; no site-specific date found.",
    ],
    [
        "sov-ctl-shinshar-1",
        "shinshar-s200-1983",
        "1963",
        "2011",
        "syria-gov",
        "medium",
        "Ba'athist state from 1963; the site area did not change hands before 2011.",
    ],
    [
        "sov-ctl-shinshar-2",
        "shinshar-s200-1983",
        "2011",
        "2024-12-08",
        "unknown",
        "low",
        "Not sourced. Shinshar lies on the Homs-Damascus highway between Homs and the Qusayr area, which saw rebel control in 2012-13; no retrieved source says who held Shinshar or the SAM site during the civil war, so the span is unknown (likely government-held, not verified).",
    ],
    [
        "sov-ctl-shinshar-3",
        "shinshar-s200-1983",
        "2024-12-08",
        "",
        "syria-transitional",
        "medium",
        "Fall of the Assad government on 8 Dec 2024; no site-specific date found (government forces left Homs on 7 Dec per other groups' sources).",
    ],
]

# ---------------------------------------------------------------- events
EVENTS = [
    [
        "sov-evt-tartus-agreement-1971",
        "1971",
        "tartus",
        "agreement",
        "Soviet–Syrian agreement on using the port of Tartus for manoeuvre basing of Soviet Navy ships",
        "medium",
        "Agreement year only; no day or month found. Wikipedia: the Soviet Union was allowed 'to open its naval military base in Tartus'; Shirokorad/MK: an agreement for manoeuvre basing with small repairs by Soviet floating workshops; RFE/RL and Wikipedia (Tartus) likewise. "
        "Contested: AP (2017) says the first Soviet deal to establish the facility was signed in 1983 (sov-evt-tartus-ap-1983). The agreement year is NOT the start of operation: first recorded call Nov 1972, permanent detachment 30 Apr 1977, 720th point 1984.",
    ],
    [
        "sov-evt-tartus-first-call-1972",
        "1972-11",
        "tartus",
        "deployment",
        "First Soviet call at Tartus for rest and repair: submarine B-26 with floating workshop PM-24 (211th submarine brigade)",
        "medium",
        "Single source (Shirokorad's book), which calls it 'the first call for rest and repair'. The crew witnessed two Israeli air attacks on the port during the month-long stay.",
    ],
    [
        "sov-evt-rift-1976",
        "~1976",
        "",
        "other",
        "Soviet–Syrian rift over Lebanon: Moscow freezes arms supplies, Syria denies Soviets access to its naval bases (thaw more than two years later)",
        "low",
        "Wikipedia (citing Lund 2019 and Ginat 2000, not retrieved); Okorokov (quoting the Soviet chief military adviser Tereshchenko) confirms the 1976 cooling, the temporary suspension of arms deliveries and a cut in Soviet specialists, but says nothing about naval access. No start or end dates; it is not said that Tartus specifically was closed. This conflicts with Shirokorad's account of the 229th division being formed at Tartus on 30 Apr 1977; both are kept.",
    ],
    [
        "sov-evt-assad-moscow-1977",
        "1977-04",
        "",
        "other",
        "Hafez al-Assad visits Moscow (Brezhnev, Kosygin): sign of improved relations",
        "medium",
        "Wikipedia.",
    ],
    [
        "sov-evt-tartus-229-1977",
        "1977-04-30",
        "tartus",
        "deployment",
        "Directorate of the Soviet 229th division of sea and roadstead support vessels formed at Tartus; permanent floating workshop and depot",
        "medium",
        "Day from Shirokorad. Russian state sources (Sputnik 2017; Sputnik Brasil and IA Tiras reporting deputy defence minister Pankov in Oct 2016) date the support point's operation to 1977. RFE/RL links the move to the Soviet evacuation of the Egyptian bases.",
    ],
    [
        "sov-evt-treaty-1980",
        "1980-10-08",
        "",
        "treaty",
        "USSR and Syria sign the Treaty of Friendship and Cooperation in Moscow (20 years, automatic 5-year extensions)",
        "high",
        "UPI (Moscow, Wednesday 8 Oct 1980), treaty text in Al-Baath (1980-10-08), LoC country study, Wikipedia. A secret protocol reputedly covers Soviet military obligations (LoC). Russia's MFA said in 2020 that the treaty is still in force (Tishreen). Note: one Russian web page (pva-studio, not used) gives '8 September 1980', an error against all contemporary reports.",
    ],
    [
        "sov-evt-sam-decision-1982",
        "1982-10",
        "",
        "agreement",
        "Andropov–Assad talks in Moscow: decision to send three Soviet long-range SAM regiments, a technical regiment and EW units (5,000–6,000 men) to defend Syrian airspace",
        "reported",
        "Single source: a Russian book read at booksonline.com.ua (title not identified). The veterans' union dates the formation of the units to 1982 (SVS 2022).",
    ],
    [
        "sov-evt-sam-landing-1983",
        "1983-01-10",
        "",
        "deployment",
        "First transport with Soviet air-defence troops, disguised as tourists, arrives at night in the port of Latakia; five more follow",
        "reported",
        "Single source for the day and port (Russian book, booksonline copy). Consistent with veterans' accounts of a January 1983 sea voyage (Reuters 2015, not re-retrieved here). Latakia port is not mapped as a Soviet site: it was only the landing point.",
    ],
    ["sov-evt-sa5-sites-built-1983", "1983-01-04", "", "announcement",
     "US intelligence reports SA-5 sites being prepared in Syria before the missiles arrive; two construction sites identified and a US protest made to the Soviet ambassador", "high",
     "ABC News (4 Jan 1983): no SA-5s in Syria yet, new sites being prepared, missiles on their way by ship. The New York Times (as summarised by NZPA, 10 Jan 1983): US and Israeli intelligence identified two construction sites; Eagleburger raised US concern with Dobrynin. The two sites match TIME's Dumeir and Shimshar (May 1983), but these January reports do not name them."],
    [
        "sov-evt-dumayr-231-1983",
        "1983-01-23",
        "dumayr-s200-1983",
        "deployment",
        "Soviet 231st long-range anti-aircraft missile regiment concentrates in the Dumayr area",
        "reported",
        "Single source (Russian book, booksonline copy; it misplaces Dumayr '40 km west of Damascus'). The location is corroborated by TIME (May 1983), the date is not.",
    ],
    [
        "sov-evt-shultz-sa5-1983",
        "1983-02-17",
        "",
        "announcement",
        "US Secretary of State Shultz says Soviet personnel man SA-5 missiles newly deployed in Syria",
        "high",
        "CSM 17 Feb 1983; repeated to a Senate subcommittee (CSM 1 Mar 1983, JTA): the first SA-5 deployment outside the USSR. Sites not named in these reports.",
    ],
    [
        "sov-evt-sa5-sites-time-1983",
        "1983-05-23",
        "shinshar-s200-1983",
        "other",
        "TIME reports two Soviet-manned SA-5 sites near Dumeir and Shimshar (two batteries of 12 launchers, about 50 missiles), with a Kremlin veto over their use",
        "medium",
        "Single outlet (TIME), citing a West European diplomat in Damascus: 'For the first time, the Soviets have bases in Syria.' Also applies to dumayr-s200-1983 (one event row only, tied to the less-documented Shinshar site).",
    ],
    [
        "sov-evt-reagan-advisers-1983",
        "1983-10",
        "",
        "announcement",
        "Reagan radio address: Syria has some 5,000 Soviet advisers and technicians and new Soviet SS-21 missiles",
        "low",
        "Via War Is Boring (2017) quoting the early-October 1983 radio address; the address itself was not retrieved.",
    ],
    [
        "sov-evt-advisers-1984",
        "~1984-06",
        "",
        "other",
        "Peak Soviet presence: an estimated 13,000 Soviet and East European advisers in Syria by mid-1984 (2,000–5,000 remained in 1986 after withdrawals in 1985)",
        "medium",
        "Library of Congress country study (1987 text). Estimate includes East European advisers. Wikipedia: 'Throughout the 1980s ... thousands of Soviet military personnel were present in Syria'.",
    ],
    [
        "sov-evt-tartus-720-1984",
        "1984",
        "tartus",
        "deployment",
        "720th material-technical support point (PMTO) of the Black Sea Fleet established at Tartus",
        "medium",
        "Shirokorad and MK (2015) give 1984; RFE/RL 'in the mid 1980s'. MK's wording closely follows Shirokorad, so independence is uncertain (medium, not high). A TASS-Dossier text (repost, not cited) says the deployment followed a Politburo decision of 12 May 1983, which may be what AP's '1983' refers to.",
    ],
    [
        "sov-evt-tartus-ap-1983",
        "1983",
        "tartus",
        "agreement",
        "AP: the Soviet Union 'first signed a deal with Syria to establish the facility' in 1983",
        "low",
        "Minority dating kept on purpose; contradicts the 1971 agreement given by Wikipedia, Shirokorad, MK, RFE/RL and Russian state media. Possibly the 1983 decision that led to the 720th point (see sov-evt-tartus-720-1984), not verified. Partial support for a later formal agreement: the memoir of Soviet diplomat O. Grinevsky, in a passage set among the 1982-83 SAM negotiations (date not visible in the excerpt), reports that the agreement on Soviet Navy use of Syrian ports had 'still not been signed'.",
    ],
    [
        "sov-evt-sa5-withdrawal-1984",
        "~1984-10",
        "",
        "withdrawal",
        "Soviet air-defence contingent (S-200 regiments) withdrawn from Syria",
        "medium",
        "A veteran returned with the Soviet armed contingent in October 1984; veterans held a 40th-anniversary meeting of the withdrawal in Oct 2024 (library.fa.ru). Parlamentskaya Gazeta: Soviet servicemen defended Syrian skies in 1983-1984. The hand-over of the S-200 sites to Syrian crews is implied, not stated. Affects dumayr-s200-1983 and shinshar-s200-1983.",
    ],
    [
        "sov-evt-assad-moscow-1987",
        "1987-04-27",
        "",
        "other",
        "Assad visits the USSR (27–29 Apr 1987) and asks for the S-300; Gorbachev refuses",
        "medium",
        "Wikipedia.",
    ],
    [
        "sov-evt-il38-homs-1988",
        "1988-10",
        "",
        "deployment",
        "Northern Fleet Il-38 anti-submarine aviation personnel in Syria (Homs), Oct–Nov 1988",
        "low",
        "Single first-hand account (Maj. V. Filippov, university newspaper, c. 2015). The airfield used is not named in the retrieved excerpt (Tiyas/T-4 is the documented Soviet naval-aviation base, but the link is not sourced), so the event has no site.",
    ],
    [
        "sov-evt-1973-war-aid",
        "1973-10",
        "",
        "other",
        "October (Yom Kippur) War: thousands of Soviet advisers assist the Syrian army; 3,750 t of aid airlifted to Syria",
        "medium",
        "Wikipedia: about 20 Soviet personnel believed killed; 63,000 t sealifted at the end of October 1973, mainly to Syria.",
    ],
    [
        "sov-evt-ussr-end-1991",
        "1991-12-26",
        "tartus",
        "other",
        "Dissolution of the USSR: the Tartus support point passes to the Russian Federation",
        "medium",
        "The USSR was dissolved on 26 Dec 1991 (Wikipedia); Syria recognised the Russian Federation the same day per Wikipedia's history section (its lead says January 1992). Russia continued to use Tartus (Wikipedia; RFE/RL: 'The Russian Navy continued using Tartus after the Soviet broke up in 1991').",
    ],
]

SYSTEMS = [
    [
        "sov-sys-dumayr-s200",
        "dumayr-s200-1983",
        "S-200 (SA-5 Gammon) long-range SAM, Soviet-manned",
        "290",
        "1983-01-23",
        "~1984-10",
        "medium",
        "Range: JTA (1983) gives the SAM-5s in Syria 'a range of 180 miles' (≈290 km). Dates as sov-prs-dumayr-1. After the Soviet withdrawal the system stayed in Syrian service (outside this table).",
    ],
    [
        "sov-sys-shinshar-s200",
        "shinshar-s200-1983",
        "S-200 (SA-5 Gammon) long-range SAM, Soviet-manned",
        "290",
        "~1983-05",
        "~1984-10",
        "medium",
        "Range as above (JTA, 180 miles). TIME: two batteries of 12 launchers across the two sites, about 50 missiles. Dates as sov-prs-shinshar-1.",
    ],
]

# ---------------------------------------------------------------- citations
Q_BAATH = "Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party."
Q_FALL = "On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces."
Q_TIME_SITES = "Located near the towns of Dumeir and Shimshar, the sites consist of two batteries of 12 launchers each."
Q_TIME_MAN = "The complex early warning and tracking radars, plus the communications systems and defenses made up of less advanced batteries, are all manned and operated by Soviets."
Q_TIME_BASES = "installing SA-5 missile bases that have to be manned by Soviet troops and technicians"
Q_BOOK_231 = "Уже 23 января 231-й зенитно-ракетный полк ПВО дальнего действия сосредоточился в районе Думейры, в 40 км западнее Дамаска."
Q_BOOK_LAND = "Первый транспорт с войсками прибыл под покровом ночи в порт Латакия 10 января 1983 г. Личный состав был переодет в гражданскую форму и представлен туристами."
Q_BOOK_DEC = "в Сирию для защиты ее воздушного пространства от возможных бомбардировок израильтян направляются три советских зенитно- ракетных полка ПВО дальнего действия, один технический полк, а также подразделения радиоэлектронной борьбы (РЭБ)"
Q_BOOK_OCT = "Лишь в октябре 1982 г. в Кремль были вызваны посол и главный военный советник в Сирии."
Q_BOOK_CUT = "К 1 февраля в 5 км восто"
Q_FA_RET = "В составе советского вооруженного контингента в октябре 1984 г. вернулся из Сирии на Родину."
Q_FA_ANN = "посвященная 40-летней годовщине вывода советского вооруженного контингента из Сирийской Арабской Республики"
Q_PG = "советских военных, которые в 1983-1984 годах помогли защитить небо Сирии от авиации США, Израиля и их союзников"
Q_CSM1 = "Secretary of State George Shultz said Soviet personnel were manning SA-5 antiaircraft missiles recently deployed in Syria."
Q_CSM2 = (
    "He told a Senate foreign-operations appropriations subcommittee that the missiles were manned by Soviet personnel"
)
Q_JTA1 = "The SAM-5s now in Syria mark the first time the Soviets have deployed the anti-aircraft batteries outside the USSR."
Q_JTA_RANGE = "the placement of the SAM-5s in Syria, which have a range of 180 miles"
Q_SVS = "Встреча было посвящена 40-летию ввода ограниченного контингента Советских войск в САР"
Q_SVS_220 = "Дьяков Алексей Сергеевич, ветеран 220-го ЗРП"
Q_SVS_1982 = "об особенностях формирования войсковых частей для отправки в Сирию в 1982 году"
Q_SH_1971 = "В 1971 г. Советский Союз заключил с Сирией соглашение об использовании порта Тартус для маневренного базирования. При этом в порту мог проводиться небольшой ремонт кораблей с привлечением советских плавбаз и плавмастерских."
Q_SH_1972 = "В ноябре 1972 г. командир 211-й бригады подводных лодок капитан 1-го ранга А. Акатов с плавмастерской ПМ-24 и подводной лодкой Б-26 прибыл в порт Тартус … Это был первый заход для отдыха и ремонта в порту Тартус."
Q_SH_1977 = "Для этого в Тартусе 30 апреля 1977 г. было сформировано Управление 229-го дивизиона морских и рейдовых судов. Там постоянно находились плавмастерская, плавсклад, буксир, морская водоналивная баржа и водолазный бот."
Q_SH_5TH = "Непосредственное руководство тыловым обеспечением кораблей в акватории Средиземного моря осуществлялось штабом 5-й оперативной эскадры."
Q_SH_1984 = "В 1984 г. в порту Тартус был создан 720-й пункт материально-технического базирования с подчинением заместителю командующего Черноморским флотом по тылу."
Q_MK_1971 = "Первое соглашение с Сирией о использовании порта Тартус для создания пункта маневренного базирования (ПМБ) советских кораблей было подписано в 1971 году."
Q_MK_NOSTR = "Никаких сооружений советским морякам согласно соглашениям не передавалось."
Q_MK_70S = "К концу 70-х годов в порту Тартус постоянно находились плавмастерская, плавсклад, буксир, морская водоналивная баржа, водолазный бот."
Q_MK_1984 = "Только в 1984 году в Тартусе был создан 720-й пункт материально-технического обеспечения (ПМТО)."
Q_RFE_1971 = "The Soviet Navy began using Syria's deep-water port at Tartus for submarines and surface vessels under a 1971 agreement with Damascus."
Q_RFE_229 = "That transformed Tartus into the Soviet 229th Naval and Estuary Vessel Support Division. In the mid 1980s, Tartus was upgraded to become the 720th Logistics Support Point for the Soviet Navy."
Q_RFE_1991 = "The Russian Navy continued using Tartus after the Soviet broke up in 1991."
Q_RFE_EGYPT = (
    "the Soviets evacuated the Egyptian bases in the late 1970s, sending ships and equipment to Tartus instead."
)
Q_AP = "The Soviet Union first signed a deal with Syria to establish the facility in 1983."
Q_SPUT = "Tartus hosted the Russian Navy maintenance and support facility since 1977."
Q_SPUTBR = "O posto de abastecimento da Marinha russa em Tartus existe desde 1977, o acordo correspondente foi assinado em 1971."
Q_TIRAS = "Стоит отметить, что пункт МТО работает в Сирии с 1977 года."
Q_PIG = "Tartus hosts a Soviet-era naval supply and maintenance facility, under a 1971 agreement with Ba'athist Syria"
Q_PIG_PMTO = 'Russian official usage classifies the installation as a Material-Technical Support Point (Russian: Пункт материально-технического обеспечения, ПМТО) and not a "base".'
Q_SCO = "The Soviet Union wis dissolved on December 26, 1991."
Q_W_1971 = "In 1971, under an agreement with President Hafez al-Assad, the Soviet Union was allowed to open its naval military base in Tartus, giving the Soviet Union a stable presence in the Middle East."
Q_W_1980 = "On 8 October 1980, Syria and the Soviet Union signed a Treaty of Friendship and Cooperation."
Q_W_1976 = "Moscow had frozen weapons supplies, whereas Syria had denied Soviets the access to its naval bases. It took more than two years to see a thaw in Syrian-Soviet relations"
Q_W_1977 = "In April 1977, Hafez al-Assad visited Moscow and met with Soviet leaders Leonid Brezhnev and Alexei Kosygin among others, as a sign of improved Syrian relations with the USSR."
Q_W_80S = "Throughout the 1980s, till the end of Cold War, thousands of Soviet military personnel were present in Syria"
Q_W_1987 = "Between 27 and 29 April 1987, Syrian President Hafez al-Assad, along with the Defense Minister Mustafa Tlass and Vice President Abdul Halim Khaddam, visited the Soviet Union, when he asked to acquire the S-300 missile system, but Mikhail Gorbachev refused to deliver"
Q_W_1991 = "Syria recognized the newly formed Russian Federation on 26 December 1991 after the dissolution of the Soviet Union."
Q_W_CONT = "a facility the former Soviet republic continues to use to this day"
Q_W_1973 = "During the Yom Kippur War, thousands of Soviet advisors and technicians assisted the Syrian army, and 20 are believed to have died. 3,750 tonnes of aid was airlifted during the war to Syria."
Q_UPI = "The Soviet Union and Syria signed a treaty of friendship and cooperation Wednesday"
Q_TREATY = "Publishing date: 1980-10-08"
Q_LOC_TREATY = "Syrian-Soviet relations were upgraded and formalized in the Treaty of Friendship and Cooperation signed by Assad in Moscow in October 1980."
Q_LOC_ADV = "by mid-1984 there were an estimated 13,000 Soviet and East European advisers in Syria. However, many of these advisers were withdrawn in 1985 during a dispute so that in 1986 between 2,000 and 5,000 remained."
Q_TISH = "The Treaty of Friendship and Cooperation with Syria completed its 40th anniversary today"
Q_UK = "В 1970-ті та 1980-ті роки Радянський Союз час від часу користувався цією базою для розміщення літаків морської авіації"
Q_UK2 = "З цієї бази літаки вирушали на патрулювання східної частини Середземного моря та спостереження за Американським флотом в цьому регіоні"
Q_DE = "In den 1970er und 1980er Jahren erhielt die Sowjetunion Zugang zum Luftwaffenstützpunkt Tiyas für den regelmäßigen Einsatz von Marineflugzeugen."
Q_SFU1 = "сразу же вспомнился этот тогда абсолютно мирный южный городок, в который меня занесла военная судьба в октябре-ноябре 1988 года."
Q_SFU2 = "Одной из функций нашего противолодочного авиаполка (на самолётах Ил-38)"
Q_SFU3 = "танки правительственных войск открыли огонь по жилым домам в городе Хомс"
Q_DUM_COORD = "33°38′38″ severní šířky sh. 36°41′37″ východní délky e."
Q_DUM_LOC = "ve vzdálenosti přibližně 35 kilometrů severovýchodně od Damašku"
Q_SD = "the rebel-held city of Dumayr—which lies next to a government air base at the foot of the East Qalamoun mountain range 40km northeast of Damascus—has been relatively quiet since 2016"
Q_GT = "The Syrian army and the law enforcement forces started entering the Dumair town in the eastern part of Qalamoun region north of the capital Damascus, as the rebels completed evacuation from that area."
Q_AP18 = "The state Sana news agency says the Army of Islam fighters and their families are leaving the town of Dumayr on Thursday."
Q_AP18b = "effectively surrendering their turf to Syrian government forces."
Q_SHIN_COORD = "34°36′3″N 36°43′6″E / 34.60083°N 36.71833°E"
Q_SHIN_LOC = "تقع جنوب محافظة حمص على بعد حوالي 15 كم جنوب حمص"
Q_SHIN_VIL = "شنشار قرية في منطقة القصير في محافظة حمص في سورية."
Q_WIB = "today has some 5,000 Soviet advisers and technicians and a massive amount of new Soviet equipment in its country — including a new generation of surface-to-surface missiles, the SS-21"
Q_WIB2 = "In an early October 1983 radio address"

CITATIONS = [
    # sites
    ["dumayr-s200-1983", "sov-src-ruwiki-dumayr", Q_DUM_COORD],
    ["dumayr-s200-1983", "sov-src-ruwiki-dumayr", Q_DUM_LOC],
    ["dumayr-s200-1983", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["dumayr-s200-1983", "sov-src-booksonline-148994", Q_BOOK_231],
    ["dumayr-s200-1983", "sov-src-syriadirect-dumayr-2018", Q_SD],
    ["shinshar-s200-1983", "sov-src-arwiki-shinshar", Q_SHIN_COORD],
    ["shinshar-s200-1983", "sov-src-arwiki-shinshar", Q_SHIN_LOC],
    ["shinshar-s200-1983", "sov-src-arwiki-shinshar", Q_SHIN_VIL],
    ["shinshar-s200-1983", "sov-src-time-1983-05-23", Q_TIME_SITES],
    # presence
    ["sov-prs-tartus-1", "sov-src-shirokorad-wr", Q_SH_1971],
    ["sov-prs-tartus-1", "sov-src-shirokorad-kn", Q_SH_1972],
    ["sov-prs-tartus-1", "sov-src-mk-2015-09-21", Q_MK_1971],
    ["sov-prs-tartus-1", "sov-src-mk-2015-09-21", Q_MK_NOSTR],
    ["sov-prs-tartus-1", "sov-src-wiki-russia-syria", Q_W_1976],
    ["sov-prs-tartus-2", "sov-src-shirokorad-lb", Q_SH_1977],
    ["sov-prs-tartus-2", "sov-src-shirokorad-lb", Q_SH_5TH],
    ["sov-prs-tartus-2", "sov-src-mk-2015-09-21", Q_MK_70S],
    ["sov-prs-tartus-2", "sov-src-rferl-tartus", Q_RFE_EGYPT],
    ["sov-prs-tartus-2", "sov-src-rferl-tartus", Q_RFE_229],
    ["sov-prs-tartus-2", "sov-src-sputnik-2017-05-18", Q_SPUT],
    ["sov-prs-tartus-2", "sov-src-sputnikbr-2016-10-10", Q_SPUTBR],
    ["sov-prs-tartus-2", "sov-src-tiras-2016-10-10", Q_TIRAS],
    ["sov-prs-tartus-3", "sov-src-shirokorad-lb", Q_SH_1984],
    ["sov-prs-tartus-3", "sov-src-mk-2015-09-21", Q_MK_1984],
    ["sov-prs-tartus-3", "sov-src-rferl-tartus", Q_RFE_229],
    ["sov-prs-tartus-3", "sov-src-wiki-tartus-piglix", Q_PIG_PMTO],
    ["sov-prs-tartus-3", "sov-src-sco-wiki-dissolution", Q_SCO],
    ["sov-prs-t4-1", "sov-src-wiki-tiyas-qaz", Q_DE],
    ["sov-prs-t4-1", "sov-src-ukwiki-tias", Q_UK],
    ["sov-prs-t4-1", "sov-src-ukwiki-tias", Q_UK2],
    ["sov-prs-dumayr-1", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["sov-prs-dumayr-1", "sov-src-time-1983-05-23", Q_TIME_MAN],
    ["sov-prs-dumayr-1", "sov-src-booksonline-148994", Q_BOOK_231],
    ["sov-prs-dumayr-1", "sov-src-fa-2024", Q_FA_RET],
    ["sov-prs-dumayr-1", "sov-src-fa-2024", Q_FA_ANN],
    ["sov-prs-dumayr-1", "sov-src-pg-veterans", Q_PG],
    ["sov-prs-shinshar-1", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["sov-prs-shinshar-1", "sov-src-time-1983-05-23", Q_TIME_MAN],
    ["sov-prs-shinshar-1", "sov-src-booksonline-148994", Q_BOOK_CUT],
    ["sov-prs-shinshar-1", "sov-src-fa-2024", Q_FA_RET],
    ["sov-prs-shinshar-1", "sov-src-pg-veterans", Q_PG],
    # control
    ["sov-ctl-dumayr-1", "com-src-wiki-baathist-syria", Q_BAATH],
    ["sov-ctl-dumayr-2", "sov-src-zaw-dumayr-2018", "The town was out of bombing or any military campaign since the local rebel groups reach unspoken ceasefire deal with the regime army 5 years ago."],
    ["sov-ctl-dumayr-2a", "sov-src-zaw-dumayr-2018", "The town was out of bombing or any military campaign since the local rebel groups reach unspoken ceasefire deal with the regime army 5 years ago."],
    ["sov-ctl-dumayr-2a", "sov-src-syriadirect-dumayr-2018", Q_SD],
    ["sov-ctl-dumayr-2a", "sov-src-zaw-2018-04-16", "rebels of Dumayr have agreed to lay down their arms and to hand over the town to the regime army, local activists said Monday."],
    ["sov-ctl-dumayr-2b", "sov-src-zaw-2018-04-16", "as many army bases are located around the town besides the interstate highway that connects Damascus with Baghdad and eastern Syria."],
    ["sov-ctl-dumayr-2b", "sov-src-zaw-dumayr-2018", "The town of Al-Dumayr enjoys a significant importance for the Assad regime where most of the army bases are located around the town"],
    ["sov-ctl-dumayr-2b", "sov-src-syriadirect-dumayr-2018", Q_SD],
    ["sov-ctl-dumayr-3", "sov-src-globaltimes-2018-04-20", Q_GT],
    ["sov-ctl-dumayr-3", "sov-src-ap-dumayr-2018-04-19", Q_AP18],
    ["sov-ctl-dumayr-3", "sov-src-ap-dumayr-2018-04-19", Q_AP18b],
    ["sov-ctl-dumayr-3", "com-src-wiki-fall-assad", Q_FALL],
    ["sov-ctl-dumayr-4", "com-src-wiki-fall-assad", Q_FALL],
    ["sov-ctl-shinshar-1", "com-src-wiki-baathist-syria", Q_BAATH],
    ["sov-ctl-shinshar-2", "com-src-wiki-baathist-syria", Q_BAATH],
    ["sov-ctl-shinshar-2", "com-src-wiki-fall-assad", Q_FALL],
    ["sov-ctl-shinshar-3", "com-src-wiki-fall-assad", Q_FALL],
    # events
    ["sov-evt-tartus-agreement-1971", "sov-src-wiki-russia-syria", Q_W_1971],
    ["sov-evt-tartus-agreement-1971", "sov-src-shirokorad-wr", Q_SH_1971],
    ["sov-evt-tartus-agreement-1971", "sov-src-mk-2015-09-21", Q_MK_1971],
    ["sov-evt-tartus-agreement-1971", "sov-src-rferl-tartus", Q_RFE_1971],
    ["sov-evt-tartus-agreement-1971", "sov-src-wiki-tartus-piglix", Q_PIG],
    ["sov-evt-tartus-agreement-1971", "sov-src-ap-2017-01-20", Q_AP],
    ["sov-evt-tartus-first-call-1972", "sov-src-shirokorad-kn", Q_SH_1972],
    ["sov-evt-rift-1976", "sov-src-wiki-russia-syria", Q_W_1976],
    ["sov-evt-rift-1976", "sov-src-okorokov-studfiles", "В 1976 году после открытого вмешательства Сирии в ливанский кризис произошло некоторое охлаждение в межгосударственных отношениях."],
    ["sov-evt-rift-1976", "sov-src-okorokov-studfiles", "Советский Союз, не одобрявший это вмешательство, временно приостановил поставки вооружения."],
    ["sov-evt-tartus-ap-1983", "sov-src-grinevsky-itexts", "Что же касается соглашения об использовании сирийских портов Советским военно-морским флотом, то оно до сих пор не подписано."],
    ["sov-evt-assad-moscow-1977", "sov-src-wiki-russia-syria", Q_W_1977],
    ["sov-evt-tartus-229-1977", "sov-src-shirokorad-lb", Q_SH_1977],
    ["sov-evt-tartus-229-1977", "sov-src-sputnik-2017-05-18", Q_SPUT],
    ["sov-evt-tartus-229-1977", "sov-src-sputnikbr-2016-10-10", Q_SPUTBR],
    ["sov-evt-tartus-229-1977", "sov-src-tiras-2016-10-10", Q_TIRAS],
    ["sov-evt-tartus-229-1977", "sov-src-rferl-tartus", Q_RFE_EGYPT],
    ["sov-evt-treaty-1980", "sov-src-upi-1980-10-08", Q_UPI],
    ["sov-evt-treaty-1980", "sov-src-treaty-text-1980", Q_TREATY],
    ["sov-evt-treaty-1980", "sov-src-loc-country-study", Q_LOC_TREATY],
    ["sov-evt-treaty-1980", "sov-src-wiki-russia-syria", Q_W_1980],
    ["sov-evt-treaty-1980", "sov-src-tishreen-2020-10-08", Q_TISH],
    ["sov-evt-sam-decision-1982", "sov-src-booksonline-148994", Q_BOOK_OCT],
    ["sov-evt-sam-decision-1982", "sov-src-booksonline-148994", Q_BOOK_DEC],
    ["sov-evt-sam-decision-1982", "sov-src-svs-2022", Q_SVS_1982],
    ["sov-evt-sam-landing-1983", "sov-src-booksonline-148994", Q_BOOK_LAND],
    ["sov-evt-dumayr-231-1983", "sov-src-booksonline-148994", Q_BOOK_231],
    ["sov-evt-sa5-sites-built-1983", "sov-src-abc-1983-01-04", "U. S. intelligence sources tell ABC News that there are no Soviet long-range SA-5 anti-aircraft missiles in Syria yet. Nonetheless, these sources say new missile sites are being prepared in Syria"],
    ["sov-evt-sa5-sites-built-1983", "sov-src-press-nz-1983-01-10", "American and Israeli Intelligence experts had identified two construction sites in Syria built for S,A.M.Ss, which have a 240 km range."],
    ["sov-evt-shultz-sa5-1983", "sov-src-csm-1983-02-17", Q_CSM1],
    ["sov-evt-shultz-sa5-1983", "sov-src-csm-1983-03-01", Q_CSM2],
    ["sov-evt-shultz-sa5-1983", "sov-src-jta-shultz-1983", Q_JTA1],
    ["sov-evt-sa5-sites-time-1983", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["sov-evt-sa5-sites-time-1983", "sov-src-time-1983-05-23", Q_TIME_BASES],
    ["sov-evt-reagan-advisers-1983", "sov-src-warisboring-2017-03-19", Q_WIB2],
    ["sov-evt-reagan-advisers-1983", "sov-src-warisboring-2017-03-19", Q_WIB],
    ["sov-evt-advisers-1984", "sov-src-loc-country-study", Q_LOC_ADV],
    ["sov-evt-advisers-1984", "sov-src-wiki-russia-syria", Q_W_80S],
    ["sov-evt-tartus-720-1984", "sov-src-shirokorad-lb", Q_SH_1984],
    ["sov-evt-tartus-720-1984", "sov-src-mk-2015-09-21", Q_MK_1984],
    ["sov-evt-tartus-720-1984", "sov-src-rferl-tartus", Q_RFE_229],
    ["sov-evt-tartus-ap-1983", "sov-src-ap-2017-01-20", Q_AP],
    ["sov-evt-sa5-withdrawal-1984", "sov-src-fa-2024", Q_FA_RET],
    ["sov-evt-sa5-withdrawal-1984", "sov-src-fa-2024", Q_FA_ANN],
    ["sov-evt-sa5-withdrawal-1984", "sov-src-pg-veterans", Q_PG],
    ["sov-evt-sa5-withdrawal-1984", "sov-src-svs-2022", Q_SVS],
    ["sov-evt-sa5-withdrawal-1984", "sov-src-svs-2022", Q_SVS_220],
    ["sov-evt-assad-moscow-1987", "sov-src-wiki-russia-syria", Q_W_1987],
    ["sov-evt-il38-homs-1988", "sov-src-sfu-filippov", Q_SFU1],
    ["sov-evt-il38-homs-1988", "sov-src-sfu-filippov", Q_SFU2],
    ["sov-evt-il38-homs-1988", "sov-src-sfu-filippov", Q_SFU3],
    ["sov-evt-1973-war-aid", "sov-src-wiki-russia-syria", Q_W_1973],
    ["sov-evt-ussr-end-1991", "sov-src-sco-wiki-dissolution", Q_SCO],
    ["sov-evt-ussr-end-1991", "sov-src-wiki-russia-syria", Q_W_1991],
    ["sov-evt-ussr-end-1991", "sov-src-wiki-russia-syria", Q_W_CONT],
    ["sov-evt-ussr-end-1991", "sov-src-rferl-tartus", Q_RFE_1991],
    # systems
    ["sov-sys-dumayr-s200", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["sov-sys-dumayr-s200", "sov-src-jta-shultz-1983", Q_JTA_RANGE],
    ["sov-sys-shinshar-s200", "sov-src-time-1983-05-23", Q_TIME_SITES],
    ["sov-sys-shinshar-s200", "sov-src-jta-shultz-1983", Q_JTA_RANGE],
]


def main():
    with open(os.path.join(HERE, "sites.jsonl"), "w", encoding="utf-8") as f:
        for s in SITES:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    w("sources.csv", ["id", "title", "author", "publisher", "date", "url", "archive_url", "language", "note"], SOURCES)
    w("publishers.csv", ["publisher", "tier", "note"], PUBLISHERS)
    w("presence.csv", ["id", "site", "start", "end", "operator", "role", "confidence", "note"], PRESENCE)
    w("control.csv", ["id", "site", "start", "end", "holder", "confidence", "note"], CONTROL)
    w("events.csv", ["id", "date", "site", "kind", "title", "confidence", "note"], EVENTS)
    w("systems.csv", ["id", "site", "system", "range_km", "start", "end", "confidence", "note"], SYSTEMS)
    w("citations.csv", ["claim", "source", "quote"], CITATIONS)

    # consistency checks
    src_ids = {s[0] for s in SOURCES}
    pubs = {p[0] for p in PUBLISHERS}
    for s in SOURCES:
        assert s[3] in pubs, ("publisher without tier", s[3])
    claims = (
        {s["properties"]["id"] for s in SITES}
        | {r[0] for r in PRESENCE}
        | {r[0] for r in CONTROL}
        | {r[0] for r in EVENTS}
        | {r[0] for r in SYSTEMS}
    )
    cited = set()
    for c, s, q in CITATIONS:
        assert s in src_ids, ("unknown source", s)
        assert c in claims, ("unknown claim", c)
        assert len(q) <= 300, ("quote too long", c, len(q))
        cited.add(c)
    missing = claims - cited
    assert not missing, ("claims without citation", missing)
    unused = src_ids - {s for _, s, _ in CITATIONS}
    assert not unused, ("unused sources", unused)
    # control chains
    for site in {s["properties"]["id"] for s in SITES}:
        rows = [r for r in CONTROL if r[1] == site]
        assert rows[0][2] <= "1971"
        for a, b in zip(rows, rows[1:]):
            if (a[2], a[3]) == (b[2], b[3]):  # deliberate overlap (contested), both rows carry notes
                continue
            assert a[3] == b[2], (site, a[0], b[0])
        assert rows[-1][3] == ""
    print(
        "ok",
        {
            k: len(v)
            for k, v in dict(
                sites=SITES,
                sources=SOURCES,
                publishers=PUBLISHERS,
                presence=PRESENCE,
                control=CONTROL,
                events=EVENTS,
                systems=SYSTEMS,
                citations=CITATIONS,
            ).items()
        },
    )


if __name__ == "__main__":
    main()
