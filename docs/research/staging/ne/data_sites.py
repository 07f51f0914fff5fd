# =================== QAMISHLI AIRPORT ===================
site(
    "qamishli-airport",
    "Qamishli International Airport (Russian helicopter base)",
    41.19139,
    37.02056,
    "air-base",
    "hasakah",
    "Civil airport of Qamishli that stayed a Syrian-government enclave inside SDF-held Hasakah. Russia set up a helicopter base with an aviation commandant's office, Military Police and Pantsir cover there in November 2019, after the Sochi memorandum. The SDF took the airport on 7 Dec 2024 while the Russians stayed; Russia withdrew in late January 2026 and the airport passed to Damascus in February 2026. Point from the Wikipedia infobox.",
    "exact",
    name_ru="аэропорт Эль-Камышлы",
    name_ar="مطار القامشلي الدولي",
    aliases="Qamishlo Airport; Kamishli; KAC; OSKL",
)
cite("qamishli-airport", "ne-src-wiki-qamishli-airport", "Coordinates | 37°01′14″N041°11′29″E / 37.02056°N 41.19139°E")

prs(
    "ne-prs-qamishli-1",
    "qamishli-airport",
    "2019-11",
    "~2026-01-27",
    "Russian Aerospace Forces helicopter base (aviation commandant's office) with Military Police and Pantsir air defence",
    "high",
    "Start: Reuters/Zvezda (Thu 14 Nov 2019) say Russia 'has begun setting up a helicopter base' and three helicopters were already there; Ruptly footage (via Al-Masdar/Newstube) puts the first arrival on a Tuesday (12 Nov), hence month precision. Continued under SDF control of the airport after 7 Dec 2024 (two Ilyushins left on 16 Dec 2024, partial). End disputed: Sky News Arabia (security sources) says the evacuation began 23 Jan 2026; Rudaw quotes an AANES official that it culminated on 22 Jan with about 200 soldiers from three points; AFP saw the last Russian plane leave on Tue 27 Jan; AP the same day quoted an SDF fighter saying the Russians 'are still stationed in Qamishli and are gradually withdrawing'. The latest end (27 Jan, AFP) is used.",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-reuters-2019-11-14",
    "Russia has begun setting up a helicopter base in the north-eastern Syrian city of Qamishli, the Russian Defence Ministry’s Zvezda TV channel said on Thursday.",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-almasdar-2019-11-14",
    "“The first group of helicopters of Russia’s Aerospace Force has redeployed from Hmeymim to the Qamishli airport.",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-uawire-qamishli-2019",
    "Previously Russia’s Defense Ministry announced that an aviation commandant’s office would be established in the city of Qamishli.",
)
cite("ne-prs-qamishli-1", "ne-src-skynews-2026-01-26", "وكانت القاعدة قد أُنشئت في نوفمبر 2019")
cite(
    "ne-prs-qamishli-1",
    "ne-src-afp-2026-01-27",
    "“The last Russian plane has departed,” a member of the Kurdish security forces guarding the facility told AFP.",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-afp-2026-01-27",
    "took over the Qamishli airport as a military base in November 2019 following a large-scale Turkish offensive against Kurdish fighters.",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-rudaw-2026-01-30",
    "The withdrawal process spanned a week, culminating on the 22nd of the month when approximately 200 Russian soldiers stationed across three points evacuated the site",
)
cite(
    "ne-prs-qamishli-1",
    "ne-src-ap-2026-01-27",
    "SDF fighters at one base next to the Qamishli airport told journalists on Tuesday that the Russians had begun moving their equipment out in recent days.",
)

ctl(
    "ne-ctl-qamishli-1",
    "qamishli-airport",
    "1963",
    "2024-12-07",
    "syria-gov",
    "high",
    "Ba'athist state from 1963. The airport stayed under government control throughout the civil war as an enclave inside SDF-held Hasakah (Al-Mohrar, 2019; Wikipedia calls it 'government-controlled' in 2016). End: the SDF took it on 7 Dec 2024, the day before Assad's fall (Wikipedia).",
)
cite("ne-ctl-qamishli-1", "com-src-wiki-baathist-syria", Q_BAATH)
cite(
    "ne-ctl-qamishli-1",
    "ne-src-almohrar-qamishli-2019",
    "إلا أنّ مطار القامشلي بقي تحت سيطرة نظام الأسد طوال السنوات الماضية",
)
cite(
    "ne-ctl-qamishli-1",
    "ne-src-wiki-qamishli-airport",
    "Russia's activity presumably aimed at setting up a new military base in the government-controlled and mainly abandoned airport was first reported.",
)
ctl(
    "ne-ctl-qamishli-2",
    "qamishli-airport",
    "2024-12-07",
    "2026-02-04",
    "sdf",
    "high",
    "SDF took the airport on 7 Dec 2024 after pro-regime forces withdrew (Wikipedia); the Russian contingent stayed until late Jan 2026 and SDF fighters guarded the base (AP, 27 Jan 2026). End: Kurdistan24 says the airport was handed to Damascus on Wed 4 Feb 2026 when Interior Ministry forces entered; other reports put the formal handover later: a Ministry of Interior delegation arrived on Sun 8 Feb 2026 to take over management (Shafaq, Okaz 'officially received ... today (Sunday)').",
)
cite(
    "ne-ctl-qamishli-2",
    "ne-src-wiki-qamishli-airport",
    "On 7 December 2024, a day prior thefall of the Assad regime, theSyrian Democratic Forces (SDF) took control of the airport following the withdrawal of pro-regime militants.",
)
cite(
    "ne-ctl-qamishli-2",
    "ne-src-ap-2026-01-27",
    "SDF fighters at one base next to the Qamishli airport told journalists on Tuesday",
)
ctl(
    "ne-ctl-qamishli-3",
    "qamishli-airport",
    "2026-02-04",
    "",
    "syria-transitional",
    "medium",
    "Handover under the 30 Jan 2026 SDF-Damascus agreement: Interior Ministry forces entered on 4 Feb 2026 (Kurdistan24); a government delegation began the takeover of management on 8 Feb 2026 (Shafaq News; Okaz/SANA). If the 8 Feb formal receipt is taken as the transfer, the SDF period ends 2026-02-08. Latest reporting found: 8-9 Feb 2026.",
)
cite(
    "ne-ctl-qamishli-3",
    "ne-src-k24-2026-02-04",
    "Qamishlo Airport was handed to Damascus on Feb. 4, 2026, as the third phase of the SDF–Syria agreement began. Syrian interior forces entered the site after Russian units withdrew.",
)
cite(
    "ne-ctl-qamishli-3",
    "ne-src-okaz-2026-02-08",
    "The Syrian government officially received the Qamishli International Airport today (Sunday) from the Syrian Democratic Forces (SDF).",
)
cite(
    "ne-ctl-qamishli-3",
    "ne-src-shafaq-2026-02-08",
    "A delegation from the Syrian government arrived at Qamishli International Airport on Sunday, in line with the agreement reached between Damascus and the Syrian Democratic Forces (SDF)",
)

sysrow(
    "ne-sys-qamishli-pantsir",
    "qamishli-airport",
    "Pantsir-S / Pantsir-S1 short-range air-defence system (Russian-operated)",
    "20",
    "2019-11",
    "~2026-01-27",
    "medium",
    "Start: Russian MoD TV (Zvezda) footage of mid-Nov 2019, relayed by ISWNews, Al-Masdar and UAWire, shows Pantsir covering the helicopters at Qamishli; Sky News Arabia (Jan 2026) says the base was protected by Pantsir since its creation. Range 20 km is the general Pantsir-S1 missile range (Sputnik France 2018), not a Qamishli-specific figure. End = end of the Russian presence (AFP: last Russian plane left Tue 27 Jan 2026; radars seen on 26 Jan were gone on 27 Jan). No source says when the Pantsir itself left. The system-specific claims come from Russian state TV relayed by partisan outlets, hence medium.",
)
cite(
    "ne-sys-qamishli-pantsir",
    "ne-src-iswnews-2019-11-14",
    "Russian Ministry of Defense tv reported today of deploying Mi-8 and Mi-35 helicopter and Pantsir air defense systems in Qamishli airport.",
)
cite(
    "ne-sys-qamishli-pantsir",
    "ne-src-almasdar-2019-11-14",
    "Their operations will be covered from the ground by Pantsyr air defense missile/gun systems.",
)
cite(
    "ne-sys-qamishli-pantsir",
    "ne-src-uawire-qamishli-2019",
    "Pantsir aerial defense systems provided cover for the helicopters from the ground.",
)
cite("ne-sys-qamishli-pantsir", "ne-src-skynews-2026-01-26", 'وحميت بأنظمة دفاع جوي من طراز "بانتسير"')
cite("ne-sys-qamishli-pantsir", "ne-src-sputnikfr-2018-04-09", "ainsi que 12 missiles sol-air d'une portée de 20 km.")
cite(
    "ne-sys-qamishli-pantsir",
    "ne-src-afp-2026-01-27",
    "The correspondent on Monday had seen Russian flags, cargo, helicopters and equipment such as radars inside the base, all of which were absent the following day.",
)

