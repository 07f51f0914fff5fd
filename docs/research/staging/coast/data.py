# -*- coding: utf-8 -*-
# Data for build.py (exec'd). Quotes verbatim from search excerpts.

# ---------------- publishers ----------------
pub("Wikipedia", "reference")
pub("Associated Press", "wire")
pub("Associated Press (via Truthout)", "wire", "AP/Los Angeles Times wire text republished by Truthout")
pub("Reuters", "wire")
pub("Reuters (via Yahoo News)", "wire", "Reuters text syndicated on Yahoo News")
pub("Reuters (via Business Recorder)", "wire", "Reuters text republished by Business Recorder (Pakistan)")
pub("Reuters (via Thomson Reuters Foundation)", "wire", "Reuters text on trust.org")
pub("AFP (via CNA)", "wire", "AFP text on Channel NewsAsia")
pub("IANS (via Maps of World)", "wire", "Indo-Asian News Service text republished by mapsofworld.com")
pub("Xinhua (via China.org.cn)", "partisan-or-state", "Chinese state news agency")
pub("TASS", "partisan-or-state")
pub("TASS (via Vestnik Kavkaza)", "partisan-or-state", "TASS text carried by Vestnik Kavkaza")
pub("TASS (via VPK.name)", "partisan-or-state", "TASS text carried by the VPK.name defence portal")
pub("TASS (via Pan-African News Wire blog)", "partisan-or-state", "TASS text reposted on panafricannews.blogspot.com")
pub("Sputnik", "partisan-or-state")
pub("Sputnik Brasil", "partisan-or-state")
pub("Sputnik Mundo", "partisan-or-state")
pub("Sputnik Arabic", "partisan-or-state")
pub("Sputnik (via UrduPoint)", "partisan-or-state", "Sputnik text republished by UrduPoint")
pub("RT France", "partisan-or-state")
pub("News Front", "partisan-or-state", "pro-Kremlin outlet")
pub(
    "Topwar (French edition)",
    "partisan-or-state",
    "Russian military portal (Voennoye Obozreniye), machine-translated edition",
)
pub(
    "SouthFront (republishing Al-Masdar News)",
    "partisan-or-state",
    "pro-Russian outlet republishing pro-government Al-Masdar News",
)
pub("Prensa Latina", "partisan-or-state", "Cuban state news agency")
pub(
    "Radio Free Europe/Radio Liberty (via defense-aerospace.com)",
    "major-outlet",
    "RFE/RL item reprinted by defense-aerospace.com",
)
pub("The Moscow Times", "regional-outlet")
pub("The Kyiv Independent", "regional-outlet")
pub("AeroTime", "regional-outlet", "aviation trade outlet")
pub("Enab Baladi", "regional-outlet")
pub("Zaman al-Wasl", "regional-outlet", "opposition-leaning Syrian outlet")
pub("North Press Agency", "regional-outlet")
pub("Qasioun News", "regional-outlet", "opposition-leaning Syrian outlet")
pub("Asharq Al-Awsat", "regional-outlet")
pub("Okaz", "regional-outlet", "Saudi daily")
pub("RBC-Ukraine (reporting The Wall Street Journal)", "regional-outlet")
pub("SOHR", "monitor")
pub("La Stampa", "major-outlet")
pub("USA Sabah (reporting Le Figaro)", "regional-outlet", "Turkish-American edition of Sabah summarising Le Figaro")

