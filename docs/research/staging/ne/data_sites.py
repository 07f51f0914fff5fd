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