evt(
    "ne-evt-qamishli-base-2019",
    "2019-11-14",
    "qamishli-airport",
    "deployment",
    "Russian MoD TV announces a helicopter base at Qamishli airport (one Mi-8, two Mi-35, Pantsir cover)",
    "high",
    "Announced by Zvezda on Thu 14 Nov 2019 (Reuters); Ruptly footage says the first helicopters arrived on a Tuesday.",
)
cite("ne-evt-qamishli-base-2019", "ne-src-reuters-2019-11-14", "three helicopters have already been deployed there.")
cite(
    "ne-evt-qamishli-base-2019",
    "ne-src-almasdar-2019-11-14",
    "One transport Mi-8 helicopter and two Mi-35 multirole gunships have already arrived at the aerodrome.",
)
evt(
    "ne-evt-qamishli-sdf-2024",
    "2024-12-07",
    "qamishli-airport",
    "capture",
    "SDF takes control of Qamishli airport after pro-regime forces withdraw; the Russian contingent stays",
    "medium",
    "Wikipedia only.",
)
cite(
    "ne-evt-qamishli-sdf-2024",
    "ne-src-wiki-qamishli-airport",
    "On 7 December 2024, a day prior thefall of the Assad regime, theSyrian Democratic Forces (SDF) took control of the airport",
)
evt(
    "ne-evt-qamishli-il-2024",
    "2024-12-16",
    "qamishli-airport",
    "withdrawal",
    "Two Russian Ilyushin transports withdraw from Qamishli airport (partial)",
    "medium",
    "Wikipedia only; the base kept operating.",
)
cite(
    "ne-evt-qamishli-il-2024",
    "ne-src-wiki-qamishli-airport",
    "Later that month, on 16 December, two RussianIlyushin military transport planes withdrew from the airport.",
)
evt(
    "ne-evt-qamishli-withdraw-start-2026",
    "~2026-01-23",
    "qamishli-airport",
    "withdrawal",
    "Russian evacuation of Qamishli airport begins (cargo flights to Hmeimim)",
    "medium",
    "Sky News Arabia (security sources): began 23 Jan; Kurdistan24 (26 Jan): began 'several days' earlier; Rudaw: culminated 22 Jan (disagrees).",
)
cite(
    "ne-evt-qamishli-withdraw-start-2026",
    "ne-src-skynews-2026-01-26",
    "وبحسب مصادر أمنية، فقد بدأت عملية الإجلاء في 23 يناير الجاري",
)
cite(
    "ne-evt-qamishli-withdraw-start-2026",
    "ne-src-k24tr-2026-01-26",
    "Rus güçleri, birkaç gündür Qamişlo Havalimanından çekilmeye başladı.",
)
evt(
    "ne-evt-qamishli-withdraw-2026",
    "2026-01-27",
    "qamishli-airport",
    "withdrawal",
    "Last Russian aircraft leaves Qamishli airport (AFP)",
    "medium",
    "AFP and Daily Sabah (AFP-based); AP the same day quoted an SDF fighter saying Russians were still gradually withdrawing.",
)
cite(
    "ne-evt-qamishli-withdraw-2026",
    "ne-src-afp-2026-01-27",
    "Russia withdrew troops and equipment on Tuesday from an airport in Kurdish-held northeast Syria",
)
cite(
    "ne-evt-qamishli-withdraw-2026",
    "ne-src-dailysabah-2026-01-27",
    "Russia pulled its troops and equipment on Tuesday from an airport in northeast Syria",
)
evt(
    "ne-evt-qamishli-handover-2026",
    "2026-02-04",
    "qamishli-airport",
    "capture",
    "Qamishli airport handed to Syrian Interior Ministry forces under the SDF-Damascus agreement",
    "medium",
    "Formal takeover of management began 8 Feb 2026 (Shafaq, Okaz).",
)
cite(
    "ne-evt-qamishli-handover-2026",
    "ne-src-k24-2026-02-04",
    "Qamishlo Airport was handed back to the authorities in Damascus on Wednesday.",
)

# =================== AMUDA ===================
site(
    "amuda-school",
    "Russian base in the vocational secondary school, Amuda",
    40.93,
    37.104167,
    "military-police",
    "hasakah",
    "Russian Military Police base set up in late 2019 in a large building south of Amuda (the vocational secondary school, earlier a YPJ academy), as an observation post on the Turkish border. Russian forces evacuated it in late December 2024 and moved the equipment to Qamishli airport for transfer to Hmeimim. The point is the town (Wikipedia); the school's position is not sourced.",
    "town",
    name_ru="База в Амуде",
    name_ar="القاعدة الروسية في ثانوية التعليم المهني بعامودا",
    aliases="Amuda; Amude; Amûdê; Amouda; Amudeh",
)
cite("amuda-school", "ne-src-wiki-amuda-it", "Coordinate 37°06′15″N 40°55′48″E / 37.104167°N 40.93°E")
prs(
    "ne-prs-amuda-1",
    "amuda-school",
    "~2019-11-30",
    "~2024-12-26",
    "Russian Military Police base / border observation post in the Amuda vocational school",
    "medium",
    "Start = first report: Step News (30 Nov 2019, via SouthFront) says Russian MP had set up a base in a large building used by the YPJ as an academy; Syria Today (3 Dec 2019) and Al-Masdar (undated) report the same. SOHR (via Al-Jazirah, Dec 2024) gives only '2019, coinciding with the launch of Peace Spring' (launched 9 Oct 2019), so an October start is possible but not dated by any source; the earlier dataset row's '2019' start and a 1 Jan date are replaced. End: reported evacuated in Al-Jazirah of 26 Dec 2024 (Reuters/SOHR); the earlier dataset cited Fact Jo for 'Wednesday' 25 Dec, not re-read here.",
)
cite(
    "ne-prs-amuda-1",
    "ne-src-southfront-amuda-2019",
    "The Russian Military Police have established a new base in the border town of Amuda in the northern al-Hasakah countryside, the Step News Agency reported on November 30.",
)
cite(
    "ne-prs-amuda-1",
    "ne-src-syriatoday-2019-12-03",
    "They established bases in Amude town in close proximity to Syrian-Turkish borderline which is under Kurdish control",
)
cite(
    "ne-prs-amuda-1",
    "ne-src-almasdar-amuda-2019",
    "the Russian military has deployed to the border town of Amudeh, where they have begun moving their heavy equipment to as they build their new base.",
)
cite(
    "ne-prs-amuda-1",
    "ne-src-aljazirah-2024-12-26",
    "وأشار إلى أن القوات الروسية كانت قد تمركزت في عامودا منذ عام 2019 داخل مبنى «ثانوية التعليم المهني» جنوب المدينة، بالتزامن مع إطلاق تركيا عملية «نبع السلام»",
)
cite(
    "ne-prs-amuda-1",
    "ne-src-aljazirah-2024-12-26",
    "قامت القوات الروسية بإخلاء قاعدتها العسكرية في بلدة عامودا بريف الحسكة، حيث نقلت معداتها وآلياتها العسكرية إلى مطار القامشلي",
)
ctl(
    "ne-ctl-amuda-1",
    "amuda-school",
    "1963",
    "2012",
    "syria-gov",
    "medium",
    "Ba'athist state from 1963 until the YPG took over in 2012 (Wikipedia; the earlier dataset gives 20 Jul 2012, not re-read here).",
)
cite("ne-ctl-amuda-1", "com-src-wiki-baathist-syria", Q_BAATH)
cite(
    "ne-ctl-amuda-1",
    "ne-src-wiki-amuda-az",
    "şəhər 2012-ci ildən bəri Suriya Demokratik Qüvvələrinin idarəsi altındadır",
)
ctl(
    "ne-ctl-amuda-2",
    "amuda-school",
    "2012",
    "",
    "sdf",
    "medium",
    "YPG, later SDF, since 2012 (Wikipedia). The National (27 Jan 2026) says the SDF still held the Hasakah-Amouda-Qamishli triangle after losing Raqqa and Deir ez-Zor. Under the 30 Jan 2026 agreement Interior Ministry units entered Hasakah and Qamishli city centres (not Amuda), and the army is barred from Kurdish city centres; as of 9 Feb 2026 neither side had pulled back (The National). Left open: no report of a handover of Amuda was found.",
)
cite(
    "ne-ctl-amuda-2",
    "ne-src-wiki-amuda-az",
    "şəhər 2012-ci ildən bəri Suriya Demokratik Qüvvələrinin idarəsi altındadır",
)
cite(
    "ne-ctl-amuda-2",
    "ne-src-national-2026-01-27",
    "the SDF has been left with only patches of territory, comprising mainly the triangle of Hasakah, Amouda and Qamishli cities in north-eastern Hasakah governorate",
)
cite("ne-ctl-amuda-2", "ne-src-national-2026-02-09", "Neither side has pulled back from front lines")
evt(
    "ne-evt-amuda-base-2019",
    "~2019-11-30",
    "amuda-school",
    "deployment",
    "Russian Military Police reported to set up a base in Amuda",
    "medium",
    "First report (Step News via SouthFront); Step News also said a base in al-Darbasiyah was being prepared (not confirmed).",
)
cite(
    "ne-evt-amuda-base-2019",
    "ne-src-southfront-amuda-2019",
    "the Russian Military Police are now working to establish another base in the border town of al-Darbasiyah, to the west of Amuda.",
)
evt(
    "ne-evt-amuda-evacuated-2024",
    "~2024-12-26",
    "amuda-school",
    "withdrawal",
    "Russian forces evacuate the Amuda base, moving equipment to Qamishli airport en route to Hmeimim",
    "medium",
    "Reuters and SOHR via Al-Jazirah (26 Dec 2024).",
)
cite(
    "ne-evt-amuda-evacuated-2024",
    "ne-src-aljazirah-2024-12-26",
    "قامت القوات الروسية بإخلاء قاعدتها العسكرية في بلدة عامودا بريف الحسكة",
)