# ---------------- sources ----------------
src(
    "com-src-wiki-baathist-syria",
    "Ba'athist Syria",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Ba%27athist_Syria",
    "https://owiki.org/wiki/Assad_regime",
    "en",
    note="Read at a mirror (archive_url); revision not recorded.",
)
src(
    "com-src-wiki-fall-assad",
    "Fall of the Assad regime",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime",
    "https://wikimili.com/en/Fall_of_the_Assad_regime",
    "en",
    note="Read at a mirror (archive_url); revision not recorded.",
)
src(
    "coast-src-wiki-tartus",
    "Tartus naval base",
    "Wikipedia",
    "2025-06",
    "https://en.wikipedia.org/wiki/Tartus_naval_base",
    "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Tartus_naval_base",
    "en",
    note="Read at an offline mirror (wikipedia_en_all_mini_2025-06); date = snapshot month. Infobox owner/operator/coordinates.",
)
src(
    "coast-src-wiki-tartus-askwiki",
    "Tartus naval base (later revision)",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Tartus_naval_base",
    "https://askwikinow.com/view_html.php?lang=en&q=Tartus_naval_base",
    "en",
    note="Read at the askwikinow mirror (archive_url); a later revision than the 2025-06 snapshot (infobox 'Condition Potentially abandoned by Russian Navy').",
)
src(
    "coast-src-wiki-khmeimim",
    "Khmeimim Air Base",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Khmeimim_Air_Base",
    "https://askwikinow.com/view_html.php?lang=en&q=Khmeimim_Air_Base&sq=Facebook",
    "en",
    note="Read at the askwikinow mirror (archive_url); revision not recorded.",
)
src(
    "coast-src-wiki-bassel-airport",
    "Bassel Al-Assad International Airport (Italian machine translation)",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Bassel_Al-Assad_International_Airport",
    "https://it.qaz.wiki/wiki/Bassel_Al-Assad_International_Airport",
    "it",
    note="Read at it.qaz.wiki, an Italian machine translation of the English article (archive_url); quotes are in that Italian text. Revision of early Oct 2015 or later.",
)
src(
    "coast-src-wiki-russia-syria",
    "Russia–Syria relations",
    "Wikipedia",
    "2025",
    "https://en.wikipedia.org/wiki/Russia%E2%80%93Syria_relations",
    "http://everything.explained.today/Russia%e2%80%93Syria_relations/",
    "en",
    note="Quotes on the Latakia post and the 2015 intervention are from the project's stored seed copy of this article (/work/shared/seeds/000_d5a782e7652c246f.txt, a 2025 revision); the 'continues to use' sentence was also read at explained.today (archive_url). The Latakia sentence cites The Guardian, 23 Dec 2012 (J. Borger), whose own text was not retrieved.",
)
src(
    "coast-src-wiki-latakia",
    "Latakia",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Latakia",
    "https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Ramitha.html",
    "en",
    note="Read at the IPFS Wikipedia snapshot (2017; the page is the Latakia article reached through the Ramitha redirect). City coordinates.",
)
src(
    "coast-src-wiki-kessab",
    "Kessab",
    "Wikipedia",
    "undated",
    "https://en.wikipedia.org/wiki/Kessab",
    "http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FKessab",
    "en",
    note="Read through the movatter.jp proxy copy (archive_url).",
)
src(
    "coast-src-wiki-slinfah-de",
    "Slinfah",
    "Wikipedia",
    "undated",
    "https://de.wikipedia.org/wiki/Slinfah",
    "https://de.wiki.li/Slinfah",
    "de",
    note="German Wikipedia, read at the de.wiki.li mirror (archive_url).",
)
src(
    "coast-src-ap-2017-01-20",
    "Syria lets Russia expand its Mediterranean naval facility",
    "Associated Press",
    "2017-01-20",
    "http://hosted.ap.org/dynamic/stories/E/EU_RUSSIA_SYRIA?SITE=ALMON&SECTION=HOME&TEMPLATE=DEFAULT",
    "",
    "en",
    note="AP wire, Moscow, Friday 20 Jan 2017; 'signed in Damascus on Wednesday' = 18 Jan 2017.",
)
src(
    "coast-src-xinhua-2017-01-21",
    "Russia to keep Tartus facility in Syria for 49 years",
    "Xinhua (via China.org.cn)",
    "2017-01-21",
    "http://en.chinagate.cn/2017-01/21/content_40148476.htm",
    "",
    "en",
)
src(
    "coast-src-rtfr-2017-01-20",
    "Jusqu'à onze navires de guerre russes pourront désormais s'amarrer au port de Tartous",
    "RT France",
    "undated",
    "https://francais.rt.com/international/32713-jusqu-onze-navires-guerre-russes-pourront-desormais-amarrer-port-tartous-syrie/amp",
    "",
    "fr",
    note="Title reconstructed from the URL slug; date not shown in the excerpt (text refers to the accord 'rendu public le 20 janvier').",
)
src(
    "coast-src-sputnikmundo-2017-12-26",
    "Moscú, defensa, Oriente Próximo, Damasco (title from URL)",
    "Sputnik Mundo",
    "2017-12-26",
    "https://noticiaslatam.lat/20171226/politica-moscu-defensa-ffaa-oriente-proximo-damasco-1075028342.html",
    "",
    "es",
    note="Date from the URL.",
)
src(
    "coast-src-vestnik-2016-08",
    "Putin sends deal on deploying Russian aviation in Syria to State Duma",
    "TASS (via Vestnik Kavkaza)",
    "undated",
    "https://en.vestikavkaza.ru/news/Putin-sends-deal-on-deploying-Russian-aviation-in-Syria-to-State-Duma.html",
    "",
    "en",
    note="TASS text on the Aug 2016 submission of the 26 Aug 2015 agreement to the Duma; page date not in the excerpt.",
)
src(
    "coast-src-newsfront-2016-08-10",
    "Russian airpower may be deployed to Syria indefinitely",
    "News Front",
    "2016-08-10",
    "https://en.news-front.info/2016/08/10/russian-airpower-may-be-deployed-to-syria-indefinitely/",
    "",
    "en",
    note="Date from the URL.",
)
src(
    "coast-src-newsfront-2017-06-27",
    "Bashar Assad visits Russian Aerospace Forces base in Hmeymim",
    "News Front",
    "2017-06-27",
    "https://en.news-front.info/2017/06/27/bashar-assad-visits-russian-aerospace-forces-base-in-hmeymim/",
    "",
    "en",
    note="Date from the URL.",
)
src(
    "coast-src-aerotime-2017-07",
    "Russia to expand its airbase in Syria",
    "AeroTime",
    "2017-07",
    "https://www.aerotime.aero/oleg.volkov/19282-russia-to-expand-its-airbase-in-syria",
    "",
    "en",
    author="Oleg Volkov",
    note="Citing Vedomosti: protocol signed in Damascus in January 2017, submitted to the Duma on 6 July.",
)
src(
    "coast-src-sputnikbr-2017-06-30",
    "Putin: grupo aéreo na Síria, protocolo do acordo de aviação (title from URL)",
    "Sputnik Brasil",
    "2017-06-30",
    "https://noticiabrasil.net.br/20170630/putin-grupo-aereo-siria-protocolo-acordo-aviacao-8764633.html",
    "",
    "pt",
    note="Date from the URL.",
)
src(
    "coast-src-sputnikar-2020-05-29",
    "روسيا تعتزم توسيع قواعدها العسكرية في سوريا (title from URL slug)",
    "Sputnik Arabic",
    "2020-05-29",
    "https://sarabic.ae/amp/20200529/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B9%D8%AA%D8%B2%D9%85-%D8%AA%D9%88%D8%B3%D9%8A%D8%B9-%D9%82%D9%88%D8%A7%D8%B9%D8%AF%D9%87%D8%A7-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-1045568559.html",
    "",
    "ar",
    note="Date from the URL.",
)
src(
    "coast-src-sputnikmundo-2020-05-29",
    "Rusia prevé negociar la ampliación de sus bases aérea y naval en Siria",
    "Sputnik Mundo",
    "2020-05-29",
    "https://noticiaslatam.lat/20200529/rusia-preve-negociar-la-ampliacion-de-sus-bases-aerea-y-naval-en-siria-1091588162.html",
    "",
    "es",
    note="Title and date from the URL.",
)
src(
    "coast-src-ap-truthout-2015-09-30",
    "Russian lawmakers approve troops for Syria; launch airstrikes against IS positions",
    "Associated Press (via Truthout)",
    "2015-09-30",
    "https://truthout.org/articles/russian-lawmakers-approve-troops-for-syria-launch-airstrikes-against-is-positions/",
    "",
    "en",
)
src(
    "coast-src-ians-2015-09-30",
    "Russia to launch air strikes in Syria on IS; India informed",
    "IANS (via Maps of World)",
    "2015-09-30",
    "https://www.mapsofworld.com/calendar-events/world-news/russia-to-launch-air-strikes-in-syria-on-is-india-informed",
    "",
    "en",
    note="Date = the date stated in the quoted Russian embassy statement; page date not in the excerpt.",
)
src(
    "coast-src-reuters-2015-09-22",
    "Satellite photos show Russia developing two more Syria sites (Adds details from IHS Jane's)",
    "Reuters",
    "2015-09-22",
    "http://in.reuters.com/article/mideast-crisis-russia-bases-idINL1N11S1GC20150922",
    "",
    "en",
    note="Title paraphrased (not in excerpt). Rob Munks, editor of IHS Jane's Intelligence Review, on mid-September 2015 imagery.",
)
src(
    "coast-src-lastampa-2015-09-24",
    "La Russia sta costruendo due nuove basi militari in Siria",
    "La Stampa",
    "2015-09-24",
    "https://lastampa.it/esteri/2015/09/24/news/la-russia-sta-costruendo-due-nuove-basi-militari-in-siria-1.35226955/amp",
    "",
    "it",
    note="Names the two IHS Jane's sites: Al-Sanobar military complex and Istamo depot.",
)
src(
    "coast-src-usasabah-2012-06-18",
    "Russian radar on the Turkish border",
    "USA Sabah (reporting Le Figaro)",
    "2012-06-18",
    "http://www.usasabah.com/EnglishNews/2012/06/18/russian-radar-on-the-turkish-border",
    "",
    "en",
    note="Summarises a Le Figaro report (not retrieved) of a Russian radar station at Kessab set up 'over the past few months'.",
)
src(
    "coast-src-reuters-trust-2014-06-15",
    "Syrian government retakes border town in Assad coastal heartland",
    "Reuters (via Thomson Reuters Foundation)",
    "2014-06-15",
    "http://www.trust.org/item/20140615140229-oqfvu/?source=fiTheWire",
    "",
    "en",
)
src(
    "coast-src-southfront-almasdar-2015",
    "Media: Russian marines and Iranian Revolutionary Guardsmen build a protectorate in western Syria",
    "SouthFront (republishing Al-Masdar News)",
    "undated",
    "https://southfront.press/media-russian-marines-and-iranian-revolutionary-guardsmen-build-a-protectorate-in-western-syria",
    "",
    "en",
    note="Pro-government claim from 2015 (context: 'recent arrival of Russian military personnel' at Tartus); no date on the page excerpt.",
)
src(
    "coast-src-enab-2015-12",
    "فيديو: ضابط روسي يشرف على عمليات قوات الأسد في ريف اللاذقية (title from URL slug)",
    "Enab Baladi",
    "undated",
    "https://enabbaladi.net/55240/%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%B6%D8%A7%D8%A8%D8%B7-%D8%B1%D9%88%D8%B3%D9%8A-%D9%8A%D8%B4%D8%B1%D9%81-%D8%B9%D9%84%D9%89-%D8%B9%D9%85%D9%84%D9%8A%D8%A7%D8%AA-%D9%82%D9%88%D8%A7%D8%AA-%D8%A7/?amp=1",
    "",
    "ar",
    note="No year in the excerpt; the text refers to a video published on 5 December and to the capture of Burj Zahiya, i.e. December 2015.",
)
src(
    "coast-src-zamanalwsl-2022",
    "القوات الروسية تخلي نقاطاً في جبلي التركمان والأكراد (title paraphrased)",
    "Zaman al-Wasl",
    "undated",
    "https://zamanalwsl.net/news/article/146288",
    "",
    "ar",
    note="Undated in the excerpt; context (Russian pull-back for the Ukraine war) places it in spring 2022.",
)
src(
    "coast-src-npa-2022",
    "مصادر معارضة: انسحاب للقوات روسية من مواقع في ريفي اللاذقية وحمص",
    "North Press Agency",
    "undated",
    "https://npasyria.com/108547/",
    "",
    "ar",
    note="Undated in the excerpt ('Thursday'; King Abdullah II's Hoover Institution interview 'yesterday Wednesday'); spring 2022.",
)
src(
    "coast-src-qasioun-2022",
    "مصادر في المعارضة السورية تعلق على انسحاب القوات الروسية من ريف اللاذقية",
    "Qasioun News",
    "undated",
    "https://qasioun-news.com/ar/articles/69925/%D9%85%D8%B5%D8%A7%D8%AF%D8%B1-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%B9%D9%84%D9%82-%D8%B9%D9%84%D9%89-%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%85%D9%86-%D8%B1%D9%8A%D9%81-%D8%A7%D9%84%D9%84%D8%A7%D8%B0%D9%82%D9%8A%D8%A9-2",
    "",
    "ar",
    note="Relays opposition sources quoted by Al-Araby al-Jadeed who DENIED the withdrawal; undated, spring 2022.",
)
src(
    "coast-src-tass-vpk-2022-01-18",
    "The Russian military is patrolling the Syrian port of Latakia around the clock due to the threat of terrorist attacks",
    "TASS (via VPK.name)",
    "2022-01-18",
    "https://vpk.name/en/572951_the-russian-military-is-patrolling-the-syrian-port-of-latakia-around-the-clock-due-to-the-threat-of-terrorist-attacks.html",
    "",
    "en",
    note="TASS dateline 'MOSCOW, January 18'; Rear Adm. Oleg Zhuravlev (Russian Reconciliation Centre).",
)
src(
    "coast-src-prensalatina-2022-01-19",
    "Russian and Syrian military patrol port of Latakia",
    "Prensa Latina",
    "2022-01-19",
    "https://plenglish.com/news/2022/01/19/russian-and-syrian-military-patrol-port-of-latakia",
    "",
    "en",
    note="Title and date from the URL.",
)
src(
    "coast-src-aawsat-2022-01",
    "Opposition Sources Point to Signs of Russian Control over Latakia Port",
    "Asharq Al-Awsat",
    "undated",
    "https://english.aawsat.com/home/article/3423746/opposition-sources-point-signs-russian-control-over-latakia-port",
    "",
    "en",
    note="Undated in the excerpt; refers to the patrol 'on Monday' after the Dec 2021 Israeli strikes (i.e. Jan 2022).",
)
src(
    "coast-src-sohr-235206",
    "SOHR: Signs Of Russian Control Over The Port Of Latakia",
    "SOHR",
    "undated",
    "https://www.syriahr.com/en/235206/",
    "",
    "en",
    note="Undated in the excerpt; Jan 2022 context.",
)
src(
    "coast-src-kyivindependent-2024-12-09",
    "Syrian opposition reportedly takes control of Latakia province hosting Russian bases",
    "The Kyiv Independent",
    "2024-12-09",
    "https://kyivindependent.com/syrian-opposition-reportedly-takes-control-of-latakia-province-hosting-russian-bases/",
    "",
    "en",
    note="Relays TASS (Syrian source) and a Kremlin source.",
)
src(
    "coast-src-vestnik-2024-12-09",
    "Syrian opposition fully controls Latakia (TASS)",
    "TASS (via Vestnik Kavkaza)",
    "2024-12-09",
    "https://en.vestikavkaza.ru/material/172201",
    "",
    "en",
    note="Title paraphrased (not in excerpt).",
)
src(
    "coast-src-reuters-yahoo-2024-12-14",
    "Exclusive-Russia pulling back but not out of Syria, sources say",
    "Reuters (via Yahoo News)",
    "2024-12-14",
    "https://ca.news.yahoo.com/exclusive-russia-pulling-back-not-143319592.html",
    "",
    "en",
    author="Tuvan Gumrukcu, Suleiman Al-Khalidi, Guy Faulconbridge",
    note="Original Reuters URL not retrieved; Yahoo syndication.",
)
src(
    "coast-src-brecorder-2024-12-14",
    "Russia pulling back but not out of Syria: sources",
    "Reuters (via Business Recorder)",
    "2024-12-14",
    "https://www.brecorder.com/news/40337583/russia-pulling-back-but-not-out-of-syria-sources",
    "",
    "en",
)
src(
    "coast-src-tass-2025-01-28",
    "Russian delegation led by Bogdanov arrives in Damascus (title paraphrased)",
    "TASS",
    "2025-01-28",
    "https://tass.com/politics/1905275",
    "",
    "en",
)
src(
    "coast-src-tass-2025-01-29",
    "Bogdanov and al-Sharaa discuss restoring ties (title paraphrased)",
    "TASS",
    "2025-01-29",
    "https://tass.com/world/1905619",
    "",
    "en",
)
src(
    "coast-src-afp-cna-2025-01-28",
    "Russian diplomats in first visit to Syria since Assad's fall (title paraphrased)",
    "AFP (via CNA)",
    "2025-01-28",
    "https://www.channelnewsasia.com/world/russia-diplomat-first-visit-syria-bashar-assad-fall-4901431?cid=cna_flip_070214",
    "",
    "en",
)
src(
    "coast-src-moscowtimes-2026-01-26",
    "Russia starts pulling forces from base in northeast Syria - Reuters",
    "The Moscow Times",
    "2026-01-26",
    "https://www.themoscowtimes.com/2026/01/26/russia-starts-pulling-forces-from-base-in-northeast-syria-reuters-a91782",
    "",
    "en",
)
src(
    "coast-src-okaz-2026-01-26",
    "Russia begins leaving its base at Qamishli airport (title paraphrased)",
    "Okaz",
    "2026-01-26",
    "https://www.okaz.com.sa/politics/na/2232945",
    "",
    "en",
)
src(
    "coast-src-tass-2015-11-26",
    "Russia's S-400 air defense system enters combat duty in Syria — defense ministry",
    "TASS",
    "2015-11-26",
    "https://tass.com/defense/839633",
    "",
    "en",
)
src(
    "coast-src-rferl-2015-11-26",
    "Russian State News Agency Says S-400 Deployed In Syria",
    "Radio Free Europe/Radio Liberty (via defense-aerospace.com)",
    "2015-11-26",
    "http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=169216&cat=3",
    "",
    "en",
    note="RFE/RL item 'issued Nov 26, 2015', reprinted.",
)
src(
    "coast-src-rbc-wsj-2024-12-19",
    "Russia withdraws air defense systems and other weaponry from Syria to Libya",
    "RBC-Ukraine (reporting The Wall Street Journal)",
    "2024-12-19",
    "https://newsukraine.rbc.ua/news/russia-withdraws-air-defense-systems-and-1734603884.html",
    "",
    "en",
    note="Date from the URL timestamp (1734603884 = 19 Dec 2024).",
)
src(
    "coast-src-tass-panafrican-2017-04-07",
    "Russian Air Defense System Protects Its Facilities in Syria 'Around the Clock'",
    "TASS (via Pan-African News Wire blog)",
    "2017-04-07",
    "http://panafricannews.blogspot.com/2017/04/russian-air-defense-system-protects-its.html",
    "",
    "en",
    note="TASS text (MOSCOW, April 7) reposted; Konashenkov statement.",
)
src(
    "coast-src-sputnik-2017-04-07",
    "Russia air defense Syria (title from URL)",
    "Sputnik",
    "2017-04-07",
    "https://sputniknews.com/military/201704071052404137-russia-air-defense-syria/",
    "",
    "en",
    note="Date from the URL.",
)
src(
    "coast-src-sputnikbr-2016-10-04",
    "Rússia: sistema S-300 na Síria (title from URL)",
    "Sputnik Brasil",
    "2016-10-04",
    "https://noticiabrasil.net.br/20161004/russia-sistema-s-300-siria-6485592.html",
    "",
    "pt",
    note="Date from the URL.",
)
src(
    "coast-src-topwar-leonov",
    "Général Leonov: les pilotes de l'US Air Force ont réagi nerveusement à l'escorte de leurs avions par le S-300V4 (title from URL slug)",
    "Topwar (French edition)",
    "undated",
    "https://fr.topwar.ru/132949-general-leonov-letchiki-vvs-ssha-nervno-reagirovali-na-soprovozhdenie-ih-samoletov-zrk-s-300v4.html",
    "",
    "fr",
    note="Undated; the article id falls between Topwar items of mid and late Dec 2017 and it mentions rocket fire on Hmeimim 'à la veille', so 'cette année' is read as 2017 (inference, flagged).",
)
src(
    "coast-src-topwar-2017-12",
    "Situation militaire en Syrie: les Russes ont engagé le Pantsir-S1",
    "Topwar (French edition)",
    "undated",
    "https://fr.topwar.ru/133036-voennaya-obstanovka-v-sirii-russkie-zadeystvovali-zprk-pancir-s1.html",
    "",
    "fr",
    note="Undated; late Dec 2017 context (after the announced partial withdrawal of 11 Dec 2017).",
)
src(
    "coast-src-moscowtimes-2025-02-18",
    "Russian Air Base in Syria Attacked by Drones - Reports",
    "The Moscow Times",
    "2025-02-18",
    "https://www.themoscowtimes.com/2025/02/18/russian-air-base-in-syria-attacked-by-drones-reports-a88057",
    "",
    "en",
)
src(
    "coast-src-urdupoint-2021-09-28",
    "Russian system Pantsir shot down drone launched at Hmeimim (title paraphrased)",
    "Sputnik (via UrduPoint)",
    "2021-09-28",
    "https://www.urdupoint.com/en/world/russian-system-pantsir-shot-down-drone-launch-1361646.html",
    "",
    "en",
)

# ---------------- sites ----------------
site(
    "tartus",
    35.875,
    34.915,
    "Tartus naval facility",
    "Пункт материально-технического обеспечения ВМФ в Тартусе (720-й ПМТО)",
    "طرطوس",
    "Tartous; Tartous naval base; 720th Material-Technical Support Point; PMTO Tartus; Russian naval facility in Tartus",
    "naval-base",
    "tartus",
    "Soviet, then Russian Navy supply and repair point on the northern edge of Tartus port, inside the Syrian naval port area. "
    "A January 2017 agreement gave Russia free use for 49 years with up to 11 warships. After the fall of Assad (8 Dec 2024) "
    "its status has been uncertain and under negotiation. The point is the Wikipedia infobox coordinate of the facility.",
    "exact",
    [
        ("coast-src-wiki-tartus", "Coordinates | 34°54′54″N 35°52′30″E / 34.915°N 35.875°E"),
        (
            "coast-src-wiki-tartus",
            "is a leased military installation of the Russian Navy located on the northern edge of the sea port of the Syrian city of Tartus",
        ),
    ],
)
site(
    "khmeimim",
    35.945,
    35.41167,
    "Khmeimim (Hmeimim) air base",
    "Авиабаза «Хмеймим»",
    "قاعدة حميميم الجوية",
    "Hmeimim; Hmeymim; Khmeymim; Latakia Air Base; Bassel al-Assad International Airport (shared airfield)",
    "air-base",
    "latakia",
    "Russian Aerospace Forces base set up in 2015 on the military side of Bassel al-Assad (Latakia) International Airport, "
    "south-east of Latakia near Jableh. It was Russia's main base for the air campaign from 30 Sep 2015 and its hub after the "
    "December 2024 pull-back. The point is the Wikipedia infobox coordinate of the air base.",
    "exact",
    [
        ("coast-src-wiki-khmeimim", "Coordinates35°24′42″N 35°56′42″E / 35.41167°N 35.94500°E"),
        (
            "coast-src-wiki-khmeimim",
            "located south-east of the city of Latakia in Hmeimim, Latakia Governorate, Syria and approximately 2 miles north-east of the coastal town of Jableh",
        ),
    ],
)
site(
    "latakia-sigint-2012",
    35.783,
    35.517,
    "Russian eavesdropping post at Latakia (reported 2012)",
    "",
    "اللاذقية",
    "Latakia electronic eavesdropping post; Latakia SIGINT post",
    "sigint-station",
    "latakia",
    "Wikipedia, citing The Guardian (23 Dec 2012), says the biggest Russian electronic 'eavesdropping post' outside Russia was "
    "established in Latakia in 2012. This is a single, unconfirmed report; the site is not located more precisely, so the point is Latakia city.",
    "town",
    [
        ("coast-src-wiki-latakia", "Coordinates: 35°31′N 35°47′E / 35.517°N 35.783°E / 35.517; 35.783"),
        (
            "coast-src-wiki-russia-syria",
            "The biggest Russian electronic ‘eavesdropping post’ outside Russian territory was in 2012 established in Latakia.",
        ),
    ],
)
site(
    "latakia-port",
    35.783,
    35.517,
    "Port of Latakia (Russian military police patrols)",
    "Морской порт Латакия",
    "ميناء اللاذقية",
    "Latakia seaport; Lattakia port",
    "military-police",
    "latakia",
    "From January 2022 Russian military police from Hmeimim patrolled the Latakia seaport around the clock, after Israeli strikes "
    "on the container terminal in December 2021; opposition sources said Russia planned points at the port gate and inside it. "
    "No coordinates of the port were retrieved, so the point is Latakia city.",
    "town",
    [
        ("coast-src-wiki-latakia", "Coordinates: 35°31′N 35°47′E / 35.517°N 35.783°E / 35.517; 35.783"),
        (
            "coast-src-tass-vpk-2022-01-18",
            "has organized round-the-clock patrolling of the seaport and the adjacent territory of Latakia by military police units",
        ),
    ],
)
site(
    "istamo-depot",
    35.783,
    35.517,
    "Istamo weapons storage complex (IHS Jane's, 2015)",
    "",
    "مجمع أسطامو لتخزين الأسلحة",
    "Istamo depot; Istamo weapons storage facility",
    "depot",
    "latakia",
    "A Syrian weapons storage complex north of Latakia where IHS Jane's saw construction and Russian-type tents on mid-September 2015 "
    "imagery, suggesting preparation for Russian troops. Reuters places one of the two sites about 7 km north of Latakia and the other 3 km west of it; "
    "the exact location was not found, so the point is Latakia city (region precision).",
    "region",
    [
        ("coast-src-wiki-latakia", "Coordinates: 35°31′N 35°47′E / 35.517°N 35.783°E / 35.517; 35.783"),
        (
            "coast-src-reuters-2015-09-22",
            "one of the sites was located about 4 miles (7 km) north of Latakia and the second was 2 miles (3 km) west of that",
        ),
        ("coast-src-lastampa-2015-09-24", "un deposito per l'equipaggiamento delle truppe a Istamo"),
    ],
)
site(
    "sanobar-base",
    35.783,
    35.517,
    "Al-Sanobar military complex (IHS Jane's, 2015)",
    "",
    "مجمع الصنوبر العسكري",
    "Al-Sanobar; Sanobar military base",
    "army-base",
    "latakia",
    "A Syrian military complex north of Latakia where IHS Jane's saw new buildings, ground grading and Russian-type tents on mid-September 2015 "
    "imagery; one of the two sites was next to a surface-to-air missile site. The exact location was not found, so the point is Latakia city (region precision).",
    "region",
    [
        ("coast-src-wiki-latakia", "Coordinates: 35°31′N 35°47′E / 35.517°N 35.783°E / 35.517; 35.783"),
        ("coast-src-reuters-2015-09-22", "a weapons storage facility and a military base north of Latakia"),
        ("coast-src-lastampa-2015-09-24", "Si tratta di un complesso militare ad Al-Sanobar"),
    ],
)
site(
    "kessab",
    35.98861,
    35.925,
    "Kessab area (reported Russian radar 2012; Russian observation points incl. Tall 45)",
    "Кесаб",
    "كسب",
    "Kasab; Kesab; Kassab; Tall 45 / Observatory 45 (nearby hill)",
    "observation-post",
    "latakia",
    "Le Figaro (June 2012) reported a Russian radar station at Kessab on the Turkish border; in 2015–2022 opposition outlets "
    "reported Russian reinforcements and a Russian observation point on 'Tall 45' in the Kessab area. Neither is located more "
    "precisely, so the point is Kessab town.",
    "town",
    [
        ("coast-src-wiki-kessab", "Coordinates:35°55′30″N35°59′19″E / 35.92500°N 35.98861°E"),
        (
            "coast-src-usasabah-2012-06-18",
            "Russia has established a radar base near the Syrian-Turkish border in a village called Kesab",
        ),
        ("coast-src-zamanalwsl-2022", "وتلة الـ 45 في منطقة كسب"),
    ],
)
site(
    "slunfeh",
    36.183,
    35.6,
    "Slunfeh (Russian command post and observation hill)",
    "Сленфе",
    "صلنفة",
    "Slinfah; Salanfah; Slenfeh; Tall Slunfeh; Russian command centre in Slunfeh",
    "observation-post",
    "latakia",
    "Mountain town overlooking the Ghab plain. Pro-government media reported Russian marines at checkpoints in Slunfeh in 2015, "
    "and in 2022 opposition outlets reported that Russia left 'Tall Slunfeh' and its 'command centre in Slunfeh'. The post is not "
    "located more precisely, so the point is the town (German Wikipedia coordinates, 35°36′N 36°11′E).",
    "town",
    [
        ("coast-src-wiki-slinfah-de", "Koordinaten | 35° 36′ N, 36° 11′ O"),
        ("coast-src-qasioun-2022", "ومركز القيادة الروسي في صلنفة"),
    ],
)

# ---------------- control ----------------
BA_Q = "Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party."
FA_Q = "On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces."
KI_Q = "Opposition fighters took control of the Latakia province on Syria's Mediterranean Sea coast on Dec. 8 without invading the territory of Russian military bases"
VK_Q = "the armed formations entered the territory of Tartus and Jableh when the opposition announced the overthrow of Syrian President Bashar Assad"

# Tartus
ctl(
    "coast-ctl-tartus-1",
    "tartus",
    "1963",
    "2024-12-08",
    "syria-gov",
    "high",
    "The port ground belonged to the Syrian state throughout; the Wikipedia infobox gives the Syrian Arab Republic as owner from 1971 (the Russian facility's start). Tartus did not change hands in the civil war.",
    [("com-src-wiki-baathist-syria", BA_Q), ("coast-src-wiki-tartus", "Owner | Syrian Arab Republic (1971–2024)")],
)
ctl(
    "coast-ctl-tartus-2",
    "tartus",
    "2024-12-08",
    "",
    "syria-transitional",
    "medium",
    "TASS (Syrian source) said the opposition entered Tartus on 8 Dec 2024 without entering the Russian bases. Contested detail: the Wikipedia infobox gives the transitional government as de jure owner but 'Russian Federation (De facto: 2024–present)'; Russia is an operator in this dataset (see presence), so this is a note, not a second holder.",
    [
        ("com-src-wiki-fall-assad", FA_Q),
        ("coast-src-vestnik-2024-12-09", VK_Q),
        (
            "coast-src-wiki-tartus",
            "Syrian Arab Republic (Transitional period) (De jure: 2024–present) Russian Federation (De facto: 2024–present)",
        ),
    ],
)
# Khmeimim
ctl(
    "coast-ctl-khmeimim-1",
    "khmeimim",
    "1963",
    "2024-12-08",
    "syria-gov",
    "high",
    "Before 2015 the site was the Syrian public/military Bassel al-Assad (Latakia) airport; the Russian base was added on its military side in 2015 under the 26 Aug 2015 agreement, with the ground remaining Syrian. The coastal plain around Jableh did not change hands in the civil war.",
    [
        ("com-src-wiki-baathist-syria", BA_Q),
        ("coast-src-wiki-bassel-airport", "Tipo di aeroporto Pubblico/Militare"),
        ("coast-src-wiki-khmeimim", "is a Syrian airbase currently operated by Russia"),
    ],
)
ctl(
    "coast-ctl-khmeimim-2",
    "khmeimim",
    "2024-12-08",
    "",
    "syria-transitional",
    "high",
    "Opposition forces took Latakia province and Jableh on 8 Dec 2024 without entering the Russian base (TASS, relayed by the Kyiv Independent and Vestnik Kavkaza). Russia continues to operate inside the base (see presence).",
    [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)],
)
# Latakia city sites (sigint, port, Istamo, Sanobar)
for sid in ["latakia-sigint-2012", "latakia-port", "istamo-depot", "sanobar-base"]:
    ctl(
        f"coast-ctl-{sid}-1",
        sid,
        "1963",
        "2024-12-08",
        "syria-gov",
        "high",
        "Latakia city and its immediate surroundings stayed under government control throughout the civil war (no change of hands found); town/region-level point.",
        [("com-src-wiki-baathist-syria", BA_Q)],
    )
    ctl(
        f"coast-ctl-{sid}-2",
        sid,
        "2024-12-08",
        "",
        "syria-transitional",
        "high",
        "Opposition forces took Latakia province on 8 Dec 2024 (TASS via the Kyiv Independent).",
        [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)],
    )
# Kessab
ctl(
    "coast-ctl-kessab-1",
    "kessab",
    "1963",
    "2014-03",
    "syria-gov",
    "high",
    "Government-held until the rebel offensive of March 2014.",
    [
        ("com-src-wiki-baathist-syria", BA_Q),
        ("coast-src-reuters-trust-2014-06-15", "Rebels had taken the village in March"),
    ],
)
ctl(
    "coast-ctl-kessab-2",
    "kessab",
    "2014-03",
    "2014-06-15",
    "nusra",
    "medium",
    "Taken in late March 2014 by a rebel coalition that included the Nusra Front (al-Qaeda affiliate) and other Islamist groups; Reuters gives only 'March' (German Wikipedia, whose page URL was not retrieved, gives 24 March). Holder recorded as nusra because the Nusra Front led the offensive; other rebel groups held the area with it.",
    [
        ("coast-src-reuters-trust-2014-06-15", "Rebels had taken the village in March"),
        (
            "coast-src-reuters-trust-2014-06-15",
            "The rebel fighters included some from the Nusra Front, al Qaeda's affiliate in Syria, the Observatory said",
        ),
    ],
)
ctl(
    "coast-ctl-kessab-2b",
    "kessab",
    "2014-03",
    "2014-06-15",
    "rebels",
    "medium",
    "(overlapping row) Contested/shared holding: the March–June 2014 occupiers were a coalition of the Nusra Front with other rebel groups, so a parallel 'rebels' row is kept for the same span.",
    [
        (
            "coast-src-reuters-trust-2014-06-15",
            "ousting rebels from the village on the Turkish border in the coastal heartland of President Bashar al-Assad's Alawite minority sect",
        )
    ],
)
ctl(
    "coast-ctl-kessab-3",
    "kessab",
    "2014-06-15",
    "2024-12-08",
    "syria-gov",
    "high",
    "Government forces retook Kessab on Sunday 15 June 2014 (Reuters, SANA, SOHR).",
    [
        (
            "coast-src-reuters-trust-2014-06-15",
            "Syrian government forces retook Kasab on Sunday, ousting rebels from the village on the Turkish border",
        ),
        ("com-src-wiki-fall-assad", FA_Q),
    ],
)
ctl(
    "coast-ctl-kessab-4",
    "kessab",
    "2024-12-08",
    "",
    "syria-transitional",
    "high",
    "Opposition forces took Latakia province on 8 Dec 2024 (TASS via the Kyiv Independent).",
    [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)],
)
# Slunfeh
ctl(
    "coast-ctl-slunfeh-1",
    "slunfeh",
    "1963",
    "2024-12-08",
    "syria-gov",
    "medium",
    "No change of hands of Slunfeh town during the civil war was found (fighting in 2012–2016 was in the Jabal al-Akrad/Turkman areas to the north); medium because no source explicitly states continuous government control.",
    [("com-src-wiki-baathist-syria", BA_Q)],
)
ctl(
    "coast-ctl-slunfeh-2",
    "slunfeh",
    "2024-12-08",
    "",
    "syria-transitional",
    "high",
    "Opposition forces took Latakia province on 8 Dec 2024 (TASS via the Kyiv Independent).",
    [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)],
)