# =================== TELL TAMR ===================
site(
    "tell-tamr-mabaqir",
    "Russian base at al-Mabaqir (cattle station) near Tell Tamr",
    40.3714,
    36.6606,
    "military-police",
    "hasakah",
    "Russian Military Police base at the al-Mabaqir ('cattle farms') station by the M4 at Tell Tamr, on the line of contact with the Turkish-backed factions after the 2019 Peace Spring offensive; Russian MPs settled at a farm at the town's northern entrance in December 2019. Sources place the station north, north-east or west of the town. The point is Tell Tamr town (Wikipedia).",
    "town",
    name_ru="База в Эль-Мабакире (Телль-Тамр)",
    name_ar="قاعدة المباقر (محطة الأبقار) قرب تل تمر",
    aliases="al-Mabaqer; al-Mubagir; Mabaker; al-Battle station; cattle station; Tal Tamr; Tel Tamr; Tell Tamer",
)
cite("tell-tamr-mabaqir", "ne-src-wiki-tell-tamer", "Coordinates:36°39′38″N40°22′17″E / 36.6606°N 40.3714°E")
prs(
    "ne-prs-tell-tamr-1",
    "tell-tamr-mabaqir",
    "~2019-12-20",
    "~2024-12",
    "Russian Military Police base on the M4 line of contact (al-Mabaqir station)",
    "medium",
    "Start: Anadolu via Middle East Monitor (20 Dec 2019): 70-80 Russian MPs settled at a farm at the northern entrance of Tal Tamr after about a month of patrols, with an observation point on the highway. Continuity: Syriac Press/North Press (Feb 2020) 'their center at the al-Mubagir station, north of Tel Tamr'; SOHR (undated, ~2020-21) reinforcements to the base in al-Mabaqer; SOHR (Feb 2021) Russians withdrew but kept guards there. Location disagreement: north (Syriac Press), north-east (Zaman Masdar, not cited) or west (Xeber24, not re-read). END NOT SPECIFICALLY SOURCED: '~2024-12' rests on the general Russian pull-back from the front lines in northern Syria (Reuters, 14 Dec 2024) and the dated Amuda evacuation of late Dec 2024.",
)
cite(
    "ne-prs-tell-tamr-1",
    "ne-src-memo-2019-12-20",
    "Some 70 to 80 Russian military police officers with armored vehicles settled in a farm at the northern entrance of Tal Tamr town.",
)
cite(
    "ne-prs-tell-tamr-1",
    "ne-src-syriacpress-2020-02-07",
    "“The Russian convoy met another convoy in their center at the al-Mubagir station, north of Tel Tamr and headed together to the new position.”",
)
cite(
    "ne-prs-tell-tamr-1",
    "ne-src-sohr-256133",
    "Russian forces brought in new military reinforcement today to their base in Al-Mabaqer in Tel Tamr countryside in western Al-Hasakah.",
)
cite(
    "ne-prs-tell-tamr-1",
    "ne-src-sohr-206128",
    "The Syrian Observatory monitored the withdrawal of Russian forces and the retention of guards for al-Mabaqir base in Tal Tamer countryside in al-Hasakeh province.",
)
cite(
    "ne-prs-tell-tamr-1",
    "ne-src-reuters-2024-12-14",
    "Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains but is not leaving its two main bases in the country",
)
ctl(
    "ne-ctl-tell-tamr-1",
    "tell-tamr-mabaqir",
    "1963",
    "2012",
    "syria-gov",
    "medium",
    "Ba'athist state. End year approximate: Wikipedia dates the Assyrian exodus from the town to Nov 2012, when FSA fighters threatened to invade; who held the town from 2012 is not sourced.",
)
cite("ne-ctl-tell-tamr-1", "com-src-wiki-baathist-syria", Q_BAATH)
cite("ne-ctl-tell-tamr-1", "ne-src-wiki-tell-tamer", "An Assyrian exodus from the town began in November 2012")
ctl(
    "ne-ctl-tell-tamr-2",
    "tell-tamr-mabaqir",
    "2012",
    "2015-02",
    "unknown",
    "low",
    "NOT SOURCED: the holder between the 2012 breakdown of state control in the area and the Feb 2015 ISIS offensive was not found (the YPG and Assyrian units held the area by Feb 2015).",
)
cite(
    "ne-ctl-tell-tamr-2",
    "ne-src-wiki-tell-tamer",
    "An Assyrian exodus from the town began in November 2012, when Free Syrian Army (FSA) fighters threatened to invade the town",
)
ctl(
    "ne-ctl-tell-tamr-3",
    "tell-tamr-mabaqir",
    "2015-02",
    "~2026-01",
    "sdf",
    "medium",
    "YPG with the Syriac Military Council and Khabour Guards defended the Tell Tamr area against the Feb 2015 ISIS offensive (SOHR 2015; North Press); the town stayed YPG/SDF-held through the 2019 Turkish offensive (Anadolu via MEMO, Dec 2019) and in 2023 (North Press). Start month = the ISIS attack of 23 Feb 2015, the earliest dated sign. End approximate: The National (27 Jan 2026) says the SDF was left with the Hasakah-Amouda-Qamishli triangle and Kobani after the Jan 2026 government offensive; Tell Tamr, outside that triangle, is not named.",
)
cite(
    "ne-ctl-tell-tamr-3",
    "ne-src-npa-2023-02",
    "February 23 marked the eighth anniversary of Islamic State (ISIS) 2015 attack against the Assyrian Christians of Tel Tamr",
)
cite(
    "ne-ctl-tell-tamr-3",
    "ne-src-memo-2019-12-20",
    "The town which is occupied by the YPG is located on the strategic M4 highway",
)
cite(
    "ne-ctl-tell-tamr-3",
    "ne-src-npa-2023-09",
    "fighters of the Tel Tamr Military Council, affiliated with the Syrian Democratic Forces (SDF), deterred an attack",
)
ctl(
    "ne-ctl-tell-tamr-4",
    "tell-tamr-mabaqir",
    "~2026-01",
    "",
    "syria-transitional",
    "low",
    "Inferred, not named: after the Jan 2026 offensive the SDF held mainly the Hasakah-Amouda-Qamishli triangle and Kobani (The National, 27 Jan 2026), i.e. not Tell Tamr. No report of the government's entry into Tell Tamr was found.",
)
cite(
    "ne-ctl-tell-tamr-4",
    "ne-src-national-2026-01-27",
    "The government has retaken most of the vast SDF-held territory in eastern and north-east Syria over the past two weeks",
)
evt(
    "ne-evt-tell-tamr-russians-2019",
    "~2019-12-20",
    "tell-tamr-mabaqir",
    "deployment",
    "70-80 Russian MPs settle at a farm at the northern entrance of Tell Tamr and set up a highway observation point",
    "medium",
    "Anadolu via Middle East Monitor.",
)
cite(
    "ne-evt-tell-tamr-russians-2019",
    "ne-src-memo-2019-12-20",
    "Russian forces also set up an observation point for the highway crossings in the town.",
)
evt(
    "ne-evt-tell-tamr-pullback-2021",
    "2021-02",
    "tell-tamr-mabaqir",
    "withdrawal",
    "Russian forces briefly pull out of the Ain Issa and al-Mabaqir bases to pressure the SDF, keeping guards at al-Mabaqir",
    "medium",
    "SOHR; temporary (the Russians returned to Ain Issa the next morning). Month from the a24now URL (2021/02); the SOHR text is undated.",
)
cite(
    "ne-evt-tell-tamr-pullback-2021",
    "ne-src-a24-2021-02",
    "أكد المرصد السوري لحقوق الإنسان، على عودة عناصر “الشرطة الروسية” إلى قاعدتهم في منطقة المباقر بريف تل تمر شمالي الحسكة",
)
cite(
    "ne-evt-tell-tamr-pullback-2021",
    "ne-src-sohr-206128",
    "the withdrawal of Russian forces from the bases of Ain Issa in Al-Raqqah countryside, and al-Mabaqir in Al-Hasakah countryside, came to exert pressure on SDF",
)

# =================== AIN ISSA ===================
site('ain-issa', 'Ain Issa (Russian base and joint observation posts)', 38.8472, 36.3858, 'military-police', 'raqqa',
     "Russian Military Police base in Ain Issa, the AANES seat on the M4 in northern Raqqa, reported from December 2019 and reinforced in December 2020 with joint Russian-Syrian observation posts facing the Turkish-backed factions; the Russian HQ was in the al-Orouba school in the eastern quarter. Russia used repeated brief withdrawals from it to press the SDF. The point is the town (Wikipedia, 2017 revision).",
     'town', name_ar='عين عيسى', aliases='Ayn Issa; Ayn Isa; Ain Eissa; Bozanê; al-Orouba school')
cite('ain-issa', 'ne-src-wiki-ayn-issa-2017', 'Coordinates: 36°23′09″N 38°50′50″E / 36.3858°N 38.8472°E')
prs('ne-prs-ain-issa-1', 'ain-issa', '~2019-12-03', '~2024-12-14', 'Russian Military Police base (town centre, al-Orouba school) and joint observation posts with the Syrian army', 'medium',
    "Start = first report of a base: Syria Today (3 Dec 2019) says Russian MPs established bases in Amude and Ayn Issa; Smart News (6 Nov 2019) had reported Russian vehicles and equipment sent to the town. The Asharq Al-Awsat 'base inside the town centre' report used in the earlier dataset is from December 2020 and no longer supports the 2019 start. Dec 2020: a Russian MP unit joined a joint post, 'the third in the area' (MoD, 29 Dec 2020). Feb 2021: brief withdrawal to Tal Samin and return within a day (SOHR, Shafaq). Aug 2022: a Russian point still in the Ain Issa area (Al-Araby). End: only a Clash Report post (14 Dec 2024, via Zougla) that US forces took over the former Russian base in Ayn Issa; low for the end.")
cite('ne-prs-ain-issa-1', 'ne-src-syriatoday-2019-12-03', 'They established bases in Amude town in close proximity to Syrian-Turkish borderline which is under Kurdish control and in Ayn Issa town close to Kobani.')
cite('ne-prs-ain-issa-1', 'ne-src-smart-2019-11-06', 'روسيا ترسل آليات ومعدات عسكرية إلى بلدة عين عيسى بالرقة')
cite('ne-prs-ain-issa-1', 'ne-src-mil-ru-2020-12-29', 'The post will be the third in the area of Ain-Issa, where Russian and Syrian soldiers will monitor compliance with the ceasefire jointly.')
cite('ne-prs-ain-issa-1', 'ne-src-alkhabour-ainissa-withdrawal', 'من مدرسة العروبة في الحي الشرقي بمدينة عين عيسى، والتي تتخذ منها الشرطة الروسية مقراًلها')
cite('ne-prs-ain-issa-1', 'ne-src-alaraby-2022-08-02', 'إلى نقطة عسكرية روسية تنتشر ضمن منطقة عين عيسى التي تُسيطر عليها "قوات سورية الديمقراطية" (قسد) شمالي محافظة الرقة')
cite('ne-prs-ain-issa-1', 'ne-src-zougla-2024-12', 'American forces have also taken over former Russian bases in Sarrin and Ayn Issa.')
ctl('ne-ctl-ain-issa-1', 'ain-issa', '1963', '2013', 'syria-gov', 'medium',
    "Ba'athist state. End approximate: Raqqa province slipped from government control in 2013 (Raqqa city fell to Nusra and rebels in March 2013); the 93rd Brigade base near Ain Issa held out until Aug 2014 (LWJ). The town's own date of loss is not sourced.")
cite('ne-ctl-ain-issa-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-ain-issa-1', 'ne-src-bt-raqqa-2017', 'I mars 2013 inntatt av jihadister fra Jabhat al-Nusra (Nusrafronten), al-Qaidas fløy i Syria.')
ctl('ne-ctl-ain-issa-2', 'ain-issa', '2013', '2014-08', 'unknown', 'low',
    "NOT SOURCED for the town: between 2013 and Aug 2014 rebels, Nusra and then ISIS (which took Raqqa in Jan 2014) contested the province; the nearby 93rd Brigade base stayed with the army until ISIS defeated it in Aug 2014.")
cite('ne-ctl-ain-issa-2', 'ne-src-lwj-2014-08-24', 'Earlier this month, the Islamic State defeated the 93rd Brigade')
cite('ne-ctl-ain-issa-2', 'ne-src-bt-raqqa-2017', 'I januar 2014 erobret av den ytterliggående islamistgruppen Den islamske staten (IS).')
ctl('ne-ctl-ain-issa-3', 'ain-issa', '2014-08', '2015-06-23', 'isis', 'medium',
    "ISIS held the town and the 93rd Brigade base (LWJ: brigade defeated Aug 2014) until the YPG/YPJ and Burkan al-Furat took the base and then the town (ANF, 23 Jun 2015; Syria Direct). Start = the 93rd Brigade's fall; the town may have been ISIS-held earlier.")