# ---------------- presence ----------------
prs(
    "coast-prs-tartus-1",
    "tartus",
    "1991-12-26",
    "2017-01-18",
    "russia",
    "Russian Navy 720th material-technical support point (PMTO), continuing the Soviet facility",
    "high",
    "Russian continuation of the Soviet facility (Soviet-era rows are written by group sov). The Wikipedia infobox lists the operator as USSR 1971–1991, CIS 1991–1992 and Russian Federation 1992–present; the CIS interval is folded into this Russian row, and the start is the dataset's USSR-end convention. Older Wikipedia text says it was minimally manned around 2012 (4 servicemen plus civilian contractors).",
    [
        (
            "coast-src-wiki-tartus",
            "Operator | Soviet Union (1971–1991) Commonwealth of Independent States (1991–1992) Russian Federation (1992–present)",
        ),
        ("coast-src-wiki-russia-syria", "a facility the former Soviet republic continues to use to this day"),
    ],
)
prs(
    "coast-prs-tartus-2",
    "tartus",
    "2017-01-18",
    "2024-12-08",
    "russia",
    "Russian Navy facility under the 18 Jan 2017 agreement (49 years, up to 11 warships incl. nuclear-powered)",
    "high",
    "Agreement signed in Damascus on Wednesday 18 Jan 2017 and published on 20 Jan; applied from signing. Xinhua says the maintenance infrastructure was 'established in 1977' (a dating also found in Interfax/Sputnik; the Soviet start is group sov's). Period ends with the fall of Assad.",
    [
        (
            "coast-src-ap-2017-01-20",
            "Under the agreement, which was signed in Damascus on Wednesday, Syria has offered Russia free use of the Soviet-era facility for 49 years.",
        ),
        (
            "coast-src-xinhua-2017-01-21",
            "Syria will allow Russia to keep its naval facility in Tartus port in the Mediterranean for at least 49 years",
        ),
        (
            "coast-src-rtfr-2017-01-20",
            "La Russie et la Syrie ont signé un accord le 18 janvier qui stipule que jusqu'à onze navires de guerre russes pourront s'amarrer dans le port syrien de Tartous",
        ),
    ],
)
prs(
    "coast-prs-tartus-3",
    "tartus",
    "2024-12-08",
    "",
    "russia",
    "Residual Russian naval logistics presence after Assad's fall; status under negotiation",
    "low",
    "Contested. For continued presence: Reuters (14 Dec 2024) says Russia is not leaving its two main bases; Bogdanov (TASS, 29 Jan 2025) said of the bases 'Nothing has changed'. Against/unclear: warships left the harbour by 11 Dec 2024 and equipment awaited evacuation in Jan 2025 (Wikipedia); a later Wikipedia revision describes the facility as 'Potentially abandoned by Russian Navy'. No dated report of a Russian warship docking at Tartus after Jan 2025 was found. Open end = still reported as a Russian facility in the latest reports found (Jan 2026), not a confirmed active presence.",
    [
        (
            "coast-src-reuters-yahoo-2024-12-14",
            "is not leaving its two main bases in the country after the fall of President Bashar al-Assad",
        ),
        ("coast-src-tass-2025-01-29", 'Commenting on Russia’s bases in Syria, he said: "Nothing has changed."'),
        (
            "coast-src-wiki-tartus",
            "As of 13 December 2024, following the fall of the Assad regime, Russia's continued military presence in the base remains uncertain.",
        ),
        ("coast-src-wiki-tartus-askwiki", "ConditionPotentially abandoned by Russian Navy"),
    ],
)
prs(
    "coast-prs-khmeimim-1",
    "khmeimim",
    "~2015-09",
    "2024-12-08",
    "russia",
    "Russian Aerospace Forces air group main base (Hmeimim), also hub for MP, air-defence and logistics",
    "high",
    "Agreement signed in Damascus on 26 Aug 2015 (indefinite, free of charge). Build-up was reported under way in September 2015 (Reuters, 22 Sep: forces 'dramatically increasing' at the air base south of Latakia); air campaign flown from the base from 30 Sep 2015. A January 2017 protocol set a 49-year term. Start '~2015-09' because the first Russian arrival (late Aug–early Sep 2015) is not dated precisely.",
    [
        (
            "coast-src-vestnik-2016-08",
            "The agreement envisages deployment of the Russian aviation group on the Khmeymim air base with all infrastructure free of charge.",
        ),
        (
            "coast-src-reuters-2015-09-22",
            "Russia has been dramatically increasing its forces at an air base south of Latakia",
        ),
        (
            "coast-src-wiki-bassel-airport",
            "la principale base aerea russa utilizzata nella campagna aerea in Siria dal 30 settembre 2015",
        ),
        (
            "coast-src-newsfront-2017-06-27",
            "The Hmeymim airbase in Latakia was built in 2015 to serve as a strategic center of Russia’s military operation",
        ),
    ],
)
prs(
    "coast-prs-khmeimim-2",
    "khmeimim",
    "2024-12-08",
    "",
    "russia",
    "Reduced Russian military presence; main Russian hub in Syria after the Dec 2024 pull-back",
    "medium",
    "Reuters (14 Dec 2024): pulling back from front lines but not leaving the base; heavy equipment airlifted out in Dec 2024 (air-defence radars to Libya per WSJ). Bogdanov (Jan 2025): 'Nothing has changed'. In Jan 2026 Russian forces leaving Qamishli were moved to Khmeimim (Reuters via The Moscow Times; Okaz). Size of the remaining presence unknown; a drone attack on the base in Feb 2025 was reported but not confirmed.",
    [
        (
            "coast-src-reuters-yahoo-2024-12-14",
            "is not leaving its two main bases in the country after the fall of President Bashar al-Assad",
        ),
        (
            "coast-src-moscowtimes-2026-01-26",
            "Military equipment and heavy weapons have reportedly been transferred to Russia’s Khmeimim airbase on Syria’s western coast in recent days.",
        ),
        (
            "coast-src-okaz-2026-01-26",
            "the equipment being withdrawn is being transferred to the Hmeimim base in Latakia",
        ),
    ],
)
prs(
    "coast-prs-latakia-sigint-1",
    "latakia-sigint-2012",
    "2012",
    "2013",
    "russia",
    "Russian electronic eavesdropping (SIGINT) post, described as the biggest outside Russian territory",
    "reported",
    "Single, unconfirmed report: Wikipedia's summary of The Guardian (J. Borger, 23 Dec 2012); the Guardian text itself was not retrieved, and several searches found no other report. Exact site unknown (town-level point). No later information: the period covers the reported year only and ends at the start of 2013 by convention, not at a reported closure.",
    [
        (
            "coast-src-wiki-russia-syria",
            "The biggest Russian electronic ‘eavesdropping post’ outside Russian territory was in 2012 established in Latakia.",
        )
    ],
)
prs(
    "coast-prs-latakia-port-1",
    "latakia-port",
    "2022-01-17",
    "~2022-01-19",
    "russia",
    "Russian military police patrols (Patrul/Tigr vehicles, drone cover) of the seaport; reported plans for posts at the gate and inside the port",
    "medium",
    "Russian MoD (Rear Adm. Zhuravlev, TASS 18 Jan 2022) announced round-the-clock patrolling of the port 'in accordance with the appeal of the Syrian authorities'; SOHR and Asharq Al-Awsat report the first joint patrol on Monday 17 Jan 2022. End = latest report found (Prensa Latina, 19 Jan 2022), not a reported withdrawal; how long the patrols lasted is unknown.",
    [
        (
            "coast-src-tass-vpk-2022-01-18",
            "In accordance with the appeal of the Syrian authorities, the command of the Russian Khmeimim air base has organized round-the-clock patrolling of the seaport",
        ),
        (
            "coast-src-sohr-235206",
            "the Russian military police, accompanied by Syrian forces, conducted patrols in Latakia port on Monday",
        ),
        (
            "coast-src-aawsat-2022-01",
            "the Russian forces were planning to establish military headquarters at the main gate of the port, and other points inside it",
        ),
        (
            "coast-src-prensalatina-2022-01-19",
            "Footages broadcast by both countries’ media showed several Russian armored vehicles patrolling the port complex",
        ),
    ],
)
prs(
    "coast-prs-istamo-1",
    "istamo-depot",
    "~2015-09-13",
    "~2015-09-24",
    "russia",
    "Reported preparation of a weapons storage complex to receive Russian troops (new buildings, Russian-type tents)",
    "reported",
    "Single analysis (IHS Jane's Intelligence Review, editor Rob Munks) of imagery from mid-September 2015, reported by Reuters/WSJ and La Stampa; it says preparation 'suggests' Russian troops would be placed there. No later report on the site was found: end = latest report (24 Sep 2015), not a reported withdrawal.",
    [
        ("coast-src-reuters-2015-09-22", "suggesting Russia is preparing to place troops at both locations"),
        ("coast-src-lastampa-2015-09-24", "un deposito per l'equipaggiamento delle truppe a Istamo"),
    ],
)
prs(
    "coast-prs-sanobar-1",
    "sanobar-base",
    "~2015-09-13",
    "~2015-09-24",
    "russia",
    "Reported preparation of a military complex to receive Russian troops (new buildings, grading, Russian-type tents)",
    "reported",
    "Same single IHS Jane's analysis as for Istamo. Reuters: one of the two facilities is next to a surface-to-air missile site. No later report found: end = latest report, not a reported withdrawal.",
    [
        (
            "coast-src-reuters-2015-09-22",
            "The images showed construction of new buildings and grading of terrain, as well as the presence of new tents typically used by Russian military units.",
        ),
        ("coast-src-lastampa-2015-09-24", "Si tratta di un complesso militare ad Al-Sanobar"),
    ],
)
prs(
    "coast-prs-kessab-1",
    "kessab",
    "~2012-04",
    "~2012-06-18",
    "russia",
    "Reported Russian radar / tracking station watching the Turkish border and NATO bases",
    "reported",
    "Single report: Le Figaro (via USA Sabah, 18 Jun 2012) citing a Western source, installed 'over the past few months' ('au printemps' in the French text). Start '~2012-04' = spring 2012; end = date of the report, not a reported closure. Kessab was held by rebels March–June 2014.",
    [
        (
            "coast-src-usasabah-2012-06-18",
            "the radar system, which was set up over the past few months, also provides the opportunity to closely track the activities of the opposition movement",
        )
    ],
)
prs(
    "coast-prs-kessab-2",
    "kessab",
    "~2015-12",
    "~2022-05",
    "russia",
    "Russian observation/reconnaissance point(s) in the Kessab area, incl. 'Tall 45' (Observatory 45)",
    "low",
    "Start = first report found: Enab Baladi (Dec 2015) on Russian defensive reinforcements at Hmeimim and in the Slunfeh area and Kasab. End: spring 2022 reports (Zaman al-Wasl, North Press) that Russian special forces left 'Tall 45 in the Kessab area' and handed it to Hezbollah; opposition sources quoted by Al-Araby al-Jadeed (via Qasioun) denied any withdrawal. No report in between was found, so continuity 2016–2021 is inferred; the exact date of the 2022 reports is not shown on the pages (spring 2022 from context).",
    [
        (
            "coast-src-enab-2015-12",
            "وهذا ما تأكد من خلال التعزيزات الدفاعية والهجومية في مطار حميميم ومنطقة صلنفة وكسب.",
        ),
        (
            "coast-src-zamanalwsl-2022",
            'من ثماني نقاط عسكرية في منطقتي جبلي التركمان والأكراد بريف اللاذقية الشمالي الشرقي، أبرزها "قلعة شلف، وتلة صلنفة، وتلة الـ 45 في منطقة كسب"',
        ),
        (
            "coast-src-npa-2022",
            "قامت بإخلاء العديد من مواقعها في جبلي التركمان والأكراد ومحيط بلدة كسب شمال اللاذقية، وتسليمها لحزب الله اللبناني",
        ),
    ],
)
prs(
    "coast-prs-slunfeh-1",
    "slunfeh",
    "~2015",
    "~2022-05",
    "russia",
    "Russian marines at checkpoints (2015); later a Russian command post and observation hill ('Tall Slunfeh')",
    "low",
    "Start: pro-government Al-Masdar (via SouthFront, undated 2015) says Russian Marines and IRGC installed checkpoints in Slunfeh and fortified it; Enab Baladi (Dec 2015) mentions Russian reinforcements in the Slunfeh area. End: spring 2022 opposition reports of a Russian withdrawal from 'Tall Slunfeh' and the 'Russian command centre in Slunfeh', handed to Hezbollah; opposition sources quoted by Al-Araby al-Jadeed (via Qasioun) denied it. No report between 2016 and 2021 was found; continuity is inferred.",
    [
        (
            "coast-src-southfront-almasdar-2015",
            "the Russian Marines and Iranian Revolutionary Guard (IRG) have relieved their positions by installing military checkpoints inside the cities of Slunfeh (east Latakia Governorate)",
        ),
        (
            "coast-src-enab-2015-12",
            "وهذا ما تأكد من خلال التعزيزات الدفاعية والهجومية في مطار حميميم ومنطقة صلنفة وكسب.",
        ),
        (
            "coast-src-zamanalwsl-2022",
            'والتي كانت تستخدم جميعها للرصد والاستطلاع، وسلمتها إلى قوات تابعة لميليشيا "حزب الله"',
        ),
        ("coast-src-qasioun-2022", "ومركز القيادة الروسي في صلنفة"),
    ],
)