cite('ne-ctl-ain-issa-3', 'ne-src-lwj-2014-08-24', 'Earlier this month, the Islamic State defeated the 93rd Brigade')
cite('ne-ctl-ain-issa-3', 'ne-src-syriadirect-brigade93', 'Joint FSA and YPG forces captured Brigade 93 from the Islamic State near the town of Ain Issa, 45km north of A-Raqqa city on Monday')
cite('ne-ctl-ain-issa-3', 'ne-src-anf-2015-06-23', 'the town of Ayn Îsa was liberated soon after the expulsion of ISIS gangs from the nearby 93rd Regiment by YPG-YPJ and Burkan El Fırat forces.')
ctl('ne-ctl-ain-issa-4', 'ain-issa', '2015-06-23', '~2026-01-18', 'sdf', 'medium',
    "YPG, later SDF (AANES seat). A brief ISIS recapture in early July 2015 is recorded as overlapping row ne-ctl-ain-issa-5. The government army 'entered' on 14 Oct 2019 (overlapping low row ne-ctl-ain-issa-6) but the SDF kept the town. End approximate: under the 18 Jan 2026 ceasefire the SDF agreed to leave Raqqa province (Reuters via UNN) as the army advanced south from Tal Abyad (Anadolu); no report naming Ain Issa's handover was found.")
cite('ne-ctl-ain-issa-4', 'ne-src-wiki-ayn-issa-2017', 'In June 2015, Ayn Issa was taken over by the Kurdish People\'s Protection Units (YPG) in the course of their Tell Abyad offensive.')
cite('ne-ctl-ain-issa-4', 'ne-src-unn-2026-01-19', 'Under the terms of the ceasefire agreement, SDF forces agreed to leave the provinces of Raqqa and Deir ez-Zor.')
ctl('ne-ctl-ain-issa-5', 'ain-issa', '~2015-07-06', '~2015-07-08', 'isis', 'low',
    "Overlaps ne-ctl-ain-issa-4 (contested): Wikipedia says ISIS briefly recaptured the town and the YPG reclaimed it in early July 2015 (BBC reports of 6 and 8 Jul 2015 cited there); days approximate.")
cite('ne-ctl-ain-issa-5', 'ne-src-wiki-ayn-issa-2017', 'While it was shortly recaptured by Islamic State militants,[2] it was reclaimed by the YPG in early July.[3]')
ctl('ne-ctl-ain-issa-6', 'ain-issa', '2019-10-14', '2024-12-08', 'syria-gov', 'low',
    "Overlaps ne-ctl-ain-issa-4 (shared/contested): SANA (via Xinhua) and Wikipedia say the army entered Ain Issa on 14 Oct 2019 and 'established joint control' with the SDF; the SDF kept the town and refused Russian demands to hand it over (SOHR, Asharq Al-Awsat). Government presence ended with the fall of Assad.")
cite('ne-ctl-ain-issa-6', 'ne-src-wiki-ayn-issa', 'On 14 October 2019, the Syrian Army entered and established joint control over Ayn Issa after an agreement with the SDF to prevent the Turkish offensive in the area.')
cite('ne-ctl-ain-issa-6', 'ne-src-xinhua-2019-10-14', 'State news agency SANA said the army entered Tabqa and its namesake military air base as well as the town of Ayn Issa in the countryside of Raqqa.')
cite('ne-ctl-ain-issa-6', 'com-src-wiki-fall-assad', Q_FALL)
ctl('ne-ctl-ain-issa-7', 'ain-issa', '~2026-01-18', '', 'syria-transitional', 'low',
    "Inferred: the SDF agreed on 18 Jan 2026 to leave Raqqa province and the army advanced from Tal Abyad toward the Raqqa countryside (Anadolu, 18 Jan); Ain Issa is not named. Latest reporting found: 19 Jan 2026.")
cite('ne-ctl-ain-issa-7', 'ne-src-anews-2026-01-18', 'The army began advancing southward from Tal Abyad toward areas in the Raqqa countryside, occupied by YPG/SDF, and toward Hasakah.')
cite('ne-ctl-ain-issa-7', 'ne-src-unn-2026-01-19', 'Under the terms of the ceasefire agreement, SDF forces agreed to leave the provinces of Raqqa and Deir ez-Zor.')
evt('ne-evt-ain-issa-2019-saa', '2019-10-14', 'ain-issa', 'deployment', 'Syrian army enters Ain Issa (and Tabqa) under the Russian-mediated SDF-Damascus deal', 'medium', 'SANA via Xinhua.')
cite('ne-evt-ain-issa-2019-saa', 'ne-src-xinhua-2019-10-14', 'A day earlier, a deal was reached between the Syrian government and the Kurdish forces under the mediation of Russia to counter Turkey\'s military progress.')
evt('ne-evt-ain-issa-2019-ru', '~2019-12-03', 'ain-issa', 'deployment', 'Russian MPs reported to establish a base in Ain Issa', 'low', 'Syria Today (short unsourced item); Smart News reported Russian vehicles sent to the town on 6 Nov 2019.')
cite('ne-evt-ain-issa-2019-ru', 'ne-src-syriatoday-2019-12-03', '20 Russians, including officers, from military police have been dislocated in three more places in the country.')
evt('ne-evt-ain-issa-2020-post', '2020-12-29', 'ain-issa', 'deployment', 'Russian MP unit joins a joint Russian-Syrian observation post at Ain Issa (third in the area)', 'high', 'Russian MoD and Sputnik; reinforcement after the Nov-Dec 2020 SNA-SDF clashes.')
cite('ne-evt-ain-issa-2020-post', 'ne-src-mil-ru-2020-12-29', 'A military police unit of the Russian Armed Forces arrived at a joint observation post with the Syrian army in the town of Ain-Issa in Raqqa province in northern Syria.')
cite('ne-evt-ain-issa-2020-post', 'ne-src-sputnik-2020-12-29', 'A Russian military police company arrived at a joint Russian-Syrian observation post in the town of Ayn Issa in northern Syria.')
evt('ne-evt-ain-issa-2021-return', '~2021-02', 'ain-issa', 'withdrawal', 'Russian forces leave the Ain Issa base for Tal Samin, then return within a day', 'medium',
    "SOHR (one report gives 'February 21', year not printed; A24's relay is dated Feb 2021) and Shafaq News: flags lowered on Sunday, back on Monday morning.")
cite('ne-evt-ain-issa-2021-return', 'ne-src-shafaq-ainissa-return', 'وانزلت القوات الروسية يوم أمس الأحد أعلامها من فوق القاعدة ونقلت جنوداً ومدرعات عسكرية وأجهزة رادار إلى قاعدتها في تل السمن')
cite('ne-evt-ain-issa-2021-return', 'ne-src-sohr-206128', 'the Russian forces which had withdrawn yesterday from Ain Issa base, returned this morning.')
evt('ne-evt-ain-issa-2024-us', '2024-12-14', 'ain-issa', 'other', 'US forces reported to take over the former Russian bases at Ayn Issa and Sarrin', 'low', 'Single social-media aggregator claim (Clash Report via Zougla).')
cite('ne-evt-ain-issa-2024-us', 'ne-src-zougla-2024-12', 'American forces have also taken over former Russian bases in Sarrin and Ayn Issa.')

# =================== TAL SAMIN ===================
site('tal-samin', 'Tal Samin Russian base (former US base in a school, north of Raqqa)', 39.0167, 35.95, 'military-police', 'raqqa',
     "Russian Military Police base in a former school building at Tal Samin (Tell al-Samen), a road junction on the Raqqa-Ain Issa-Tal Abyad axis 25-35 km north of Raqqa, taken over from departing US troops on 26 Dec 2019; used as the fallback for the Ain Issa garrison and reinforced in 2022. NO COORDINATES for the village were found: the point is Raqqa city (Wikipedia) as a regional marker only; the base lies about 26 km north of it (TASS).",
     'region', name_ar='تل السمن', aliases='Tal Saman; Tell al-Samen; Tel al-Saman; Tall Samin; Tell Samn')
cite('tal-samin', 'ne-src-tass-2019-12-26', 'Tal Samin is located 26 km north of Raqqa')
cite('tal-samin', 'ne-src-wiki-raqqa', 'Coordinates: 35°57′00″N 39°01′00″E / 35.95°N 39.0167°E')
prs('ne-prs-tal-samin-1', 'tal-samin', '2019-12-26', '~2024-12', 'Russian Military Police base (former US rear base in a school)', 'medium',
    "Start: TASS, Reuters and RT (26 Dec 2019): Russian MPs raised the flag over the base and started patrols that day; RT says they had arrived 'earlier this week'. Continuity: Russian forces fell back to Tal Samin from Ain Issa in Feb 2021 (SOHR, Shafaq, Al-Khabour); a 35-vehicle column reinforced the base on 2 Aug 2022 (Al-Araby). A car bomb by Hurras al-Din at the base 'days after' it opened is reported only by a forum-style site (not used). END NOT SPECIFICALLY SOURCED: '~2024-12' rests on the Reuters report of 14 Dec 2024 that Russia was pulling back from the front lines in northern Syria; a Reuters/SOHR text seen by an earlier group (news.tn, Dec 2024) naming Ain Issa and Tal al-Samin was not re-read here.")
cite('ne-prs-tal-samin-1', 'ne-src-tass-2019-12-26', 'Russian military police officers entered a rear base, abandoned by US servicemen, in the Syrian village of Tal Samin')
cite('ne-prs-tal-samin-1', 'ne-src-reuters-2019-12-26', 'The base, a former school in the village of Tal Samin, is in a strategic area at a crossroads that links the city of Raqqa with central Syria and its northern regions')
cite('ne-prs-tal-samin-1', 'ne-src-rt-2019-12-26', 'The servicemen have arrived at Tal Samin, some 25km north of Raqqa, the former capital of Islamic State (IS, formerly ISIS), earlier this week.')
cite('ne-prs-tal-samin-1', 'ne-src-sohr-206267', 'The London-based monitoring group claimed that Russian troops withdrew to the town of Tell Samn, south of Ain Issa.')
cite('ne-prs-tal-samin-1', 'ne-src-alaraby-2022-08-02', 'وصل اليوم الثلاثاء إلى قاعدة تل السمن الذي تنتشر بداخلها القوات الروسية، جنوبي منطقة عين عيسى')
cite('ne-prs-tal-samin-1', 'ne-src-reuters-2024-12-14', 'Russia is pulling back its military from the front lines in northern Syria')
ctl('ne-ctl-tal-samin-1', 'tal-samin', '1963', '2013', 'syria-gov', 'medium',
    "Ba'athist state. End approximate: the village saw FSA-regime fighting, including shelling from the 93rd Brigade (SDF Press); Raqqa city fell in March 2013. Exact date not sourced.")