# ---------------- events ----------------
evt(
    "coast-evt-khmeimim-agreement-2015",
    "2015-08-26",
    "khmeimim",
    "agreement",
    "Russia–Syria agreement on deploying a Russian aviation group at Hmeimim, signed in Damascus (indefinite, free of charge)",
    "high",
    "Submitted by Putin to the State Duma in Aug 2016; ratified Oct 2016.",
    [
        (
            "coast-src-vestnik-2016-08",
            "The agreement was signed by the Russian and Syrian defense ministries in Damascus on August 26, 2015.",
        ),
        (
            "coast-src-newsfront-2016-08-10",
            "The agreement was signed by the Russian and Syrian defense ministries in Damascus on August 26, 2015.",
        ),
    ],
)
evt(
    "coast-evt-ihs-janes-2015-09-22",
    "2015-09-22",
    "",
    "announcement",
    "IHS Jane's imagery shows two more sites north of Latakia (Istamo depot, Al-Sanobar complex) apparently prepared for Russian troops",
    "medium",
    "Analysis of imagery from mid-September 2015 (Reuters, WSJ, La Stampa). Concerns sites istamo-depot and sanobar-base.",
    [
        (
            "coast-src-reuters-2015-09-22",
            "Satellite photos taken in mid-September and obtained by IHS Jane's show Russian forces developing two additional military facilities near Syria's Mediterranean coast",
        ),
        ("coast-src-lastampa-2015-09-24", "La Russia sta costruendo due nuove basi militari in Siria"),
    ],
)
evt(
    "coast-evt-intervention-2015-09-30",
    "2015-09-30",
    "",
    "deployment",
    "Federation Council authorises force; Russia begins its air campaign in Syria (flown from Hmeimim)",
    "high",
    "The Federation Council vote was 162-0; Russia's embassy in India said attacks began on 30 Sep 2015.",
    [
        (
            "coast-src-ap-truthout-2015-09-30",
            "The Federation Council, the upper house of the Russian legislature, unanimously approved Putin’s request, Sergei Ivanov said after the 162-0 vote.",
        ),
        (
            "coast-src-ians-2015-09-30",
            "the Russian Federation begins air and rocket attacks on terrorist locations on all territory of the Syrian Arab Republic on September 30, 2015",
        ),
        (
            "coast-src-wiki-russia-syria",
            "On 30 September 2015, Russia began a military intervention in the Syrian Civil War in support of Bashar al-Assad's government",
        ),
    ],
)
evt(
    "coast-evt-s400-2015-11-26",
    "2015-11-26",
    "khmeimim",
    "deployment",
    "S-400 air-defence system delivered to Hmeimim and put on combat duty after Turkey downed a Su-24",
    "high",
    "Russian MoD (Konashenkov) via TASS; RFE/RL relays RIA Novosti. A Sputnik Brasil report (not re-retrieved) gave 8 Dec 2015 for the arrival.",
    [
        (
            "coast-src-tass-2015-11-26",
            "Russia’s S-400 air defense system has entered duty at the Hmeimim air base accommodating Russia’s air and space group in Syria",
        ),
        (
            "coast-src-rferl-2015-11-26",
            "S-400 AA missile system has been put on air defence combat duty at the Hmeymim airbase.",
        ),
    ],
)
evt(
    "coast-evt-s300-tartus-2016-10-04",
    "2016-10-04",
    "tartus",
    "announcement",
    "Russian MoD confirms an S-300 system sent to Syria to protect the Tartus naval base",
    "high",
    "Konashenkov statement (Sputnik Brasil, 4 Oct 2016).",
    [
        (
            "coast-src-sputnikbr-2016-10-04",
            "Este complexo foi concebido para garantir a segurança da base naval em Tartus",
        )
    ],
)
evt(
    "coast-evt-tartus-agreement-2017",
    "2017-01-18",
    "tartus",
    "agreement",
    "Russia–Syria agreement on the Tartus naval facility: free use for 49 years (+25-year extensions), up to 11 warships",
    "high",
    "Signed in Damascus on 18 Jan 2017, published 20 Jan; State Duma ratification 21 Dec 2017.",
    [
        (
            "coast-src-ap-2017-01-20",
            "Under the agreement, which was signed in Damascus on Wednesday, Syria has offered Russia free use of the Soviet-era facility for 49 years.",
        ),
        ("coast-src-rtfr-2017-01-20", "La Russie et la Syrie ont signé un accord le 18 janvier"),
        ("coast-src-sputnikmundo-2017-12-26", "Rusia y Siria firmaron el convenio el 18 de enero de este año"),
    ],
)
evt(
    "coast-evt-khmeimim-protocol-2017",
    "2017-01",
    "khmeimim",
    "agreement",
    "Additional protocol to the Hmeimim agreement signed in Damascus: 49-year term (+25-year extensions), base territory expanded",
    "medium",
    "AeroTime (citing Vedomosti) gives January 2017 for the signing and 6 July 2017 for submission to the Duma; Sputnik Brasil (30 Jun 2017) gives the 49-year term. Day not found in retrieved text.",
    [
        ("coast-src-aerotime-2017-07", "The document was signed in Damascus in January 2017"),
        (
            "coast-src-aerotime-2017-07",
            "Unlike the termless agreement of 2015, the protocol is set to for 49 years, if the parties do not have objections.",
        ),
        (
            "coast-src-sputnikbr-2017-06-30",
            "pelo prazo de 49 anos, prorrogável de forma automática por períodos de 25 anos",
        ),
    ],
)
evt(
    "coast-evt-protocol1-decree-2020-05-29",
    "2020-05-29",
    "khmeimim",
    "announcement",
    "Putin approves signing Protocol No. 1 to the 2015 agreement on transferring additional real estate and maritime areas to Russia",
    "medium",
    "Decree published on the legal-information portal; ministries of defence and foreign affairs mandated to negotiate. Outcome not found.",
    [
        (
            "coast-src-sputnikmundo-2020-05-29",
            "Apruébese la propuesta del Gobierno de Rusia sobre la firma del protocolo №1 sobre la transferencia de inmuebles y áreas portuarias adicionales, anexo al acuerdo suscrito entre Rusia y Siria el 26 de agosto de 2015",
        ),
        (
            "coast-src-sputnikar-2020-05-29",
            'على اقتراح الحكومة الروسية بشأن التوقيع على البروتوكول رقم 1 بشأن "تسليم ممتلكات غير منقولة ومناطق بحرية إضافية"',
        ),
    ],
)
evt(
    "coast-evt-latakia-port-patrols-2022-01-17",
    "2022-01-17",
    "latakia-port",
    "deployment",
    "Russian military police begin patrolling Latakia port with Syrian forces after Israeli strikes",
    "high",
    "First joint patrol on Monday 17 Jan 2022 (SOHR, Asharq Al-Awsat); MoD announcement via TASS on 18 Jan.",
    [
        (
            "coast-src-sohr-235206",
            "the Russian military police, accompanied by Syrian forces, conducted patrols in Latakia port on Monday",
        ),
        (
            "coast-src-tass-vpk-2022-01-18",
            "has organized round-the-clock patrolling of the seaport and the adjacent territory of Latakia by military police units",
        ),
    ],
)
evt(
    "coast-evt-n-latakia-withdrawal-2022",
    "~2022-05",
    "slunfeh",
    "withdrawal",
    "Reported Russian withdrawal from observation points in the Turkman and Kurd mountains (Qalaat Shalaf, Tall Slunfeh, Tall 45, Burj Zahiya, al-Atira) to Hmeimim; posts handed to Hezbollah",
    "low",
    "Opposition outlets (Zaman al-Wasl, North Press, Qasioun citing Syrian media) in spring 2022; opposition sources quoted by Al-Araby al-Jadeed denied it. Zaman al-Wasl says Russian forces stayed at the Burkan camp in Jabal al-Akrad. Exact date not shown in the retrieved pages.",
    [
        (
            "coast-src-npa-2022",
            "إن “القوات الروسية قامت بإخلاء العديد من مواقعها في جبلي التركمان والأكراد ومحيط بلدة كسب شمال اللاذقية، وتسليمها لحزب الله اللبناني”",
        ),
        (
            "coast-src-qasioun-2022",
            "نفت مصادر في المعارضة السورية، انسحاب القوات الروسية من مواقع في ريف اللاذقية غربي سوريا، وتسليمها إلى الميليشيات الإيرانية.",
        ),
    ],
)
evt(
    "coast-evt-assad-fall-2024-12-08",
    "2024-12-08",
    "",
    "other",
    "Fall of the Assad government; opposition takes Latakia province, Jableh and Tartus without entering the Russian bases",
    "high",
    "TASS (Syrian source) via the Kyiv Independent and Vestnik Kavkaza, 9 Dec 2024.",
    [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)],
)
evt(
    "coast-evt-pullback-2024-12-14",
    "2024-12-14",
    "",
    "withdrawal",
    "Reuters: Russia pulling back from northern front lines and posts in the Alawite Mountains, but not leaving Hmeimim or Tartus",
    "high",
    "Four Syrian officials; at least one cargo plane flew from Hmeimim to Libya.",
    [
        (
            "coast-src-reuters-yahoo-2024-12-14",
            "Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains but is not leaving its two main bases",
        ),
        (
            "coast-src-brecorder-2024-12-14",
            "Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains",
        ),
    ],
)
evt(
    "coast-evt-airdefence-to-libya-2024-12",
    "~2024-12-19",
    "khmeimim",
    "withdrawal",
    "WSJ: Russian cargo planes fly air-defence equipment, incl. S-400 and S-300 radars, from Syria to eastern Libya",
    "medium",
    "US and Libyan officials to the WSJ (relayed by RBC-Ukraine, 19 Dec 2024); date = report date.",
    [
        (
            "coast-src-rbc-wsj-2024-12-19",
            "Russian cargo planes have been transporting air defense systems, including radars for S-400 and S-300 interception systems, from Syria to bases in eastern Libya",
        )
    ],
)
evt(
    "coast-evt-bogdanov-2025-01-28",
    "2025-01-28",
    "",
    "other",
    "First Russian delegation since Assad's fall (Bogdanov, Lavrentyev) meets al-Sharaa in Damascus; bases need 'further consultations'",
    "high",
    "TASS (28–29 Jan 2025) and AFP. Syria's statement raised compensation; Bogdanov said of the bases 'Nothing has changed'.",
    [
        (
            "coast-src-tass-2025-01-28",
            "A Russian delegation led by Mikhail Bogdanov, special presidential envoy for the Middle East and Africa and deputy foreign minister, and Alexander Lavrentyev, special presidential envoy for Syria, has arrived on a visit to Damascus.",
        ),
        (
            "coast-src-tass-2025-01-29",
            "the question of preserving Russian military bases in Syria requires further consultations, and the sides have agreed to continue them",
        ),
        (
            "coast-src-afp-cna-2025-01-28",
            "Russia is now seeking to secure the fate of its naval base in Tartus and its air base at Khmeimim",
        ),
    ],
)
evt(
    "coast-evt-qamishli-to-khmeimim-2026-01-26",
    "2026-01-26",
    "khmeimim",
    "deployment",
    "Russian forces withdrawing from Qamishli move equipment and some troops to Khmeimim",
    "high",
    "Reuters via The Moscow Times; Okaz (Russian source). Latest dated report on Khmeimim retrieved.",
    [
        (
            "coast-src-moscowtimes-2026-01-26",
            "Part of the Russian contingent was expected to move to the Khmeimim base while others would return to Russia",
        ),
        (
            "coast-src-okaz-2026-01-26",
            "the equipment being withdrawn is being transferred to the Hmeimim base in Latakia",
        ),
    ],
)

# ---------------- systems ----------------
sysrow(
    "coast-sys-khmeimim-s400",
    "khmeimim",
    "S-400 Triumf (SA-21 Growler) surface-to-air missile system",
    "400",
    "2015-11-26",
    "~2024-12",
    "medium",
    "Start: MoD (TASS) 26 Nov 2015. Range 400 km = advertised maximum (RFE/RL); the missiles actually deployed are not known. Still listed at Hmeimim by the MoD in Apr 2017. End approximate: WSJ (19 Dec 2024) says S-400 radars were flown from Syria to Libya; no source retrieved confirms the last element left, hence medium.",
    [
        (
            "coast-src-tass-2015-11-26",
            "an air defense complex S-400 has been promptly delivered to the Russian air base in Hmeimim in Syria",
        ),
        ("coast-src-rferl-2015-11-26", "It is capable of accurately hitting targets up to 400 kilometers away."),
        (
            "coast-src-tass-panafrican-2017-04-07",
            "The S-400 and Pantsir systems provide reliable protection for the Russian air group at the Hmeymim airdrome.",
        ),
        (
            "coast-src-rbc-wsj-2024-12-19",
            "Russian cargo planes have been transporting air defense systems, including radars for S-400 and S-300 interception systems, from Syria to bases in eastern Libya",
        ),
    ],
)
sysrow(
    "coast-sys-khmeimim-pantsir",
    "khmeimim",
    "Pantsir-S1 (SA-22 Greyhound) short-range gun/missile air-defence system (Russian-operated)",
    "20",
    "~2015-11",
    "~2025-02-18",
    "medium",
    "Start: first report retrieved is the MoD statement of Apr 2017 on S-400 and Pantsir at Hmeymim; group g's TASS item of Nov 2015 (not re-retrieved here) says media had reported Pantsir with the air group earlier, so '~2015-11'. Use against drones attested by MoD statements (e.g. 27 Sep 2021). End = latest report found: an unconfirmed pro-war blogger claim (via The Moscow Times, 18 Feb 2025) that Pantsir repelled a drone attack on Hmeimim; not a reported withdrawal. Range 20 km is the general Pantsir-S1 missile figure (from group g's Sputnik France source, not re-retrieved here).",
    [
        (
            "coast-src-tass-panafrican-2017-04-07",
            "The S-400 and Pantsir systems provide reliable protection for the Russian air group at the Hmeymim airdrome.",
        ),
        (
            "coast-src-urdupoint-2021-09-28",
            "The missile armament of the Pantsir-S anti-aircraft missile and cannon system of the Russian airbase destroyed the air target at a distance from the airbase.",
        ),
        ("coast-src-moscowtimes-2025-02-18", "He claimed Russia's Pantsir missile system repelled the strike."),
    ],
)
sysrow(
    "coast-sys-tartus-s300v4",
    "tartus",
    "S-300V4 (SA-23 Gladiator) surface-to-air missile system; MoD said 'S-300'",
    "250",
    "2016-10",
    "~2017-08",
    "low",
    "Start: MoD confirmed an S-300 for the Tartus naval base on 4 Oct 2016 (Sputnik Brasil); Gen. Leonov (Topwar) says the S-300V4 division took combat duty in Oct 2016. Still reported at Tartus by the MoD on 7 Apr 2017. End contested: Gen. Leonov says the division's equipment and personnel returned to their permanent bases in the summer of 'this year' (read as 2017, see source note), hence '~2017-08'; but a Topwar item of late Dec 2017 quotes the MoD that S-300V systems would remain in Syria, and WSJ (Dec 2024) says unspecified S-300 radars were flown out of Syria. Range 250 km from group g's sources (Sputnik Brasil 6 Oct 2016), not re-retrieved here; Leonov mentions tracking at 200–300 km.",
    [
        (
            "coast-src-sputnikbr-2016-10-04",
            "De fato, o sistema de defesa antimísseis S-300 foi enviado para a República Árabe da Síria . Este complexo foi concebido para garantir a segurança da base naval em Tartus",
        ),
        (
            "coast-src-tass-panafrican-2017-04-07",
            "Another group of S-300 and Pantsir systems deployed in Syria defends the naval logistics facility in Tartus.",
        ),
        (
            "coast-src-topwar-leonov",
            "en octobre 2016, la division de défense aérienne S-300B4 a pris ses fonctions de combat dans la zone désignée",
        ),
        (
            "coast-src-topwar-leonov",
            "au cours de l’été de cette année, les équipements de la division C-300B4, ainsi que le personnel, sont rentrés aux points de déploiement permanent",
        ),
        (
            "coast-src-topwar-2017-12",
            "les systèmes de défense aérienne S-400, S-300V et Pantsir resteront en République arabe",
        ),
    ],
)

# ---------------- amendments (appended) ----------------
pub("Sputnik France", "partisan-or-state")
pub("TASS (via Army Recognition)", "partisan-or-state", "TASS text republished by armyrecognition.com")
src("coast-src-armyrecognition-tass-2015-11", "Russia has deployed air defense system Pantsir-S1 in Syria to protect Russian airbase and troops", "TASS (via Army Recognition)", "2015-11",
    "https://armyrecognition.com/focus-analysis-conflicts/army/conflicts-in-the-world/syria-conflict-news/russia-has-deployed-air-defense-system-pantsir-s1-in-syria-to-protect-russian-airbase-and-troops-tass-1311151",
    "", "en", note="TASS text (© 2015 TASS) on Army Recognition; month inferred from the URL id 1311151 (13 Nov 2015), as group g did.")
src("coast-src-sputnikfr-2018-04-09", "Syrie Pantsir Russie exportations (title from URL)", "Sputnik France", "2018-04",
    "https://fr.sputniknews.com/defense/201804091035862853-syrie-pantsir-russie-exportations/", "", "fr",
    note="Range figure only. Quote as retrieved and verified by group g (g-src-sputnikfr-2018-04-09); not re-retrieved by coast.")
src("coast-src-sputnikbr-2016-10-06", "EUA: medidas S-300 Síria (title from URL slug)", "Sputnik Brasil", "2016-10-06",
    "https://noticiabrasil.net.br/20161006/eua-medidas-s-300-siria-6504485.html", "", "pt",
    note="Range figure and arrival at Tartus. Quote as retrieved and verified by group g (g-src-sputnikbr-2016-10-06); not re-retrieved by coast.")

SYSTEMS[:] = [r for r in SYSTEMS if r["id"] != "coast-sys-khmeimim-pantsir"]
CITES[:] = [c for c in CITES if c[0] != "coast-sys-khmeimim-pantsir"]
sysrow("coast-sys-khmeimim-pantsir", "khmeimim", "Pantsir-S1 (SA-22 Greyhound) short-range gun/missile air-defence system (Russian-operated)", "20",
       "~2015-11", "~2025-02-18", "medium",
       "Start = first report retrieved: TASS (Nov 2015) says media had reported earlier that the air task force in Syria was armed with Pantsir-S1 ('by Nov 2015'). Confirmed at Hmeymim by the MoD in Apr 2017 and in use against drones (e.g. 27 Sep 2021). End = latest report found: an unconfirmed pro-war blogger claim (via The Moscow Times, 18 Feb 2025) that Pantsir repelled a drone attack on Hmeimim; not a reported withdrawal. Range 20 km is the general Pantsir-S1 missile figure (Sputnik France 2018, quote verified by group g). Not to be confused with Syrian-operated Pantsir-S1.",
       [("coast-src-armyrecognition-tass-2015-11", "Media outlets reported earlier that the Russian air task force deployed in Syria was armed with Pantsir-S1 (NATO reporting name: SA-22 Greyhound) air defense missile/gun systems."),
        ("coast-src-tass-panafrican-2017-04-07", "The S-400 and Pantsir systems provide reliable protection for the Russian air group at the Hmeymim airdrome."),
        ("coast-src-urdupoint-2021-09-28", "The missile armament of the Pantsir-S anti-aircraft missile and cannon system of the Russian airbase destroyed the air target at a distance from the airbase."),
        ("coast-src-moscowtimes-2025-02-18", "He claimed Russia's Pantsir missile system repelled the strike."),
        ("coast-src-sputnikfr-2018-04-09", "12 missiles sol-air d'une portée de 20 km")])
cite("coast-sys-tartus-s300v4", "coast-src-sputnik-2017-04-07", "while another  air defense group deployed in Syria consists of the S-300 and Pantsir systems is protecting the Russian Navy logistics center in Tartus")
cite("coast-sys-tartus-s300v4", "coast-src-sputnikbr-2016-10-06", "novos sistemas antiaéreos S-300, capazes de destruir mísseis balísticos a uma distância de 250km")
for r in SYSTEMS:
    if r["id"] == "coast-sys-tartus-s300v4":
        r["note"] = r["note"].replace("Range 250 km from group g's sources (Sputnik Brasil 6 Oct 2016), not re-retrieved here;", "Range 250 km from Sputnik Brasil (6 Oct 2016; quote verified by group g, not re-retrieved here);")

# ---- amendments 2: 2022 withdrawal (dated), Tala'i camp, Slunfeh 2015, Tartus ships, Lavrov 2026 ----
pub("Middle East Monitor (Portuguese edition)", "regional-outlet", "Monitor do Oriente Médio")
pub("Bawaba Syria", "regional-outlet", "opposition-leaning Syrian outlet")
pub("Al-Souria Net", "regional-outlet", "opposition-leaning Syrian outlet")
pub("USNI News", "regional-outlet", "US Naval Institute news site")
pub("Reuters (via The Japan News)", "wire", "Reuters text on japannews.yomiuri.co.jp")
pub("A News (Turkey)", "regional-outlet")
pub("Hürriyet Daily News", "regional-outlet")
src("coast-src-npa-en-2022-05", "Russia withdraws forces from posts in Syria's Lattakia and Homs – opposition sources", "North Press Agency", "undated",
    "https://npasyria.com/en/77897/", "", "en",
    note="English version of npasyria.com/108547; undated in the excerpt but cites the Moscow Times report of 7 May (2022), so after 7 May 2022.")
src("coast-src-memo-pt-2022-05-22", "Rússia retira soldados da Latakia (title paraphrased)", "Middle East Monitor (Portuguese edition)", "2022-05",
    "https://monitordooriente.com/?p=431957", "", "pt",
    note="Text says Asharq Al-Awsat reported 'neste domingo (22)'; with 'Em maio' for the earlier Moscow Times report this is Sunday 22 May 2022 (month from context).")
src("coast-src-zamanalwsl-talai", "القوات الروسية تستولي على مقر جديد في اللاذقية", "Zaman al-Wasl", "undated",
    "https://zamanalwsl.net/news/article/120517", "", "ar", note="Undated in the excerpt; c. late 2019–early 2020.")
src("coast-src-bawaba-2020-03-13", "سعيا للسيطرة على الساحل السوري.. روسيا تستولي على معسكر الطلائع (title paraphrased from URL)", "Bawaba Syria", "2020-03-13",
    "https://bawaba-sy.com/2020/03/13/%D8%B3%D8%B9%D9%8A%D8%A7-%D9%84%D9%84%D8%B3%D9%8A%D8%B7%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA/",
    "", "ar", note="Date from the URL.")
src("coast-src-alsouria-2015-08-12", "\"السورية نت\" تكشف عن مكان تواجد طاقم روسي في صلنفة مهمته تنظيم خطوط دفاعية لحماية القرى", "Al-Souria Net", "2015-08-12",
    "https://www.alsouria.net/content/%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D9%86%D8%AA-%D8%AA%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D9%85%D9%83%D8%A7%D9%86-%D8%AA%D9%88%D8%A7%D8%AC%D8%AF-%D8%B7%D8%A7%D9%82%D9%85-%D8%B1%D9%88%D8%B3%D9%8A-%D9%81%D9%8A-%D8%B5%D9%84%D9%86%D9%81%D8%A9-%D9%85%D9%87%D9%85%D8%AA%D9%87-%D8%AA%D9%86%D8%B8%D9%8A%D9%85-%D8%AE%D8%B7%D9%88%D8%B7-%D8%AF%D9%81%D8%A7%D8%B9%D9%8A%D8%A9-%D9%84%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-%D8%A7%D9%84%D9%82%D8%B1%D9%89",
    "", "ar", note="Page shows 'الأربعاء 12 أغسطس / آب 2015'.")
src("coast-src-usni-2024-12-10", "Satellite Photos Show Russian Navy Exodus From Syria, Syrian Missile Boats Sunk at Pier", "USNI News", "2024-12-10",
    "https://news.usni.org/2024/12/10/satellite-photos-show-russian-navy-exodus-from-syria-syrian-missile-boats-sunk-at-pier", "", "en")
src("coast-src-reuters-japannews-2024-12-11", "Satellite Imagery Shows Russian Navy Ships Anchored off Syrian Coast", "Reuters (via The Japan News)", "2024-12-11",
    "https://japannews.yomiuri.co.jp/news-services/reuters/20241211-227187", "", "en", note="Date from the URL; Reuters, London, Dec 10.")
src("coast-src-anews-2026-02-19", "Russia in discussions with Syria about maintaining its military presence: Lavrov", "A News (Turkey)", "2026-02-19",
    "https://www.anews.com.tr/diplomacy/2026/02/19/russia-in-discussions-with-syria-about-maintaining-its-military-presence-lavrov", "", "en",
    note="Lavrov interview with Al Arabiya, 'said Wednesday' = 18 Feb 2026.")
src("coast-src-hurriyet-2026-02", "Russia in discussions with Syria about maintaining its military presence: Lavrov", "Hürriyet Daily News", "undated",
    "https://www.hurriyetdailynews.com/russia-in-discussions-with-syria-about-maintaining-its-military-presence-lavrov-219095", "", "en",
    note="Same (AA-based) text as A News; date not shown in the excerpt.")
src("coast-src-sputnik-2026-02-19", "Syria Interested in Russia's Military Presence in Region - Lavrov", "Sputnik", "2026-02-19",
    "https://sputnikglobe.com/20260219/syria-interested-in-russias-military-presence-in-region---lavrov-1123655609.html", "", "en")