cite('ne-ctl-tal-samin-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-tal-samin-1', 'ne-src-sdfpress-tal-samen-2017', "it was shelled by the 93rd Brigade in Ain Issa and the regime’s aircraft during the period of battles between the so-called Free Army and the regime’s forces.")
ctl('ne-ctl-tal-samin-2', 'tal-samin', '2013', '2014-01', 'unknown', 'low',
    "NOT SOURCED: after the regime lost the area the village saw fighting between ISIS and armed factions (SDF Press); who held it when is not known. End = ISIS's takeover of Raqqa in Jan 2014 (NTB/AFP/AP via Bergens Tidende).")
cite('ne-ctl-tal-samin-2', 'ne-src-sdfpress-tal-samen-2017', 'Then, it was exposed to the battles that were between the ISIS and armed factions.')
ctl('ne-ctl-tal-samin-3', 'tal-samin', '2014-01', '2016-11-16', 'isis', 'medium',
    "Start approximate (ISIS took Raqqa in Jan 2014; the whole province was out of government hands after Aug 2014). End: Enab Baladi (RBSS) says the SDF entered the village on Wed 16 Nov 2016; SDF Press says 'the end of last year' (2016); Zaman al-Wasl dates full control to a Sunday (not used).")
cite('ne-ctl-tal-samin-3', 'ne-src-bt-raqqa-2017', 'I januar 2014 erobret av den ytterliggående islamistgruppen Den islamske staten (IS).')
cite('ne-ctl-tal-samin-3', 'ne-src-enab-2016-11-16', 'سيطرت قوات “سوريا الديمقراطية” على قرية تل السمن في ريف الرقة الشمالي، بعد هجوم بري واسع عززه الطيران الحربي التابع للتحالف الدولي')
ctl('ne-ctl-tal-samin-4', 'tal-samin', '2016-11-16', '~2026-01-18', 'sdf', 'medium',
    "SDF from Nov 2016 (US troops used the school as a base until Dec 2019; Russia from 26 Dec 2019 as a guest of the SDF-held area). End approximate: SDF agreed on 18 Jan 2026 to leave Raqqa province (Reuters via UNN); Tal Samin not named.")
cite('ne-ctl-tal-samin-4', 'ne-src-sdfpress-tal-samen-2017', 'In the campaign to liberate Raqqa, the SDF took them out of the ISIS with the end of last year.')
cite('ne-ctl-tal-samin-4', 'ne-src-unn-2026-01-19', 'Under the terms of the ceasefire agreement, SDF forces agreed to leave the provinces of Raqqa and Deir ez-Zor.')
ctl('ne-ctl-tal-samin-5', 'tal-samin', '~2026-01-18', '', 'syria-transitional', 'low',
    "Inferred from the SDF's agreed withdrawal from Raqqa province and the army's entry into Raqqa city on 18 Jan 2026 (Reuters via Devdiscourse); Tal Samin not named.")
cite('ne-ctl-tal-samin-5', 'ne-src-devdiscourse-2026-01-18', 'Syrian government troops made a significant advancement on Sunday by entering the city of Raqqa.')
evt('ne-evt-tal-samin-2019', '2019-12-26', 'tal-samin', 'deployment', 'Russian MPs take over the Tal Samin base abandoned by US troops and raise the Russian flag', 'high', 'TASS, Reuters, RT (Zvezda footage).')
cite('ne-evt-tal-samin-2019', 'ne-src-tass-2019-12-26', 'Russian military officer Arman Mambetov said after the Russian flag was hoisted above the base.')
cite('ne-evt-tal-samin-2019', 'ne-src-reuters-2019-12-26', 'Russian military police have taken control of a base near the Syrian city of Raqqa that was controlled by U.S. forces until a few days ago')
evt('ne-evt-tal-samin-2022', '2022-08-02', 'tal-samin', 'deployment', 'Column of about 35 vehicles of Russian-backed forces arrives at the Russian Tal Samin base', 'medium', 'Al-Araby al-Jadeed, opposition monitoring sources.')
cite('ne-evt-tal-samin-2022', 'ne-src-alaraby-2022-08-02', 'إن رتلاً عسكرياً تألف من نحو 35 آلية')

# =================== TARIFAWI ===================
site('tarifawi', 'Tarifawi Russian base (east of Raqqa)', 39.0167, 35.95, 'military-police', 'raqqa',
     "Russian Military Police base reported set up on 24 Feb 2020 in the village of Tarifawi (al-Tarfawiya), about 45 km east of Raqqa in SDF-held territory, linked to Russian patrols on the M4. NO COORDINATES for the village were found: the point is Raqqa city (Wikipedia) as a regional marker only.",
     'region', name_ar='الطريفاوي', aliases='al-Tarfawiya; Tarifaoui; Tarifawi; al-Tarifawi')
cite('tarifawi', 'ne-src-enab-tarifawi-2020', 'مشيرة إلى أن القاعدة العسكرية الجديدة تبعد 45 كيلومترًا عن مدينة الرقة')
cite('tarifawi', 'ne-src-wiki-raqqa', 'Coordinates: 35°57′00″N 39°01′00″E / 35.95°N 39.0167°E')
prs('ne-prs-tarifawi-1', 'tarifawi', '2020-02-24', '~2020-02-25', 'Russian Military Police base (reported)', 'low',
    "Start: Enab Baladi (Tue 25 Feb 2020), citing an AANES-affiliated page, says 40 Russian vehicles arrived 'yesterday' and the MP chose the village for a new base. End = latest dated report found, not a reported withdrawal: an undated Aso Network item and an undated Halab Today item (listing five Russian sites in Raqqa: Tabqa airport, Division 17, Tal Samin, Brigade 93 and Tarifawi) suggest it lasted longer, but give no date.")
cite('ne-prs-tarifawi-1', 'ne-src-enab-tarifawi-2020', 'أن الشرطة العسكرية الروسية اختارت قرية الطرفاوية مكانًا لقاعدتها الجديدة')
ctl('ne-ctl-tarifawi-1', 'tarifawi', '1963', '2013', 'syria-gov', 'medium', "Ba'athist state; end approximate (Raqqa province slipped from government control in 2013; village-specific date not sourced).")
cite('ne-ctl-tarifawi-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-tarifawi-1', 'ne-src-bt-raqqa-2017', 'I mars 2013 inntatt av jihadister fra Jabhat al-Nusra (Nusrafronten), al-Qaidas fløy i Syria.')
ctl('ne-ctl-tarifawi-2', 'tarifawi', '2013', '2014-08-24', 'unknown', 'low', "NOT SOURCED: holder of the village between 2013 and Aug 2014 (rebels, Nusra or ISIS). From 24 Aug 2014 the whole province was outside government hands and ISIS-controlled (SOHR via Reuters/LWJ).")
cite('ne-ctl-tarifawi-2', 'ne-src-lwj-2014-08-24', 'The Islamic State is close to cementing its control in the eastern Syrian province of Raqqah today after it overran the Tabqa military airport.')
ctl('ne-ctl-tarifawi-3', 'tarifawi', '2014-08-24', '~2017-10-17', 'isis', 'low', "ISIS controlled Raqqa province after Aug 2014. End approximate: the SDF took Raqqa city on 17 Oct 2017; the village east of the city was probably taken around then, not sourced.")
cite('ne-ctl-tarifawi-3', 'ne-src-lwj-2014-08-24', 'The airbase is the last Syrian military stronghold in Raqqah.')
cite('ne-ctl-tarifawi-3', 'ne-src-bt-raqqa-2017', 'IS skal ha mistet kontrollen over 90 prosent av byen.')
ctl('ne-ctl-tarifawi-4', 'tarifawi', '~2017-10-17', '~2026-01-18', 'sdf', 'low', "SDF-held by Feb 2020 (Aso Network/Enab Baladi: area under SDF control); start approximate. End: SDF agreed to leave Raqqa province on 18 Jan 2026.")
cite('ne-ctl-tarifawi-4', 'ne-src-enab-tarifawi-2020', 'ووسعت روسيا من انتشارها في مناطق “الإدارة الذاتية”، منذ منتصف تشرين الأول 2019')
cite('ne-ctl-tarifawi-4', 'ne-src-unn-2026-01-19', 'Under the terms of the ceasefire agreement, SDF forces agreed to leave the provinces of Raqqa and Deir ez-Zor.')
ctl('ne-ctl-tarifawi-5', 'tarifawi', '~2026-01-18', '', 'syria-transitional', 'low', 'Inferred from the SDF withdrawal from Raqqa province; village not named.')
cite('ne-ctl-tarifawi-5', 'ne-src-devdiscourse-2026-01-18', 'Syrian government troops made a significant advancement on Sunday by entering the city of Raqqa.')
evt('ne-evt-tarifawi-2020', '2020-02-24', 'tarifawi', 'deployment', 'About 40 Russian vehicles arrive at Tarifawi to set up a base', 'low', "Enab Baladi citing a pro-AANES page; 'yesterday' relative to Tue 25 Feb 2020.")
cite('ne-evt-tarifawi-2020', 'ne-src-enab-tarifawi-2020', 'وذكرت الصفحة أن 40 آلية عسكرية روسية وصلت أمس إلى القرية')

# =================== TABQA ===================
site('tabqa-airbase', 'Tabqa Air Base (al-Tabqa military airport)', 38.566799, 35.7547, 'air-base', 'raqqa',
     "Syrian Air Force base about 5 km south of al-Tabqa. It fell to ISIS on 24 Aug 2014, was taken by the US-backed SDF on 26 Mar 2017, and was entered by the Syrian army on 14 Oct 2019; Russian helicopters landed there on 22 Oct 2019 and Russian MP reinforcements arrived in Feb 2020. The transitional army took it from the SDF on 17 Jan 2026. Point from an airport database record (consistent with de.wikipedia's 5 km south of the town).",
     'approximate', name_ru='аэродром Табка', name_ar='مطار الطبقة العسكري', aliases='Tabqa Airbase; Tabaqa; at-Tabqa; al-Thawra airport; OS59; OSTQ')
cite('tabqa-airbase', 'ne-src-airportroutes-tabqa', 'Location: 35.7547Β° N, 38.566799Β° E')
cite('tabqa-airbase', 'ne-src-dewiki-tabqa', 'Der Militärflugplatz at-Tabqa ist ein Stützpunkt der syrischen Luftwaffe etwa fünf Kilometer südlich der Stadt al Tabqa (oder ath-Thaura).')
prs('ne-prs-tabqa-1', 'tabqa-airbase', '2019-10-22', '~2024-12', 'Russian Aerospace Forces helicopter detachment and Military Police at a Syrian-held airfield', 'low',
    "Start well sourced: two Mi-8s and a Mi-35 landed on Tue 22 Oct 2019 (Zvezda via The Moscow Times; Sputnik). Continuity thin: Russian MP reinforcements (five vehicles, two covered trucks, helicopter escort) arrived on Mon 17 Feb 2020 (Sputnik via Al-Alam); an undated Halab Today item lists Tabqa airport among Russian sites in Raqqa. An earlier group's Eye of Euphrates (Dec 2022) and Al-Araby (Nov 2020) reports were not re-read. END NOT SOURCED for this site: '~2024-12' is inferred from the Russian pull-back from the front lines in northern Syria (Reuters, 14 Dec 2024).")
cite('ne-prs-tabqa-1', 'ne-src-mt-2019-10-22', 'Two Russian Mi-8 military transport helicopters and a Mi-35 helicopter gunship have landed in the Tabqa airport')
cite('ne-prs-tabqa-1', 'ne-src-sputnik-2019-10-22', 'Russian helicopters have landed in the air base in Tabqa in northern Syria, which is controlled by the Syrian forces and its allied units.')
cite('ne-prs-tabqa-1', 'ne-src-alalam-2020-02-18', 'تعزيزات عسكرية روسية وصلت يوم أمس الاثنين 17 شباط /فبراير، إلى مطار مدينة الطبقة العسكري في محافظة الرقة السورية الواقع تحت سيطرة الجيش السوري')
cite('ne-prs-tabqa-1', 'ne-src-reuters-2024-12-14', 'Russia is pulling back its military from the front lines in northern Syria')
ctl('ne-ctl-tabqa-1', 'tabqa-airbase', '1963', '2014-08-24', 'syria-gov', 'high',
    "Ba'athist state; the base held out as the army's last stronghold in Raqqa province after Tabqa city and dam fell to Islamists in Feb 2013 (LWJ).")
cite('ne-ctl-tabqa-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-tabqa-1', 'ne-src-lwj-2014-08-24', 'The city of Tabqa, which is just north of the city, and the nearby Thawra Dam have been under the control of Islamist forces since February 2013.')
ctl('ne-ctl-tabqa-2', 'tabqa-airbase', '2014-08-24', '2017-03-26', 'isis', 'high',
    "ISIS stormed the base on Sun 24 Aug 2014 (Reuters; LWJ/SOHR); de.wikipedia says the fall became known on 25 Aug. End: SDF full control late on Sun 26 Mar 2017 (Al-Masdar; UPI).")
cite('ne-ctl-tabqa-2', 'ne-src-reuters-2014-08-25', 'Islamic State militants took over Tabqa air base, in nearby Raqqa city August 24, 2014.')
cite('ne-ctl-tabqa-2', 'ne-src-almasdar-2017-03-26', "the Kurdish-led ‘Syrian Democratic Forces’ (SDF) managed to wrestle full control over Tabqa Airbase after a 24-hour long battle with ISIS insurgents.")
ctl('ne-ctl-tabqa-3', 'tabqa-airbase', '2017-03-26', '2019-10-14', 'sdf', 'high', 'Captured from ISIS by the SDF with US support; used by coalition forces until their Oct 2019 withdrawal.')
cite('ne-ctl-tabqa-3', 'ne-src-upi-2017-03-27', 'battled IS militants for about 24 hours before fully controlling the airbase on Sunday.')
cite('ne-ctl-tabqa-3', 'ne-src-almasdar-2017-03-26', 'managed to wrestle full control over Tabqa Airbase')
ctl('ne-ctl-tabqa-4', 'tabqa-airbase', '2019-10-14', '2024-12-08', 'syria-gov', 'medium',
    "The army entered Tabqa and its air base on Mon 14 Oct 2019 under the Russian-mediated SDF-Damascus deal (SANA via Xinhua; de.wikipedia); Tabqa city stayed SDF-administered. END NOT SOURCED: no report says when government forces left the base; the fall of the Assad government (8 Dec 2024) is used.")
cite('ne-ctl-tabqa-4', 'ne-src-xinhua-2019-10-14', 'State news agency SANA said the army entered Tabqa and its namesake military air base as well as the town of Ayn Issa in the countryside of Raqqa.')
cite('ne-ctl-tabqa-4', 'ne-src-dewiki-tabqa', 'Infolge der Türkischen Militäroffensive in Nordsyrien 2019 wurde der Militärflugplatz von der Syrischen Armee übernommen.')
cite('ne-ctl-tabqa-4', 'com-src-wiki-fall-assad', Q_FALL)
ctl('ne-ctl-tabqa-5', 'tabqa-airbase', '2024-12-08', '2026-01-17', 'sdf', 'low',
    "AFP (18 Jan 2026) says the airport had until then been held by Kurdish forces. START NOT SOURCED: 8 Dec 2024 (fall of Assad) is used as a proxy; the SDF took Qamishli airport in the same way on 7 Dec 2024.")
cite('ne-ctl-tabqa-5', 'ne-src-afp-2026-01-18', "Syria's army has said it captured the Tabqa military airport in Raqa province, previously held by Kurdish forces.")
ctl('ne-ctl-tabqa-6', 'tabqa-airbase', '2026-01-17', '', 'syria-transitional', 'high', "The army's Operations Command announced full control late on Sat 17 Jan 2026 (SANA via Arab News; AFP 18 Jan). Latest reporting found: 18 Jan 2026.")
cite('ne-ctl-tabqa-6', 'ne-src-arabnews-2026-01-18', 'The Syrian army has seized full control of Al-Tabqa military airport as they move to take areas east of Aleppo, the Syrian Arab News Agency reported late on Saturday.')
cite('ne-ctl-tabqa-6', 'ne-src-afp-2026-01-18', 'Their latest statement confirmed they had seized the airport pushing out the Kurdish fighters.')
evt('ne-evt-tabqa-isis-2014', '2014-08-24', 'tabqa-airbase', 'capture', 'ISIS captures Tabqa air base, the last government stronghold in Raqqa province', 'high', 'Reuters, LWJ/SOHR.')
cite('ne-evt-tabqa-isis-2014', 'ne-src-reuters-2014-08-25', 'Islamic State militants stormed the air base in northeast Syria, capturing most of it from government forces after days of fighting')
evt('ne-evt-tabqa-sdf-2017', '2017-03-26', 'tabqa-airbase', 'capture', 'US-backed SDF capture Tabqa air base from ISIS', 'high', '')
cite('ne-evt-tabqa-sdf-2017', 'ne-src-upi-2017-03-27', 'The Syrian Democratic Forces captured the Tabqa airbase in their offensive against the Islamic State')
evt('ne-evt-tabqa-saa-2019', '2019-10-14', 'tabqa-airbase', 'deployment', 'Syrian army enters Tabqa and its air base', 'high', 'SANA via Xinhua.')
cite('ne-evt-tabqa-saa-2019', 'ne-src-xinhua-2019-10-14', 'The Syrian army on Monday entered the city of Tabqa in the northern countryside of Raqqa Province')
evt('ne-evt-tabqa-ru-helis-2019', '2019-10-22', 'tabqa-airbase', 'deployment', 'Russian helicopters (two Mi-8, one Mi-35) land at Tabqa air base', 'high', 'Zvezda via The Moscow Times; Sputnik.')
cite('ne-evt-tabqa-ru-helis-2019', 'ne-src-mt-2019-10-22', 'Three Russian military helicopters have landed in the Tabqa military airfield in Syria that the United States abandoned earlier this month, Russian state media reported Tuesday.')
evt('ne-evt-tabqa-ru-mp-2020', '2020-02-17', 'tabqa-airbase', 'deployment', 'Russian Military Police reinforcements arrive at Tabqa military airport', 'low', 'Sputnik via Al-Alam (both state/partisan).')
cite('ne-evt-tabqa-ru-mp-2020', 'ne-src-alalam-2020-02-18', 'خمس عربات تقل على متنها عناصر من الشرطة العسكرية الروسية')
evt('ne-evt-tabqa-saa-2026', '2026-01-17', 'tabqa-airbase', 'capture', 'Syrian (transitional) army takes Tabqa military airport from the SDF', 'high', '')
cite('ne-evt-tabqa-saa-2026', 'ne-src-arabnews-2026-01-18', 'The Syrian army has seized full control of Al-Tabqa military airport')

# =================== KOBANI ===================
site('kobani', 'Kobani (Ayn al-Arab) Russian Military Police base', 38.3536111, 36.8910278, 'military-police', 'aleppo',
     "Russian Military Police base set up on 23-24 October 2019 under the Sochi memorandum, on dominant high ground at the border crossing a few km from Ayn al-Arab and 2 km from Turkish territory; base for Russian and joint Russian-Turkish border patrols. Russian troops left in December 2024. The exact position is not sourced; the point is the town (Wikipedia).",
     'town', name_ar='عين العرب', aliases='Kobanî; Kobane; Ayn al-Arab; Ain al-Arab')
cite('kobani', 'ne-src-wiki-kobani', 'Coordinates: 36°53′28″N 38°21′13″E / 36.8910278°N 38.3536111°E')
prs('ne-prs-kobani-1', 'kobani', '2019-10-23', '~2024-12-14', 'Russian Military Police base and border patrols (Sochi memorandum)', 'medium',
    "Start high: MoD said a Russian MP convoy arrived in Kobani on 23 Oct 2019; patrols from noon that day; the base at the border post is described by Lt Gen Igor Seritsky (TASS, 24 Oct). Still the Russian patrol base in later SOHR reports (undated). End low: only a Clash Report post of 14 Dec 2024 (via Zougla) that a US convoy entered the Kobani site, 'previously Russian military base'. No Russian statement found.")