# extra cites on the 2022 withdrawal
cite("coast-evt-n-latakia-withdrawal-2022", "coast-src-npa-en-2022-05", "“The Russian forces abandoned their posts in the Jabal al-Turkmen and Jabal al-Akrad and the vicinity of the town of Kasab, north of Latakia. The posts were transferred to the Lebanese Hezbollah,” the sources told North Press.")
cite("coast-evt-n-latakia-withdrawal-2022", "coast-src-memo-pt-2022-05-22", "A Rússia retirou soldados da província da Latakia, no oeste da Síria, para enviá-los à base aérea de Hmeimim, no litoral mediterrâneo, reportou neste domingo (22) a rede de notícias Al-Sharq Al-Awsat.")
cite("coast-prs-kessab-2", "coast-src-npa-en-2022-05", "The Russian forces abandoned their posts in the Jabal al-Turkmen and Jabal al-Akrad and the vicinity of the town of Kasab, north of Latakia.")
cite("coast-prs-slunfeh-1", "coast-src-memo-pt-2022-05-22", "trinta veículos militares e cerca de 200 soldados russos foram removidos de diversas áreas da Latakia nos últimos dias")
cite("coast-prs-slunfeh-1", "coast-src-alsouria-2015-08-12", "وفي تطور لافت علمت \"السورية نت\" أن طاقماً روسياً يتواجد الآن في مدينة صلنفة بريف اللاذقية، مهمته وضع مشروع دفاعي لحماية القرى العلوية من هجمات قوات المعارضة.")
for r in PRESENCE:
    if r["id"] == "coast-prs-slunfeh-1":
        r["start"] = "~2015-08"
        r["role"] = "Russian team planning defences (2015), Russian marines at checkpoints (2015); later a Russian command post and observation hill ('Tall Slunfeh')"
        r["note"] = ("Start: Al-Souria Net (opposition, Wed 12 Aug 2015) reports a Russian team staying in Slunfeh (Plaza hotel) to plan the defence of Alawite villages; "
                     "pro-government Al-Masdar (via SouthFront, undated 2015) says Russian Marines and IRGC manned checkpoints in Slunfeh; Enab Baladi (Dec 2015) mentions Russian reinforcements in the Slunfeh area. "
                     "End: opposition reports of May 2022 (Zaman al-Wasl; Qasioun citing Syrian media; Asharq Al-Awsat via MEMO, 22 May 2022) of a Russian withdrawal from 'Tall Slunfeh' and the 'Russian command centre in Slunfeh', handed to Hezbollah; "
                     "opposition sources quoted by Al-Araby al-Jadeed (via Qasioun) denied it. No report between 2016 and 2021 was found; continuity is inferred, hence low.")
    if r["id"] == "coast-prs-kessab-2":
        r["note"] = r["note"].replace("the exact date of the 2022 reports is not shown on the pages (spring 2022 from context).",
                                      "the North Press report is after 7 May 2022 and MEMO dates the Asharq Al-Awsat report to Sunday 22 May 2022.")
for r in EVENTS:
    if r["id"] == "coast-evt-n-latakia-withdrawal-2022":
        r["note"] = ("Opposition outlets in May 2022 (North Press after 7 May; Asharq Al-Awsat via MEMO, 22 May: about 30 vehicles and 200 soldiers moved to Hmeimim); "
                     "opposition sources quoted by Al-Araby al-Jadeed (via Qasioun) denied it. Zaman al-Wasl says Russian forces stayed at the Burkan camp in Jabal al-Akrad. Linked by the reports to redeployment for the war in Ukraine.")

# Tala'i camp site
site("latakia-talai-camp", 35.783, 35.517, "Tala'i al-Baath camp, al-Raml al-Janoubi, Latakia (reported Russian HQ)", "", "معسكر طلائع البعث (الرمل الجنوبي)",
     "Talai camp; Tala'i al-Baath camp; Vanguard camp",
     "army-base", "latakia",
     "A Ba'ath youth ('Tala'i') summer camp on the shore in the al-Raml al-Janoubi district of Latakia city, reported by opposition outlets in early 2020 to have been taken over by Russian forces from Hmeimim as a command, information-gathering and guest/recreation site guarded by the 5th Corps. "
     "The camp itself was not located on a map source, so the point is Latakia city.",
     "town",
     [("coast-src-wiki-latakia", "Coordinates: 35°31′N 35°47′E / 35.517°N 35.783°E / 35.517; 35.783"),
      ("coast-src-zamanalwsl-talai", "وضعت يدها على معسكر الطلائع الواقع في حي \"الرمل الجنوبي\" من مدينة اللاذقية")])
ctl("coast-ctl-latakia-talai-camp-1", "latakia-talai-camp", "1963", "2024-12-08", "syria-gov", "high",
    "Latakia city stayed under government control throughout the civil war (no change of hands found).",
    [("com-src-wiki-baathist-syria", BA_Q)])
ctl("coast-ctl-latakia-talai-camp-2", "latakia-talai-camp", "2024-12-08", "", "syria-transitional", "high",
    "Opposition forces took Latakia province on 8 Dec 2024 (TASS via the Kyiv Independent).",
    [("com-src-wiki-fall-assad", FA_Q), ("coast-src-kyivindependent-2024-12-09", KI_Q)])
prs("coast-prs-latakia-talai-camp-1", "latakia-talai-camp", "~2020-02", "~2020-03-13", "russia",
    "Reported Russian command, information-gathering and recreation site (camp taken over from the Syrian government)", "low",
    "Opposition outlets with local sources: Bawaba Syria (13 Mar 2020) says Russian soldiers entered and raised Russian flags at the camp gates late in the previous month (Feb 2020); Zaman al-Wasl (undated, possibly earlier) reports the takeover by forces from Hmeimim. "
    "End = latest report found, not a reported withdrawal; no later information on the camp was found.",
    [("coast-src-bawaba-2020-03-13", "أن جنود روس وعربات عسكرية دخلت إلى حي الرمل الجنوبي أواخر الشهر الماضي، ورفعت أعلام روسيا على أبواب المعسكر"),
     ("coast-src-zamanalwsl-talai", "وحولته إلى مقر قيادة وتجميع معلومات ومركز لاستقبال الضيوف بالإضافة إلى استخدامه منتجعا ترفيهيا لها")])

# Tartus ships leave (Dec 2024)
evt("coast-evt-tartus-ships-leave-2024-12", "~2024-12-09", "tartus", "withdrawal",
    "Satellite imagery: Russian warships leave Tartus harbour and anchor offshore after Assad's fall", "high",
    "Reuters: the fleet left between 6 and 9 Dec (Planet image of 9 Dec, about 13 km NW of Tartus); USNI/Maxar: ships in port on 5 Dec, gone on Tuesday 10 Dec.",
    [("coast-src-reuters-japannews-2024-12-11", "Satellite imagery show that Russian naval ships have left Moscow’s base at Tartous on Syria’s coast and some have dropped anchor offshore"),
     ("coast-src-usni-2024-12-10", "three Russian Navy guided-missile frigates and at least two support ships were in port in Tartus on Dec. 5. On Tuesday, those ships had left port")])
cite("coast-prs-tartus-3", "coast-src-reuters-japannews-2024-12-11", "Satellite imagery show that Russian naval ships have left Moscow’s base at Tartous on Syria’s coast and some have dropped anchor offshore")

# Lavrov 2026 (latest status)
evt("coast-evt-lavrov-2026-02-18", "2026-02-18", "", "announcement",
    "Lavrov: talks with Syria on Russia's military facilities (Khmeimim, Tartus) are ongoing; sites 'no longer purely military in function'", "medium",
    "Interview with Al Arabiya, reported 19 Feb 2026 (A News/AA, Hürriyet, Sputnik). Lavrov says the sites are no longer purely military 'as they were prior to December 2025' (as quoted; likely meaning December 2024) and could become humanitarian hubs. Latest status statement found.",
    [("coast-src-anews-2026-02-19", "\"As for our military facilities, discussions are ongoing. Let me reiterate the Syrians are keen for our presence to endure. These sites, while no longer purely military in function as they were prior to December 2025, remain well-suited for repurposing as humanitarian hubs,\" he said."),
     ("coast-src-hurriyet-2026-02", "Russia is currently in negotiations with the new Syrian leadership to maintain its key military presence, Foreign Minister Sergey Lavrov said Wednesday."),
     ("coast-src-sputnik-2026-02-19", "Lavrov added that the Syrian authorities perceive Russia's presence at two bases in Syria - in Khmeimim and Tartus - as a \"stabilizing force – one that counterbalances the influence of other players.\"")])
cite("coast-prs-tartus-3", "coast-src-anews-2026-02-19", "Lavrov argued that Moscow's presence in Syria, particularly at Khmeimim and Tartus, is seen as \"a stabilizing counterweight to other players.\"")
cite("coast-prs-khmeimim-2", "coast-src-anews-2026-02-19", "Lavrov argued that Moscow's presence in Syria, particularly at Khmeimim and Tartus, is seen as \"a stabilizing counterweight to other players.\"")
for r in PRESENCE:
    if r["id"] in ("coast-prs-tartus-3", "coast-prs-khmeimim-2"):
        r["note"] += (" Latest status found: Lavrov (Al Arabiya interview, 18 Feb 2026) said talks on the military facilities are ongoing and that the sites are "
                      "'no longer purely military in function as they were prior to December 2025' (sic; likely December 2024) and could be repurposed as humanitarian hubs.")

# ---- amendments 3: 2025 events ----
pub("The Jerusalem Post (Reuters)", "wire", "Reuters text on jpost.com")
pub("Caliber.Az (TASS)", "partisan-or-state", "Azerbaijani outlet relaying TASS")
pub("Dawn (Reuters)", "wire", "Reuters text on dawn.com")
src("coast-src-jpost-reuters-2025-03-14", "Syrians trickle home after seeking refuge at Russian air base", "The Jerusalem Post (Reuters)", "2025-03-14",
    "https://www.jpost.com/middle-east/article-846091", "", "en")
src("coast-src-caliber-2025-03", "MFA: Russia's Hmeimim base provides lifeline to 8,000 Syrians fleeing violence", "Caliber.Az (TASS)", "2025-03",
    "https://caliber.az/en/post/mfa-russia-s-hmeimim-base-provides-lifeline-to-8-000-syrians-fleeing-violence", "", "en",
    note="Month from the text (events of 7–12 March 2025); day not shown in the excerpt.")
src("coast-src-dawn-reuters-2025-10-15", "Syria's Sharaa tells Putin at Kremlin meeting he will respect all past deals with Moscow", "Dawn (Reuters)", "2025-10-15",
    "https://www.dawn.com/news/1949114/syrias-sharaa-tells-putin-at-kremlin-meeting-he-will-respect-all-past-deals-with-moscow", "", "en")
src("coast-src-tass-2025-10-16", "Future of Russian bases in Syria discussed at Putin–Sharaa talks (title paraphrased)", "TASS", "2025-10-16",
    "https://tass.com/politics/2030661", "", "en")
evt("coast-evt-khmeimim-refugees-2025-03-07", "2025-03-07", "khmeimim", "other",
    "Thousands of Alawite civilians fleeing the coastal massacres shelter inside and around the Russian base (8,000–9,000 per the Russian MFA)", "high",
    "From 7 March 2025 (TASS/Caliber; SouthFront says the base was opened on 7 March). Reuters (14 Mar) saw thousands still sheltering. Shows an active Russian garrison at Hmeimim in March 2025.",
    [("coast-src-caliber-2025-03", "Since March 7, those fleeing the violence have sought shelter at the Russian base in Hmeimim."),
     ("coast-src-caliber-2025-03", "Our military sheltered more than 8,000, that's the statistics as of yesterday, possibly even closer to 9,000 Syrians."),
     ("coast-src-jpost-reuters-2025-03-14", "Thousands of people have been sheltering at the Hmeimin air base since violence swept Syria's coastal region last week")])
evt("coast-evt-sharaa-moscow-2025-10-15", "2025-10-15", "", "announcement",
    "Al-Sharaa's first Kremlin visit: he says Syria will respect all past agreements with Russia; the bases were on the agenda", "high",
    "Reuters via Dawn; Peskov (TASS, 16 Oct) confirmed the bases were discussed, with no decision announced.",
    [("coast-src-dawn-reuters-2025-10-15", "“There are bilateral relations and shared interests that bind us with Russia, and we respect all agreements made with it. We are working on redefining the nature of relations with Russia,”"),
     ("coast-src-tass-2025-10-16", "\"Regarding the bases, that topic was on the agenda. That is what I can tell you,\" Peskov stated.")])
cite("coast-prs-khmeimim-2", "coast-src-caliber-2025-03", "Since March 7, those fleeing the violence have sought shelter at the Russian base in Hmeimim.")
cite("coast-prs-tartus-3", "coast-src-tass-2025-10-16", "Russia operates two military facilities in Syria — the Russian Navy maintenance base in the port city of Tartus, and the Hmeimim Air Base, situated in Jableh, Latakia.")
cite("coast-prs-khmeimim-2", "coast-src-tass-2025-10-16", "Russia operates two military facilities in Syria — the Russian Navy maintenance base in the port city of Tartus, and the Hmeimim Air Base, situated in Jableh, Latakia.")
# Sanobar location ambiguity
for r in SITES:
    if r["properties"]["id"] == "sanobar-base":
        r["properties"]["description"] += (" Note: Reuters (2025) mentions an Alawite village of al-Sanobar 11 km from Hmeimim, i.e. south of Latakia, which does not match the 2015 description of both sites as north of Latakia; the site's location is therefore uncertain.")
cite("sanobar-base", "coast-src-jpost-reuters-2025-03-14", "after fleeing her home in the Alawite village of al-Sanobar")
cite("sanobar-base", "coast-src-jpost-reuters-2025-03-14", "escaping with other residents to Hmeimin, 11 km (seven miles) away")