cite('ne-prs-kobani-1', 'ne-src-tass-2019-10-23', 'The Russian military police convoy has arrived in the Syrian inhabited community of Kobani located close to the Syrian-Turkish border')
cite('ne-prs-kobani-1', 'ne-src-tass-2019-10-24', 'The base is located on the border crossing checkpoint, several kilometers away from Ayn al-Arab and two kilometers away from Turkish territory.')
cite('ne-prs-kobani-1', 'ne-src-zougla-2024-12', 'A convoy of Oshkosh M-ATV armored vehicles and U.S. military SUVs has entered Ayn al-Arab (Kobani), previously Russian military base.')
ctl('ne-ctl-kobani-1', 'kobani', '1963', '2012', 'syria-gov', 'medium', "Ba'athist state until the YPG took control in 2012 (Wikipedia).")
cite('ne-ctl-kobani-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-kobani-1', 'ne-src-wiki-kobani', "the city came under the control of the Kurdish-majority People's Protection Units (YPG) militia in 2012")
ctl('ne-ctl-kobani-2', 'kobani', '2012', '2026-02-02', 'sdf', 'high',
    "YPG (later SDF) since 2012. ISIS held part of the city during the Sep 2014-Jan 2015 siege (overlapping row ne-ctl-kobani-3). The Syrian army and Russian MP entered in Oct 2019 with Kurdish consent (overlapping low row ne-ctl-kobani-4). In Jan 2026 the city was encircled by government-affiliated forces but stayed SDF-held until the 30 Jan 2026 agreement.")
cite('ne-ctl-kobani-2', 'ne-src-wiki-kobani', "the city came under the control of the Kurdish-majority People's Protection Units (YPG) militia in 2012")
cite('ne-ctl-kobani-2', 'ne-src-k24-2026-02-02', 'without any armed confrontation with the SDF elements that have long controlled the area.')
ctl('ne-ctl-kobani-3', 'kobani', '2014-09', '2015-01-27', 'isis', 'low',
    "Partial control, overlapping ne-ctl-kobani-2: ISIS launched the siege on 13 Sep 2014 and held much of the city's eastern parts; the YPG and allies fully recaptured the city on 27 Jan 2015 (Wikipedia, Siege of Kobani). Start given at month precision.")
cite('ne-ctl-kobani-3', 'ne-src-wiki-kobani', 'From September 2014 to January 2015, the city was under siege by the Islamic State of Iraq and the Levant.')
cite('ne-ctl-kobani-3', 'ne-src-wiki-siege-kobani', 'The city of Kobanê was fully recaptured on 27 January; however, most of the remaining villages in the Kobanî Canton remained under ISIL control.')
ctl('ne-ctl-kobani-4', 'kobani', '2019-10', '2024-12-08', 'syria-gov', 'low',
    "Shared/contested, overlapping ne-ctl-kobani-2: TASS (24 Oct 2019) says the city 'came under control of the Syrian government several days ago'; Wikipedia says Kurdish forces accepted the entry of the Syrian Army and Russian MP in mid-Oct 2019. The SDF kept the administration. Government presence ended with the fall of Assad.")
cite('ne-ctl-kobani-4', 'ne-src-tass-2019-10-24', 'The city of Kobani in the east of the Aleppo Governorate came under control of the Syrian government several days ago.')
cite('ne-ctl-kobani-4', 'ne-src-wiki-kobani', 'In mid October 2019, Kurdish forces accepted the entry of the Syrian Army and Russian Military Police in a bid to stop Turkey from invading the town.')
cite('ne-ctl-kobani-4', 'com-src-wiki-fall-assad', Q_FALL)
ctl('ne-ctl-kobani-5', 'kobani', '2026-02-02', '', 'syria-transitional', 'medium',
    "About 100 Interior Ministry personnel entered Kobani at noon on 2 Feb 2026 under the 30 Jan agreement (Kurdistan24; The National saw them posted to the outskirts that morning). Integration is phased: SDF units are to form a Kobani brigade, and on 27 Feb 2026 the Aleppo Internal Security Command took over the Kobani Asayish headquarters while the city remained encircled (Kurdistan24). Medium because SDF-derived forces remained in place.")
cite('ne-ctl-kobani-5', 'ne-src-k24-2026-02-02', 'The deployment, which took place at noon on February 2, 2026, represents a tangible implementation of the recently signed agreement')
cite('ne-ctl-kobani-5', 'ne-src-k24-2026-02-27', 'the Internal Security Command of Aleppo province officially took over the Asayish Directorate building in Kobani and commenced its duties.')
cite('ne-ctl-kobani-5', 'ne-src-national-2026-02-02', 'About 15 armoured vehicles and police cars carrying about 100 Syrian internal security personnel were posted to the outskirts of Kobani on Monday morning')
evt('ne-evt-sochi-2019', '2019-10-22', '', 'agreement', 'Putin-Erdogan Sochi memorandum on north-east Syria: Russian MPs and Syrian border guards to enter the border strip', 'high', 'Precondition for the Russian posts at Kobani, Amuda, Qamishli, Tell Tamr, Ain Issa.')
cite('ne-evt-sochi-2019', 'ne-src-tass-2019-10-23', 'On October 22, Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan signed a memorandum on joint actions aimed at resolving the situation in northeastern Syria.')
evt('ne-evt-kobani-mp-2019', '2019-10-23', 'kobani', 'deployment', 'Russian Military Police convoy arrives in Kobani; border patrols begin', 'high', 'Base at the border post on high ground, 2 km from Turkey (Seritsky).')
cite('ne-evt-kobani-mp-2019', 'ne-src-tass-2019-10-24', 'the Russian military police units started patrols along the Syrian-Turkish border from the noon of October 23.')
evt('ne-evt-kobani-ru-exit-2024', '2024-12-14', 'kobani', 'withdrawal', 'US convoy reported entering the former Russian base at Kobani (Russians gone)', 'low', 'Single social-media aggregator claim (Clash Report via Zougla).')
cite('ne-evt-kobani-ru-exit-2024', 'ne-src-zougla-2024-12', 'has entered Ayn al-Arab (Kobani), previously Russian military base.')
evt('ne-evt-kobani-entry-2026', '2026-02-02', 'kobani', 'other', 'Syrian Interior Ministry forces enter Kobani under the SDF-Damascus agreement', 'high', 'Kurdistan24; The National.')
cite('ne-evt-kobani-entry-2026', 'ne-src-k24-2026-02-02', 'Units affiliated with the Syrian Ministry of Interior entered the city of Kobani on Monday')

# =================== SARRIN ===================
site('sarrin', 'Sarrin airfield (former US base south of Kobani)', 38.29972, 36.5875, 'air-base', 'aleppo',
     "Airfield and base near the town of Sarrin, about 30 km south of Kobani, the largest US-led coalition base in northern Syria until the last ~50 US troops left on 14 Nov 2019; Russian Military Police entered and guarded it and Russian Aerospace Forces helicopters were deployed there from 14-15 Nov 2019. It remained the Russian headquarters for Kobani-area patrols until December 2024. The point is Sarrin town (Wikipedia); the base position is not sourced.",
     'town', name_ar='صرين', aliases='Sarrin Airbase; Serrin; Sareen; Serin base; Kobani airfield')
cite('sarrin', 'ne-src-wiki-sarrin', 'Coordinates: 36°35′15″N 38°17′59″E')
prs('ne-prs-sarrin-1', 'sarrin', '2019-11-14', '~2024-12-14', 'Russian Military Police guard and Aerospace Forces helicopter airfield (former US base)', 'medium',
    "Start: the last ~50 coalition troops left and five Russian armoured vehicles entered (ANHA; Kurdistan24 'Thursday' = 14 Nov 2019); TASS (15 Nov) says the US left 'on Wednesday' (13 Nov) and MPs began guarding the airfield, with VKS helicopters deployed. Later SOHR reports (undated, ~2022) call it the 'Russian headquarters, near Sarin town'. End low: Clash Report post (14 Dec 2024, via Zougla) that US forces took over former Russian bases in Sarrin.")
cite('ne-prs-sarrin-1', 'ne-src-hawar-2019-11', 'The source said that five Russian armored vehicles entered the base after the complete withdrawal of Coalition Forces.')
cite('ne-prs-sarrin-1', 'ne-src-k24-2019-11-14', 'According to Kurdistan 24 reporter in Kobani, Redwan Bezar, 50 US troops left the Serin base south of Kobani.')
cite('ne-prs-sarrin-1', 'ne-src-tass-2019-11-15', 'US troops hastily left the airfield on Wednesday and Russia’s Aerospace Forces deployed its helicopters there, while military police officers began guarding the area.')
cite('ne-prs-sarrin-1', 'ne-src-almasdar-sarrin-2019', 'the Russian military took control of the Sarrin Airbase, which was recently abandoned by the U.S. Armed Forces earlier in the week.')
cite('ne-prs-sarrin-1', 'ne-src-sohr-268433', 'then headed to Russian headquarters, near Sarin town, south of Ain Al-Arab (Kobani).')
cite('ne-prs-sarrin-1', 'ne-src-zougla-2024-12', 'American forces have also taken over former Russian bases in Sarrin and Ayn Issa.')
ctl('ne-ctl-sarrin-1', 'sarrin', '1963', '2012', 'syria-gov', 'medium', "Ba'athist state. End year approximate: the government lost the Kobani region in 2012 (Kobani Wikipedia); Sarrin's own date is not sourced.")
cite('ne-ctl-sarrin-1', 'com-src-wiki-baathist-syria', Q_BAATH)
cite('ne-ctl-sarrin-1', 'ne-src-wiki-kobani', "the city came under the control of the Kurdish-majority People's Protection Units (YPG) militia in 2012")
ctl('ne-ctl-sarrin-2', 'sarrin', '2012', '2013-09', 'unknown', 'low', 'NOT SOURCED: holder of Sarrin between the breakdown of state control (2012) and the ISIS takeover in Sep 2013 (an earlier group found a Wikimapia text saying the FSA held it in 2013 and ISIS took it in Jan 2014; disputed, not re-read).')
cite('ne-ctl-sarrin-2', 'ne-src-wiki-sarrin', 'the Islamic State of Iraq and the Levant seized control of the town in September 2013.')
ctl('ne-ctl-sarrin-3', 'sarrin', '2013-09', '2015-07-27', 'isis', 'medium', 'Wikipedia: ISIS seized the town in Sep 2013; the YPG took it on 27 Jul 2015 (France 24/SOHR).')
cite('ne-ctl-sarrin-3', 'ne-src-wiki-sarrin', 'During the Syrian Civil War, the Islamic State of Iraq and the Levant seized control of the town in September 2013.')
cite('ne-ctl-sarrin-3', 'ne-src-wiki-sarrin', 'On July 27, 2015, the town came under the control of Kurdish YPG forces.')
ctl('ne-ctl-sarrin-4', 'sarrin', '2015-07-27', '', 'sdf', 'medium',
    "YPG/SDF since 27 Jul 2015 (US-led coalition used the base until Nov 2019, Russia until Dec 2024, as guests). Left open: the Kobani pocket, to which Sarrin belongs, stayed SDF-held into 2026, and the 30 Jan 2026 agreement turns its SDF units into a Kobani brigade; no report of a government takeover of Sarrin was found. Latest reporting: Feb 2026 (Kobani).")
cite('ne-ctl-sarrin-4', 'ne-src-wiki-sarrin', 'On July 27, 2015, the town came under the control of Kurdish YPG forces.')
cite('ne-ctl-sarrin-4', 'ne-src-national-2026-01-27', 'and the city of Kobani, also known as Ain Al Arab, to the west')
evt('ne-evt-sarrin-entry-2019', '2019-11-14', 'sarrin', 'deployment', 'Russian forces enter the Sarrin base after the last coalition troops leave', 'high', 'ANHA, Kurdistan24 (14 Nov); TASS (15 Nov).')
cite('ne-evt-sarrin-entry-2019', 'ne-src-k24-2019-11-14', '“last group of Americans left and destroyed everything which belonged to them. Russians took their place and raised the Russian flag.”')
evt('ne-evt-sarrin-guard-2019', '2019-11-15', 'sarrin', 'announcement', 'Russian MPs begin guarding the airfield near Kobani; VKS helicopters deployed; Reconciliation Centre branch opens in Metras', 'high', 'TASS.')
cite('ne-evt-sarrin-guard-2019', 'ne-src-tass-2019-11-15', '"Our unit has begun guarding the airfield and the military base and patrolling the perimeter," the military police inspector said.')

# =================== AL-MALIKIYAH ATTEMPTS (events without a site) ===================
evt('ne-evt-qasr-deeb-2020', '~2020-05-29', '', 'deployment', 'Russian forces set up a base in the school of Qasr Deeb village (al-Malikiyah/Derik, near the Turkey-Iraq border triangle)', 'medium',
    "SOHR (relayed by Al-Masdar on 29 May 2020): about 12 armoured vehicles and radars on the village school. SouthFront dates a new position near Qasr Deeb to 3 June. No coordinates for the village were found, so no site.")
cite('ne-evt-qasr-deeb-2020', 'ne-src-sohr-166974', 'Russian forces is setting up a new base in Qasr Deeb village in north-western Al-Malikiyah near Syria-Turkey border. The Russians installed several radars on a school in the village a few days ago.')
cite('ne-evt-qasr-deeb-2020', 'ne-src-almasdar-2020-05-29', 'The report added that the base is being setup in the village of Qasr Deeb, which is northwest of Al-Malikiyah')
cite('ne-evt-qasr-deeb-2020', 'ne-src-southfront-qasrdeeb-2020', 'On June 3, the Russian Military Police established a new position in the northeastern countryside of Syria’s al-Hasakah.')
evt('ne-evt-qasr-deeb-withdraw-2020', '2020-06-04', '', 'withdrawal', 'Russian convoy withdraws from Qasr Deeb (al-Malikiyah) to Qamishli after local protests and US interception', 'medium', "SOHR (undated) and Baladi News ('on the 4th of this month', June 2020).")
cite('ne-evt-qasr-deeb-withdraw-2020', 'ne-src-sohr-168239', 'the Russian convoy, which was stationed yesterday in Qasr Deeb village in Al-Malikiyah countryside near Turkey-Syria border, withdrew this morning')
cite('ne-evt-qasr-deeb-withdraw-2020', 'ne-src-baladi-dayrghusn-2020', 'يشار إلى أن القوات الروسية كانت انسحبت من قرية "قصر ديب" بريف بلدة المالكية، باتجاه قواعدها العسكرية في مدينة القامشلي، في 4 الشهر الجاري.')
evt('ne-evt-dayr-ghusn-2020', '~2020-06-16', '', 'deployment', 'Russian column of 15+ vehicles sets up in the primary school of Dayr Ghusn village (al-Malikiyah), leaving the next day', 'low', "Al-Khabour network via Baladi News ('today, Tuesday'); Al-Arabi al-Asil (17 Jun 2020, not cited) reports the withdrawal one day later. No coordinates; no site.")
cite('ne-evt-dayr-ghusn-2020', 'ne-src-alkhabour-dayrghusn-2020', 'إن الرتل العسكري وصل اليوم الثلاثاء من مدينة القامشلي إلى قرية دير غصن بريف المالكية، حيث اتخذ من مدرستها الابتدائية مقراً له.')
cite('ne-evt-dayr-ghusn-2020', 'ne-src-baladi-dayrghusn-2020', 'أنشأت القوات الروسية قاعدة عسكرية لها، اليوم الثلاثاء، في منطقة المالكية/ ديرك شمال شرق الحسكة.')
evt('ne-evt-abu-rasin-2020', '2020-01-13', '', 'deployment', 'Russian forces deploy around Abu Rasin (Zarkan) and fix a point with the Russian flag on the government-Turkish line of contact; a second point follows', 'medium', 'SOHR (Arabic). No coordinates for Abu Rasin were found, so no site.')
cite('ne-evt-abu-rasin-2020', 'ne-src-sohr-ar-355501', 'رصد المرصد السوري لحقوق الإنسان، اليوم، انتشار قوات روسية في ريف بلدة أبو راسين في محافظة الحسكة، في حين تم تثبيت نقاط عسكرية ورفع العلم الروسي عليها.')
cite('ne-evt-abu-rasin-2020', 'ne-src-sohr-ar-355677', 'علم المرصد السوري لحقوق الإنسان، اليوم، أن القوات الروسية أنشأت نقطة عسكرية ثانية في محيط بلدة “أبو راسين” في ريف الحسكة.')
evt('ne-evt-ne-pullback-2024', '2024-12-14', '', 'withdrawal', 'Russia pulls its military back from the front lines in northern Syria toward its coastal bases (Reuters)', 'medium', 'General; no named north-eastern site except by implication. Qamishli stayed.')
cite('ne-evt-ne-pullback-2024', 'ne-src-reuters-2024-12-14', 'Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains but is not leaving its two main bases in the country after the fall of President Bashar al-Assad')
evt('ne-evt-sdf-raqqa-exit-2026', '2026-01-18', '', 'agreement', 'Ceasefire: the SDF agrees to leave Raqqa and Deir ez-Zor provinces; the army enters Raqqa city', 'medium', 'Reuters via UNN and Devdiscourse.')
cite('ne-evt-sdf-raqqa-exit-2026', 'ne-src-unn-2026-01-19', 'Under the terms of the ceasefire agreement, SDF forces agreed to leave the provinces of Raqqa and Deir ez-Zor.')
cite('ne-evt-sdf-raqqa-exit-2026', 'ne-src-devdiscourse-2026-01-18', 'Syrian government troops made a significant advancement on Sunday by entering the city of Raqqa.')

# ---- additions
cite('ne-prs-ain-issa-1', 'ne-src-rozana-2019-12-07', 'إنهم وافقوا على انتشار القوات الروسية في مدينة عامودا وبلدة تل تمر شمال الحسكة، وبلدة عين عيسى')
cite('ne-prs-amuda-1', 'ne-src-rozana-2019-12-07', 'إنهم وافقوا على انتشار القوات الروسية في مدينة عامودا وبلدة تل تمر شمال الحسكة، وبلدة عين عيسى')
cite('ne-prs-tell-tamr-1', 'ne-src-sputnikar-2020-01-14', 'قبل أن تنتشر على الطريق الواصل بين بلدتي تل تمر غربي الحسكة وأبو راسين جنوب شرقي مدينة رأس العين شمالي الحسكة ولمسافة تمتد لـ 25 كم.')
cite('ne-evt-abu-rasin-2020', 'ne-src-sputnikar-2020-01-14', 'وأضاف المراسل أن هذا الانتشار للشرطة العسكرية الروسية يشكل حداً فاصلاً بين مواقع سيطرة الجيش العربي السوري في بلدة أبو راسين ومواقع سيطرة الجيش التركي')
cite('ne-prs-kobani-1', 'ne-src-hawar-kobani-2019', 'Our correspondents in the city said that the forces that entered the city stationed in the radio area west of Kobani, opposite the Turkish border.')
evt('ne-evt-ain-issa-brigade93-2019', '~2019-12', 'ain-issa', 'deployment', 'Russian reinforcements (10 closed vehicles with Russian soldiers) enter the 93rd Brigade headquarters near Ain Issa, coming from Manbij', 'medium',
    "Radio Rozana (7 Dec 2019): 'days ago'. The 93rd Brigade base lies near Ain Issa (Syria Direct: 'near the town of Ain Issa'); it is not mapped separately for lack of coordinates. An undated Halab Today item lists Brigade 93 and Division 17 (Raqqa) among five Russian sites in Raqqa province.")
cite('ne-evt-ain-issa-brigade93-2019', 'ne-src-rozana-2019-12-07', 'وكانت تعزيزات روسية ضخمة، مؤلفة من 10 عربات عسكرية مغلقة، تحمل جنودا روس، دخلت إلى مركز "اللواء 93" قبل أيام، قادمة من مدينة منبج في ريف حلب الشرقي.')
evt('ne-evt-shirkrak-2019', '~2019-11', '', 'deployment', 'Russian forces reach the Shirkrak silos (north-east of Ain Issa, on the M4) to set up a joint point with the Turkish side under the Sochi arrangements', 'low',
    "SOHR (undated, after 18 Nov 2019). The silos were to be handed to Russian forces under the Sochi arrangements; Turkish-backed factions had taken them days earlier. Rozana (7 Dec 2019) reports a new joint Russian-Turkish patrol near the silos. No coordinates; not mapped.")
cite('ne-evt-shirkrak-2019', 'ne-src-sohr-ar-347500', 'علم المرصد السوري لحقوق الإنسان أن قوات روسية وصلت خلال الساعات الفائتة إلى صوامع شركراك')
cite('ne-evt-shirkrak-2019', 'ne-src-rozana-2019-12-07', 'بدأت القوات الروسية، اليوم السبت، بتسيير دورية مشتركة جديدة مع القوات التركية على الطريق الدولي قرب صوامع الشركراك شمال شرق ناحية عين عيسى بريف الرقة.')
evt('ne-evt-qamishli-nadi-2019', '~2019-11', 'qamishli-airport', 'deployment', "Russian forces take over the 'al-Nadi al-Zera'i' (agricultural club) resort near Qamishli airport as a headquarters", 'low', 'SOHR (undated, Nov 2019 by context). Probably one of the three Qamishli points Rudaw mentions in Jan 2026; not mapped separately.')
cite('ne-evt-qamishli-nadi-2019', 'ne-src-sohr-146163', 'the Russian forces imposed their control over a resort called “Al-Nadi Al-Zera’i” in Al-Qamishli near the are of the airbase, in order to be taken as their headquarters')