# ---- amendments 4: Tartus Jan 2025 ----
pub("Ukrainska Pravda", "regional-outlet")
src("coast-src-kyivindependent-2025-01-23", "Russian cargo ship Sparta II docks in Syria after weeks drifting at sea, tracking data shows", "The Kyiv Independent", "2025-01-23",
    "https://kyivindependent.com/russian-cargo-ship-sparta-ii-docks-in-syria-after-weeks-drifting-in-mediterranean/", "", "en")
src("coast-src-pravda-ua-2025-01-27", "Satellite images reveal Russia removing military equipment from Syria's Tartus port, Radio Liberty says", "Ukrainska Pravda", "2025-01-27",
    "https://www.pravda.com.ua/eng/news/2025/01/27/7495541/", "", "en", author="Stanislav Pohorilov")
evt("coast-evt-tartus-port-contract-2025-01-20", "2025-01-20", "tartus", "other",
    "New Syrian government terminates the 2019 Stroytransgaz contract to run and modernise Tartus commercial port", "medium",
    "This was the 49-year commercial-port contract of 2019 (investment of at least $500m), not the 2017 naval-facility agreement, though some reports called it Russia's Tartus 'lease'. Date from Wikipedia; first press reports 21–23 Jan 2025.",
    [("coast-src-wiki-tartus", "On 20 January 2025, the new Syrian government terminated a contract with a Russian company that had managed the port of Tartus (in which the naval base is located) since 2019."),
     ("coast-src-kyivindependent-2025-01-23", "The contract, signed in 2019, had committed Moscow to invest at least $500 million in modernizing the port.")])
evt("coast-evt-tartus-evacuation-2025-01", "~2025-01-22", "tartus", "withdrawal",
    "Russian cargo ships Sparta II and Sparta dock at Tartus after weeks offshore and load Russian military equipment gathered from across Syria", "high",
    "Sparta II had drifted off Tartus since 5 Jan, after the new authorities refused entry; it docked on 22–23 Jan (MarineTraffic) and had left by 27 Jan with much of the equipment on the pier (RFE/RL imagery of 18 and 27 Jan).",
    [("coast-src-kyivindependent-2025-01-23", "A Russian cargo ship supposed to evacuate Russian military equipment from Russia's Tartus naval base in Syria has finally docked after spending weeks drifting in the Mediterranean, MarineTraffic data showed on Jan. 22."),
     ("coast-src-pravda-ua-2025-01-27", "A comparison of photos from 18 and 27 January shows that the Sparta II has already left the port, along with a significant part of the equipment that had been stationed on the pier.")])
cite("coast-prs-tartus-3", "coast-src-pravda-ua-2025-01-27", "Satellite images of the Tartus port in Syria have revealed that between 18 and 27 January, the Russian forces began transporting military equipment collected at the port onto ships operated by Russia's Ministry of Defence.")
for r in EVENTS:
    if r["id"] == "coast-evt-latakia-port-patrols-2022-01-17":
        r["note"] = ("SOHR and Asharq Al-Awsat date the first joint patrol to Monday (17 Jan 2022); Hadarat (citing foreign sources) says patrols began on Tuesday (18 Jan), the day of the MoD (TASS) announcement. Day kept at the earliest report, with this discrepancy noted.")
for r in PRESENCE:
    if r["id"] == "coast-prs-kessab-1":
        r["start"] = "~2012"
        r["note"] = r["note"].replace("Start '~2012-04' = spring 2012", "Start '~2012' (some months before June 2012)")
    if r["id"] == "coast-prs-tartus-3":
        r["note"] += " Equipment was shipped out on Sparta/Sparta II in late Jan 2025 after the new authorities first refused the ships entry."

# ---- amendments 5 ----
pub("Al-Shorouk (AFP, via Masress)", "wire", "AFP Arabic text in Al-Shorouk, archived by masress.com")
src("coast-src-shorouk-afp-2015-09", "صور أقمار اصطناعية: إعداد موقعين شمال مطار اللاذقية لاستقبال قوات روسية (title paraphrased)", "Al-Shorouk (AFP, via Masress)", "undated",
    "https://www.masress.com/shorouk/935497", "", "ar",
    note="AFP Arabic report of the IHS Jane's analysis (Tuesday 22 Sep 2015 from context); gives the sites as north of Latakia AIRPORT, whereas Reuters says north of Latakia city.")
src("coast-src-enab-2017-01-15", "“إنترفاكس”: روسيا تنوي تطوير قواعدها العسكرية في سوريا", "Enab Baladi", "undated",
    "https://enabbaladi.net/124901/%d8%a5%d9%86%d8%aa%d8%b1%d9%81%d8%a7%d9%83%d8%b3-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%86%d9%88%d9%8a-%d8%aa%d8%b7%d9%88%d9%8a%d8%b1-%d9%82%d9%88%d8%a7%d8%b9%d8%af%d9%87%d8%a7-%d8%a7%d9%84%d8%b9",
    "", "ar", note="Text says Interfax reported on 'Sunday 15 January'; year 2017 from context (after the Dec 2016 partial withdrawal and the fall of Aleppo).")
cite("istamo-depot", "coast-src-shorouk-afp-2015-09", "وهاتان القاعدتان، مجمع أسطامو لتخزين الأسلحة ومجمع الصنوبر العسكري، تقعان شمال مطار اللاذقية")
cite("sanobar-base", "coast-src-shorouk-afp-2015-09", "وهاتان القاعدتان، مجمع أسطامو لتخزين الأسلحة ومجمع الصنوبر العسكري، تقعان شمال مطار اللاذقية")
cite("coast-evt-ihs-janes-2015-09-22", "coast-src-shorouk-afp-2015-09", "حدد أي إتش إس جين موقعين جديدين في سوريا ربما يجري إعدادهما لاستقبال قوات روسية")
for r in SITES:
    if r["properties"]["id"] in ("istamo-depot", "sanobar-base"):
        r["properties"]["description"] += (" Sources disagree on the location: Reuters (IHS Jane's editor) says north of Latakia city, AFP's Arabic text says north of Latakia airport (i.e. between the airport and the city).")
evt("coast-evt-expansion-plan-2017-01-15", "2017-01-15", "khmeimim", "announcement",
    "Interfax source: Russia to repair a second runway at Hmeimim and upgrade Tartus to receive larger ships such as cruisers", "medium",
    "Reported by Interfax (via Enab Baladi) on Sunday 15 Jan 2017, three days before the Tartus agreement was signed.",
    [("coast-src-enab-2017-01-15", "وقال المصدر للوكالة إن روسيا ستبدأ بإصلاح مدرج ثان في قاعدة “حميميم” الجوية قرب مدينة اللاذقية، في حين سيتم تطوير قاعدة طرطوس البحرية لتتمكن من استقبال سفن أكبر مثل الطرادات.")])

# ---- amendments 6: date precision fixes ----
for r in EVENTS:
    if r["id"] == "coast-evt-expansion-plan-2017-01-15":
        r["date"] = "2017-01"
        r["note"] = "Enab Baladi's text says Interfax reported it on 'Sunday 15 January' (year 2017 from context); the Enab page itself is undated, so only the month is given."
    if r["id"] == "coast-evt-latakia-port-patrols-2022-01-17":
        r["date"] = "2022-01-18"
        r["title"] = "Russian MoD announces round-the-clock military police patrols of Latakia port (first joint patrol reported on Monday 17 Jan)"
        r["note"] = ("Date = the dated MoD announcement (TASS, Tuesday 18 Jan 2022). SOHR and Asharq Al-Awsat (undated pages) date the first joint patrol to Monday (17 Jan); "
                     "Hadarat (citing foreign sources) says patrols began on Tuesday (18 Jan).")
for r in PRESENCE:
    if r["id"] == "coast-prs-latakia-port-1":
        r["start"] = "~2022-01-17"

# ---- amendments 7: id renames after date fixes ----
_ren = {"coast-evt-latakia-port-patrols-2022-01-17": "coast-evt-latakia-port-patrols-2022-01-18",
        "coast-evt-expansion-plan-2017-01-15": "coast-evt-expansion-plan-2017-01"}
for r in EVENTS:
    if r["id"] in _ren:
        r["id"] = _ren[r["id"]]
CITES[:] = [(_ren.get(c, c), s, q) for c, s, q in CITES]

# ---- amendments 8: Baniyas countryside air-defence (reported) ----
pub("Erem News", "regional-outlet", "Emirati news site")
src("coast-src-erem-2024-12", "Russia moves air-defence systems from the Baniyas countryside towards Tartus and Hmeimim (title paraphrased)", "Erem News", "undated",
    "https://eremnews.com/news/arab-world/3ujkz64", "", "ar",
    note="Undated in the excerpt; 'yesterday Saturday' after the opposition advance on Hama, i.e. Saturday 7 Dec 2024 (inference). Unnamed Syrian military sources.")
src("coast-src-wiki-baniyas", "Baniyas", "Wikipedia", "undated",
    "https://en.wikipedia.org/wiki/Baniyas", "https://wikiclassic.com/wiki/Baniyas", "en",
    note="Read at the wikiclassic.com mirror (archive_url). City coordinates.")
site("baniyas-air-defence", 35.94028, 35.18222, "Russian air-defence position, Baniyas countryside (reported)", "", "ريف بانياس",
     "Baniyas air defence; Banias countryside air-defence site",
     "air-defence", "tartus",
     "Syrian military sources told Erem News that Russian air-defence systems (S-400, S-300, Tor-M2) deployed in the Baniyas countryside since 2017 to cover Hmeimim were moved towards Tartus and Hmeimim on 7 Dec 2024. "
     "The exact position is not given, so the point is Baniyas city (region precision). Single report.",
     "region",
     [("coast-src-wiki-baniyas", "Coordinates: 35°10′56″N 35°56′25″E / 35.18222°N 35.94028°E"),
      ("coast-src-erem-2024-12", "من منطقة ريف بانياس، إلى مناطق أكثر قرباً من قاعدتها البحرية في طرطوس وحميميم.")])
ctl("coast-ctl-baniyas-air-defence-1", "baniyas-air-defence", "1963", "2024-12-08", "syria-gov", "medium",
    "No change of hands of Baniyas or its countryside was found (the city saw the 2013 massacres by government forces; a Wikipedia mirror says the Nusra Front 'operated' in the city, not that it held it). Medium because no source states continuous control explicitly.",
    [("com-src-wiki-baathist-syria", BA_Q)])
ctl("coast-ctl-baniyas-air-defence-2", "baniyas-air-defence", "2024-12-08", "", "syria-transitional", "high",
    "Fall of the Assad government; the Wikipedia infobox of Baniyas gives 'Control: Syrian transitional government'. No Baniyas-specific date found.",
    [("com-src-wiki-fall-assad", FA_Q)])
prs("coast-prs-baniyas-air-defence-1", "baniyas-air-defence", "~2017", "~2024-12-07", "russia",
    "Reported Russian air-defence position (S-400, S-300, Tor-M2) covering Hmeimim", "low",
    "Single report (Erem News, unnamed Syrian military sources), which dates the first deployment to 2017 and the removal to 'yesterday Saturday' after the opposition took parts of Hama (7 Dec 2024). The Khmeimim Wikipedia article also says S-400 and Tor systems were seen moving to Tartus on 7 Dec 2024, without naming Baniyas. No other report of a Russian air-defence site near Baniyas was found; the 2017–2024 continuity is the report's claim.",
    [("coast-src-erem-2024-12", "وكانت هذه الأنظمة قد نُشرت للمرة الأولى في عام 2017 لتأمين قاعدة حميميم الجوية ضد التهديدات المحتملة القادمة."),
     ("coast-src-erem-2024-12", "نقلت أمس السبت أنظمة الدفاع الجوي، مثل منظومة إس-400 تريومف و إس-300، ومنظومة تور-إم2، من منطقة ريف بانياس"),
     ("coast-src-wiki-khmeimim", "Russian forces were observed transferring S-400 and Tor air defence systems to their naval base at Tartus.")])
evt("coast-evt-airdefence-pullback-2024-12-07", "~2024-12-07", "baniyas-air-defence", "withdrawal",
    "Russian air-defence systems (S-400, S-300, Tor-M2 reported) moved from the Baniyas countryside towards Tartus and Hmeimim as the opposition advanced", "low",
    "Erem News (undated, 'yesterday Saturday') and the Khmeimim Wikipedia article ('On 7 December 2024 ... transferring S-400 and Tor air defence systems to their naval base at Tartus'); only Erem names Baniyas.",
    [("coast-src-erem-2024-12", "نقلت أمس السبت أنظمة الدفاع الجوي، مثل منظومة إس-400 تريومف و إس-300، ومنظومة تور-إم2، من منطقة ريف بانياس"),
     ("coast-src-wiki-khmeimim", "On 7 December 2024, it was reported that Russia was preparing to evacuate its assets from the airbase.")])

# ---- amendments 9: note fixes ----
for r in CONTROL:
    if r["id"] == "coast-ctl-baniyas-air-defence-2":
        r["note"] = "Fall of the Assad government on 8 Dec 2024 (shared source); no Baniyas-specific date was found."
    if r["id"] == "coast-ctl-baniyas-air-defence-1":
        r["note"] = "No change of hands of Baniyas or its countryside during the civil war was found (the city stayed government-held; Baniyas-specific source not retrieved), hence medium."

# ---- amendments 10 ----
for r in PRESENCE:
    if r["id"] in ("coast-prs-istamo-1", "coast-prs-sanobar-1"):
        r["start"] = "~2015-09"
