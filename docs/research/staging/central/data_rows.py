# ======================= SITES =======================
site("hama-airbase", 36.711186, 35.118156, "Hama Military Airport", "Военный аэродром Хама", "مطار حماة العسكري",
     "Hama Air Base; Hama airbase; OS58; 14th Air Brigade base", "air-base", "hama",
     "Syrian Air Force base on the western edge of Hama city. A leaked June 2017 document (Enab Baladi) shows Russian forces being given a paved area inside the 14th Air Brigade base; Ukrainian intelligence said Russian forces evacuated Hama on about 2 December 2024. HTS-led forces took the base on 5 December 2024. The point is the Wikipedia infobox coordinate of the airfield.", "exact")
C("hama-airbase", "central-src-wiki-hama-airport-2020", "Coordinates: 35°07′05″N 36°42′40″E / 35.118156°N 36.711186°E / 35.118156; 36.711186")
site("shayrat", 36.908889, 34.49, "Shayrat Airbase", "Авиабаза Шайрат", "مطار الشعيرات العسكري",
     "al-Shayrat; Sha'irat; Shairat; asch-Schaʿirat; 50th Air Brigade", "air-base", "homs",
     "Syrian Air Force base about 30 km south-east of Homs that the government never lost. Russian helicopters deployed there from early November 2015 and Russian stop-over use was reported up to the US strike of April 2017; Reuters sources said in November 2022 that Russia had expanded the base over the previous three years and used it. The point is the de.wikipedia infobox coordinate.", "exact")
C("shayrat", "central-src-wiki-shairat-de", "Koordinaten: 34° 29′ 24″ N, 36° 54′ 32″ O")
C("shayrat", "central-src-wiki-shairat-de", "Der Flugplatz liegt südöstlich von Homs bei asch-Schaʿirat und ist einer der wichtigsten Stützpunkte der syrischen Luftstreitkräfte.")
site("t4-tiyas", 37.62972, 34.5225, "Tiyas Military Airbase (T-4)", "Авиабаза Тияс (Т-4)", "مطار التيفور العسكري",
     "T-4; T4; Tiyas; Tayfour; Tifor; al-Tiyas", "air-base", "homs",
     "Largest air base in Syria, between Homs and Palmyra. Russian helicopters used it from November 2015; Russian units left for Palmyra airport and the Mahin depots in February 2021 after Iranian-backed militias refused to leave, and Russian helicopters returned in April 2022. The point is the Wikipedia infobox coordinate.", "exact")
C("t4-tiyas", "central-src-wiki-tiyas", "Koordinaten 34°31′21″N 37°37′47″E / 34,52250°N 37,62972°E")
C("t4-tiyas", "central-src-wiki-tias-uk", "34°31′21″ пн. ш. 37°37′47″ сх. д.")
site("palmyra-airport", 38.316898, 34.5574, "Palmyra military airport (Tadmur)", "Аэродром Пальмира (Тадмор)", "مطار تدمر العسكري",
     "Palmyra Airport; Tadmur Airport; Camp Mermoz; PMS; OSPR", "air-base", "homs",
     "Military airport just east of the town of Tadmur (Palmyra). Russian forces took it over from Iranian-backed militias in February 2021 and kept troops and helicopters there until 21 April 2022 (SOHR). Earlier claims of a Russian base here (2013, 2016, 2020) are single reports. The point is the airport database coordinate (OSPR).", "exact")
C("palmyra-airport", "central-src-wwadb-ospr", "Municipality: Tadmur … Latitude: 34.5574000 … Longitude: 38.3168980")
C("palmyra-airport", "central-src-wiki-palmyra-airport", "Palmyra Airport (مطار تدمر), also formerly known as Tadmur Airport and Camp Mermoz, is a military airport serving Palmyra, a small city in Syria.")
site("palmyra-camp", 38.26722, 34.56, "Russian military camp at Palmyra (2016)", "Российский военный лагерь в Пальмире", "المعسكر الروسي في تدمر",
     "Russian base in Palmyra; Russian encampment Palmyra; deminers' camp", "army-base", "homs",
     "Camp built by the Russian military in spring 2016 inside the protected zone of the UNESCO site of ancient Palmyra; Russia called it a temporary camp for deminers. It was lost when ISIS retook Palmyra on 11 December 2016. No source gives its coordinates, so the point is the town of Tadmur.", "town")
C("palmyra-camp", "central-src-wiki-tadmur", "Coordinates: 34°33′36″N 38°16′2″E / 34.56000°N 38.26722°E")
C("palmyra-camp", "central-src-ap-scmp-2016-05", "Russia has built a military encampment inside a zone that holds the UNESCO world heritage site in the ancient Syrian town of Palmyra")
site("central-tadmur-town", 38.26722, 34.56, "Russian headquarters and posts in Tadmur town", "Российский штаб в Тадморе (Пальмире)", "المقرات الروسية في مدينة تدمر",
     "Palmyra hotels district HQ; Political Security building (Tadmur); hippodrome square gathering point; Wagner checkpoint north gate", "army-base", "homs",
     "Russian command posts inside the modern town of Tadmur reported by opposition media and SOHR: the hotels district (Nov 2016), a Wagner checkpoint at the northern gate (2020–2021), the former Political Security building (from Feb 2021) and a gathering point at the hippodrome square near the castle (partial withdrawal 2022). No coordinates are given for any of them, so the point is the town.", "town")
C("central-tadmur-town", "central-src-wiki-tadmur", "Coordinates: 34°33′36″N 38°16′2″E / 34.56000°N 38.26722°E")
site("central-qaryatayn-base", 37.240556, 34.229444, "Russian base in al-Qaryatayn (former Air Force Intelligence building)", "Российская база в Эль-Карьятайне", "القاعدة الروسية في القريتين",
     "al-Qaryatayn; Qaryatain; Air Force Intelligence building", "army-base", "homs",
     "Opposition media (citing the Ayn al-Furat network) reported in early 2021 that about 25 Russian troops with five vehicles moved into the former Air Force Intelligence building in al-Qaryatayn to check Iranian expansion. No later report was found. The point is the town.", "town")
C("central-qaryatayn-base", "central-src-wiki-qaryatayn-ru", "34°13′46″ s. Sch. 37°14′26″ Zoll. E.")
C("central-qaryatayn-base", "central-src-almoharrer-qaryatayn", "وتمركزتْ في مبنى المخابرات الجوية سابقاً في مدينة القريتين.")
site("central-mahin-depots", 37.05889, 34.2425, "Mahin military depots (Russian-supervised)", "Склады в Мехине", "مستودعات مهين",
     "Mahin depots; Maheen; Mheen; Mahin gas plant", "depot", "homs",
     "One of Syria's largest army weapons and ammunition depots, near the town of Mahin south-east of Homs. Russian units moved there from T4 in February 2021 and supervised the depots until they withdrew towards Palmyra airport in late March 2022. No coordinate is given for the depots, so the point is the town.", "town")
C("central-mahin-depots", "central-src-wiki-mahin-2024", "座標: 34°14′33″N 37°3′32″E / 34.24250°N 37.05889°E")
C("central-mahin-depots", "central-src-syriatv-mahin-2022-03-29", "انسحبت القوات الروسية من \"مستودعات مهين\" شرقي حمص، والتي أشرفت عليها طوال السنوات الماضية، والتي تعتبر ثاني أكبر المستودعات العسكرية في سوريا")
site("central-rastan-mp-post", 36.733, 34.917, "Russian military police observation post, al-Rastan", "Наблюдательный пост военной полиции РФ в Эр-Растане", "نقطة مراقبة للشرطة العسكرية الروسية في الرستن",
     "al-Rastan; ar-Rastan; Rastan", "military-police", "homs",
     "Observation post set up by Russian military police in al-Rastan after the May 2018 surrender of the northern Homs pocket, announced by the Russian Reconciliation Centre in June 2018. Only the town is known.", "town")
C("central-rastan-mp-post", "central-src-wiki-rastan", "Coordinates: 34°55′N 36°44′E / 34.917°N 36.733°E")
site("central-talbiseh-mp-post", 36.73333, 34.83333, "Russian military police observation post, Talbiseh", "Наблюдательный пост военной полиции РФ в Тальбисе", "نقطة مراقبة للشرطة العسكرية الروسية في تلبيسة",
     "Talbiseh; Talbisa; Tell Bisa", "military-police", "homs",
     "Observation post set up by Russian military police in Talbiseh after the May 2018 surrender of the northern Homs pocket, announced by the Russian Reconciliation Centre in June 2018. Only the town is known.", "town")
C("central-talbiseh-mp-post", "central-src-wiki-talbiseh", "Coordinates: 34°50′0″N 36°44′0″E / 34.83333°N 36.73333°E")
site("central-kafr-laha-mp-post", 36.5, 34.88306, "Russian military police posts in al-Houla (Kafr Laha)", "Посты военной полиции РФ в Эль-Хуле (Кафр-Лаха)", "نقاط الشرطة العسكرية الروسية في الحولة (كفرلاها)",
     "Kafr Laha; Kfarlaha; al-Houla; Houla; Tal Dahab", "military-police", "homs",
     "Observation points and two checkpoints set up by Russian military police in the Houla area (Kafr Laha and Tal Dahab) in late May 2018 under the northern Homs surrender deal. The point is Kafr Laha, the largest Houla town.", "town")
C("central-kafr-laha-mp-post", "central-src-wiki-kafr-laha-2017", "Coordinates: 34°52′59″N 36°30′0″E / 34.88306°N 36.50000°E")
site("central-masyaf-air-defence", 36.343478, 35.066219, "Russian-controlled air-defence base north-west of Masyaf", "Российская позиция ПВО у Масьяфа", "القاعدة الروسية شمال غربي مصياف",
     "Masyaf; Misyaf; Masyaf air-defence regiment", "air-defence", "hama",
     "Air-defence base north-west of Masyaf where ImageSat (Oct 2018) located the first Syrian S-300 site within 1.3 km of a Russian S-400 battery; Ynet (Feb 2019) said the S-300 batteries were still believed to be in Russian hands, and an opposition faction later shelled the 'Russian base' there. Only the town is known, so the point is Masyaf.", "town")
C("central-masyaf-air-defence", "central-src-syriaphotoguide-masyaf", "Coordinates: 35°03’58.39″N / 36°20’36.52″E")
site("central-mhardeh-camp", 36.583333, 35.25, "Russian camp near Mhardeh", "Российский лагерь у Мхарде", "المعسكر الروسي قرب محردة",
     "Mhardeh; Mahardah; Muhradah; Maharda; veterinary college camp", "army-base", "hama",
     "Camp for Russian military police built in June 2017 near the veterinary college close to Mhardeh, north-west of Hama, to monitor the de-escalation line; a Russian 'control and monitoring centre' in Mhardeh was reported in September 2017. Only the town is known.", "town")
C("central-mhardeh-camp", "central-src-wiki-mhardeh-de", "Coordinates: 35 ° 15 ′  N , 36 ° 35 ′  E")
C("central-mhardeh-camp", "central-src-rozana-2017-06-17", "وذكرت مصادر ميدانية متطابقة أن المخيم الجديد يقع بالقرب من كلية البيطرة في ريف حماة الشمالي، ويكون بذلك قرب مدينة محردة.")
# ======================= PRESENCE =======================
P("central-prs-hama-airbase-1","hama-airbase","~2017-06","~2024-12-02","russia","Russian forces quartered at the 14th Air Brigade base (area prepared for them)","low",
  "Start (first report): a leaked document from early June [2017] (Enab Baladi, undated page) asks for a 130 x 30 m paved area with water and power 'for the Russian friends' in the 14th Air Brigade at Hama military airport. End: Ukraine's military intelligence said on 2 Dec 2024 that Russian forces evacuated from Hama to Khmeimim (Euromaidan Press); the airport is not named. An undated SOHR one-liner (via Vetogate) says Russian forces withdrew from the airport on some Saturday, so there may have been an earlier withdrawal. Continuity 2017–2024 is NOT documented. A 2015 Fox News report of a Russian 'forward operating base' at Hama was not used: its original URL was not found.")
C("central-prs-hama-airbase-1","central-src-enab-156663","لصالح الأصدقاء الروس في اللواء 14جوي مقاتل (مطار حماة العسكري)”.")
C("central-prs-hama-airbase-1","central-src-euromaidan-2024-12-02","According to HUR, Russian forces evacuated from Hama to their Khmeimim airbase in Syria’s northwest")
C("central-prs-hama-airbase-1","central-src-vetogate-sohr-hama","أعلن المرصد السوري، في بيان صادر عنها اليوم السبت، أن القوات الروسية انسحبت من مطار حماة العسكري في سوريا.")

P("central-prs-shayrat-1","shayrat","2015-11","~2017-04","russia","Russian helicopter detachment and stop-over use","medium",
  "Start: ISW (1 Dec 2015) says Russia deployed helicopter gunships to Shayrat in early November 2015; Al Jazeera (3 Dec 2015, opposition sources) says Russia began building a base inside Shayrat. TASS (7 Apr 2017) only concedes occasional stop-over use since 2015 and says the Russian MoD dismissed reports of a new base. End: Sputnik Brasil (7 Apr 2017) says a small group of Russian helicopters was stationed there temporarily in March and April 2017 but no Russian equipment was there at the time of the US strike. Continuity between early 2016 and March 2017 is not documented.")
C("central-prs-shayrat-1","central-src-isw-2015-12-01","Russia previously deployed helicopter gunships to the facility in early November in response to advances by ISIS which threatened the strategic M5 Highway connecting Damascus to Homs City.")
C("central-prs-shayrat-1","central-src-aljazeera-2015-12-03","تفيد بأن روسيا بدأت العمل على إنشاء قاعدة عسكرية داخل مطار الشعيرات في ريف حمص الجنوبي الشرقي بهدف تعزيز تواجدها وسط سوريا.")
C("central-prs-shayrat-1","central-src-tass-2017-04-07","According to media reports, the Russian aerospace forces occasionally used Shayrat as a stopover base since 2015.")
C("central-prs-shayrat-1","central-src-sputnikbr-2017-04-07","Além disso, em março e abril aqui esteve temporariamente estacionado um pequeno grupo de helicópteros russos Mi-28N, Ka-52, Mi-8 e Mi-24P. No momento do ataque não havia equipamento militar russo.")
P("central-prs-shayrat-2","shayrat","~2019-11","~2024-12","russia","Russian use of the base; runway and underground shelters expanded; Russian forces stationed nearby","medium",
  "Reuters military and security sources (via The Jerusalem Post and Haaretz, 13 Nov 2022): the runway and underground facilities were greatly expanded by the Russian military 'in the last three years' (start ~Nov 2019 is derived from that phrase) and Russia has forces stationed near the base and uses it. END IS NOT SOURCED for Shayrat itself: it is set to the general Russian pull-back to Khmeimim and Tartus in December 2024 (SOHR via SOT Kurdistan; UAWire).")
C("central-prs-shayrat-2","central-src-jpost-2022-11","The runway and underground facilities at Shayrat, including aircraft shelters, have undergone a major expansion by the Russia military in the last three years, the military source said.")
C("central-prs-shayrat-2","central-src-jpost-2022-11","Russia, which maintains a major military presence in Syria, has forces stationed near to Shayrat air base and uses the base, security sources say.")
C("central-prs-shayrat-2","central-src-haaretz-2022-11-13","A Syrian army source, who was not authorized to speak publicly, said that the air base's runway and underground facilities have undergone a major expansion by the Russia military in the last three years.")
C("central-prs-shayrat-2","central-src-sotkurdistan-2024-12-25","منذ ما قبل هروب بشار الأسد في 8 كانون الأول، بعد أن نقلت وحداتها العسكرية وكبار العسكريين والعاملين الدبلوماسيين.")

P("central-prs-t4-1","t4-tiyas","2015-11","2021-02-17","russia","Russian helicopter detachment and forward use of the base","medium",
  "Start: a Pentagon representative said on 3 Nov 2015 that five Russian Mi-24s had been moved to Tiyas (it.wikipedia, citing NBC News); TRT World (undated, late 2015) relays SOHR that Russians were using the base for helicopter sorties; The Guardian (24 May 2016) calls it an airbase 'used by Russian forces'. End: withdrawal began on 15 Feb 2021 and was to be completed on 17 Feb (Ayn al-Furat via the 16 Feb 2021 digest); MK (17 Feb 2021) relays Syrian media on the pull-out toward Palmyra airport. Iranian IRGC and Hezbollah were also on the base (MK).")
C("central-prs-t4-1","central-src-wiki-tiyas-it-diff","Il 3 novembre 2015, un rappresentante del [[Pentagono (edificio)|Pentagono]] dichiarò che, secondo i loro dati, cinque elicotteri [[Mil Mi-24|Mi-24]]")
C("central-prs-t4-1","central-src-trt-shayrat","The UK-based Syrian Observatory for Human Rights (SOHR) also revealed on Thursday that the Russians were now using the Al Tayas Air Base near the DAESH-held ancient city of Palmyra to host its helicopter sorties.")
C("central-prs-t4-1","central-src-guardian-2016-05-24","The attack on 14 May targeted a strategically significant airbase in central Syria used by Russian forces")
C("central-prs-t4-1","central-src-syriaarabspring-2021-02-16","反体制系のアイン・フラート(2月16日付)は、複数の地元筋の話として、ロシア軍が2 月15日、ヒムス県中部のT4航空基地(タイフール航空基地、ティヤース航空基地)に駐留させていた部隊の撤退を開始したと伝えた。")
C("central-prs-t4-1","central-src-mk-2021-02-17","Сирийские СМИ сообщают о выводе подразделений ВС России с авиабазы Т4 в провинции Хомс в направлении аэропорта города Пальмиры.")
P("central-prs-t4-2","t4-tiyas","2022-04-21","~2024-12","russia","Russian helicopters and troops redeployed from Palmyra airport","low",
  "Start: SOHR reported that the Russian helicopters and troops leaving Palmyra airport headed to T4 (Tifor); SOHR dates that withdrawal to 21 April (2022). Continuity 2022–2024 is NOT documented. End: not sourced for T4 itself; set to the general Russian pull-back of December 2024 (SOHR via SOT Kurdistan; UAWire). The Syrian army abandoned T4 around 7 Dec 2024 (Wikipedia).")
C("central-prs-t4-2","central-src-sohr-248122","Russian helicopters and forces that have left Palmyra airport headed to Tifor airport in the countryside of Homs")
C("central-prs-t4-2","central-src-sohr-248441","The Syrian Observatory for Human Rights indicated on April 21 that the Russian forces withdrew completely from the Palmyra military airport in the eastern countryside of Homs")
C("central-prs-t4-2","central-src-uawire-2024-12-14","Additionally, the UK’s Channel 4 recently aired a report detailing the withdrawal of Russian convoys from east Syria towards the Russian bases of Khmeimim and Tartus.")

P("central-prs-palmyra-airport-1","palmyra-airport","2021-02-16","2022-04-21","russia","Russian forces base (troops, military police, helicopters, Wagner contractors), taken over from Iranian-backed militias","medium",
  "Start: Russian trucks and vehicles withdrawn from T4 entered Palmyra military airport on Tuesday [16 Feb 2021] at 2 pm (Ayn al-Furat via Jesr Press; the day follows from the digest of 16 Feb 2021 and MK of 17 Feb 2021); Iranian militias then left the airport 'on Friday' in a site swap (Jesr Press; Al-Moharrer). Al-Mashareq (21 Dec 2021) reports Russian Su-24 jets and Ka-226/Mi-35M helicopters at the airport; SOHR reports 8 Russian helicopters arriving in Dec 2021. End: SOHR — all Russian troops and helicopters left for T4 and Hezbollah/Fatemiyoun took over; SOHR dates this to 21 April (2022). All start sources relay one local network (Ayn al-Furat), hence medium.")
C("central-prs-palmyra-airport-1","central-src-jesrpress-87780","ودخلت العربات والشاحنات المنسحبة مطار تدمر العسكري، عند الساعة الـ2 عصراً، عبر الطريق الشرقي، بحسب الشبكة.")
C("central-prs-palmyra-airport-1","central-src-jesrpress-iran-palmyra","انسحبت المليشيات الإيرانية، أمس الجمعة، من مطار تدمر العسكري بريف حمص، لصالح القوات الروسية.")
C("central-prs-palmyra-airport-1","central-src-almoharrer-palmyra-2021","وأشارت الشبكة إلى أنَّ مطار تدمر العسكري بات تحت سيطرة الاحتلال الروسي بشكل كامل")
C("central-prs-palmyra-airport-1","central-src-almashareq-2021-12-21","وأضاف صالح أن الطائرات العسكرية الروسية التي وصلت إلى المطار وبقيت فيه تضم طائرات مقاتلة من طراز سوخوي 24 ومروحيات من طراز كا-226 ومي-35إم.")
C("central-prs-palmyra-airport-1","central-src-sohr-248122","Reliable sources have informed SOHR that Russian forces have withdrawn completely from Palmyra military airport in the eastern countryside of Homs")
C("central-prs-palmyra-airport-1","central-src-sohr-248441","The Syrian Observatory for Human Rights indicated on April 21 that the Russian forces withdrew completely from the Palmyra military airport in the eastern countryside of Homs")

P("central-prs-palmyra-camp-1","palmyra-camp","~2016-05","2016-12-11","russia","Russian military camp (deminers' housing units; offices and clinics)","high",
  "Start = first report (AP, May 2016): Russia 'has built' the camp inside the UNESCO protected zone; the Russian military called it temporary, housing explosives experts removing mines, built with Syrian government approval; the head of Syria's antiquities department said he would not have given permission. The earlier ASOR imagery dates (30 Mar / 22 Apr 2016) were not re-read here. End: ISIS retook Palmyra on 11 Dec 2016 (Infoplease/AP); reuse after March 2017 is not sourced.")
C("central-prs-palmyra-camp-1","central-src-ap-scmp-2016-05","The Russian military described the camp Tuesday as “temporary,” saying its few housing units were being used by explosives experts who are removing mines left behind by the militants")
C("central-prs-palmyra-camp-1","central-src-infoplease-2016-12","On Dec. 11, 2016, The Islamic State of Iraq and Syria (ISIS) retook the city of Palmyra in Syria.")

P("central-prs-tadmur-town-1","central-tadmur-town","~2016-11","2016-12-11","russia","Russian command headquarters in the hotels district of Tadmur","low",
  "Orient News (28 Nov 2016, military sources): Russian forces control the hotels district of Tadmur and use it as their command HQ, having expanded the garrison into a base. It may overlap with the 2016 camp (palmyra-camp); the sources do not say. End: ISIS retook the town on 11 Dec 2016.")
C("central-prs-tadmur-town-1","central-src-orient-2016-11-28","وتسيطر القوات الروسية على منطقة الفنادق في تدمر وتتخذ منها مقراً لقيادة القوات الروسية هناك")
C("central-prs-tadmur-town-1","central-src-infoplease-2016-12","On Dec. 11, 2016, The Islamic State of Iraq and Syria (ISIS) retook the city of Palmyra in Syria.")
P("central-prs-tadmur-town-2","central-tadmur-town","~2020-08","~2021-12-21","russia","Wagner Group (Russian PMC) checkpoint at the northern gate / 'security square' of Tadmur","low",
  "Wagner is a Russian private military company, not the Russian armed forces; recorded under operator russia with this note. Start: Syria TV (undated, August 2020 by content) describes photos of a Wagner checkpoint at the northern gate of Tadmur. End = latest report found (Al-Mashareq, 21 Dec 2021: Wagner members at the northern entrance near their 'security square'), not a reported withdrawal.")
C("central-prs-tadmur-town-2","central-src-syriatv-wagner-2020","في حين أظهرت الصور وجود حاجز خاص بـ\"فاغنر\" عند البوابة الشمالية لمدينة تدمر")
C("central-prs-tadmur-town-2","central-src-almashareq-2021-12-21","حيث ينتشر عناصر مجموعة فاغنر عند مدخلها الشمالي القريب من \"مربعها الأمني\".")
P("central-prs-tadmur-town-3","central-tadmur-town","~2021-02","~2022","russia","Russian HQ in the former Political Security building; Russian gathering point at the hippodrome square near Palmyra castle","low",
  "Start: Syrian Press Center (undated; 'Thursday 4 February', i.e. 2021 by inference) — Russian forces began turning the regime's Political Security building in Tadmur into their HQ. End: SOHR (undated, 2022 by content) reports a PARTIAL withdrawal of Russian vehicles from the Russian gathering point at the hippodrome square near the castle, linked to the war in Ukraine; full end not sourced. Whether the two facilities coexisted is not stated.")
C("central-prs-tadmur-town-3","central-src-syrianpc-2021-02","بدأت القوات الروسية بتحويل مبني الأمن السياسي التابع للنظام في تدمر لمقرٍ عسكريٍّ لعناصر القوات الروسية بهدف تحجيم التمدد الإيراني")
C("central-prs-tadmur-town-3","central-src-sohr-484987","حيث عمدت عدة آليات عسكرية روسية على الانسحاب خلال الساعات الفائتة من مركز تجمع الروس في “ساحة مضمار الخيل” قرب قلعة تدمر شرقي حمص")

P("central-prs-qaryatayn-1","central-qaryatayn-base","~2021-01","~2021-02","russia","Russian detachment (about 25 troops, 5 vehicles) in the former Air Force Intelligence building","low",
  "Both sources relay the Ayn al-Furat network and are undated; 'end of January' with 'Thursday 4 February' fits 2021 (inference). Described as the first Russian presence in Qaryatayn, aimed at limiting Iranian-backed militias. End = latest report found, not a reported withdrawal.")
C("central-prs-qaryatayn-1","central-src-syrianpc-2021-02","وبدأت القوات الروسية نهاية كانون الثاني الماضي، بتحويل مبنى المخابرات الجوية في مدينة القريتين جنوب شرق حمص قاعدةً روسيةً لعناصرها")
C("central-prs-qaryatayn-1","central-src-almoharrer-qaryatayn","وأشارت الشبكة أنَّ التواجد الروسي في القريتين هو الأوّلُ من نوعه")

P("central-prs-mahin-1","central-mahin-depots","~2021-02","~2022-03-29","russia","Russian military police, Wagner and 5th Corps detachment supervising the Mahin depots","medium",
  "Start = first report: Russian units leaving T4 moved to the Mahin gas plant and depots on 15–16 Feb 2021 (Ayn al-Furat via the digest and Jesr Press). Syria TV says Russia had supervised the depots 'throughout the past years', so presence may be older. End: 12 Russian vehicles and 115 Russian police and Wagner members withdrew toward Palmyra airport in the 48 hours before 29 March 2022 (Syria TV; Watan FM); Enab Baladi (citing Asharq Al-Awsat) calls it a complete withdrawal handed to Hezbollah and the 4th Division. SOHR (undated, 2022) still mentions vehicles being pulled out of the Mahin area.")
C("central-prs-mahin-1","central-src-syriaarabspring-2021-02-16","撤退は17日に完了する予定で、部隊は、マヒーン町のガス工場・倉庫に移動しているという。")
C("central-prs-mahin-1","central-src-jesrpress-87780","واصلت القوات الروسية أمس الثلاثاء، عملية انسحابها من مطار الـ”T4″ (التيفور) العسكري بالبادية السورية، إلى مطار تدمر العسكري ومستودعات مهين.")
C("central-prs-mahin-1","central-src-syriatv-mahin-2022-03-29","تم سحبهم خلال الـ 48 ساعة الأخيرة من مستودعات مهين العسكرية شرقي حمص")
C("central-prs-mahin-1","central-src-watan-169872","انسحبت القوات الروسية من مستودعات مهين جنوب شرقي حمص، والتي أشرفت عليها خلال السنوات الماضية")
C("central-prs-mahin-1","central-src-enab-563027","عقب انسحاب كامل للقوات الروسية و”الفيلق الخامس” الموالي لها، باتجاه مطار “تدمر” العسكري، استمر لعدة أيام.")
C("central-prs-mahin-1","central-src-sohr-484987","بالإضافة لسحب آليات من منطقة مهين ببادية حمص")

for sid, town in (("central-rastan-mp-post","Rastan"),("central-talbiseh-mp-post","Talbiseh")):
    pid = "central-prs-" + sid.replace("central-","").replace("-mp-post","") + "-1"
    P(pid, sid, "~2018-06-03", "~2018-07", "russia", "Russian military police observation post", "medium",
      "Start = first report: on 3 June 2018 (Shaam) / a Saturday (SY24) the head of the Russian Reconciliation Centre, Aleksey Tsygankov, said new observation points had been set up in Rastan, Kafr Laha, Talbiseh, Zaafaraniyah, Harat al-Turkman and Qarabis (Homs) and Qasraya (Hama); the MoD announced the Rastan and Talbiseh posts again on Tuesday 12 June (Enab Baladi; Shaam 13 June 2018). End = latest report found (Watan FM, July 2018, recalling the mid-June decision), not a reported withdrawal. An undated Ghorba News item says Russian MP left several points in northern Homs for al-Qusayr in breach of the 6-month term; it was not used as a row. Official MoD statement relayed by several outlets; medium because the end is unknown.")
    C(pid, "central-src-shaam-2018-06-13", "أعلن مايسمى \"المركز الروسي للمصالحة\" في سوريا، أن الشرطة العسكرية الروسية أقامت نقاط مراقبة في مدينتي الرستن وتلبيسة بريف حمص لتسجيل العائدين إلى المنطقة ومنع وقوع استفزازات")
    C(pid, "central-src-shaam-2018-06-13", "وفي الثالث من حزيران، بين رئيس المركز التابع لوزارة الدفاع الروسية، أليكسي تسيغانكوف، أن نقاط المراقبة الجديدة أقيمت في \"الرستن وكفرلاها وتلبيسة والزعفرانة وحارة التركمان والقرابيص\" بحمص")
    C(pid, "central-src-enab-2018-06-rastan", "أعلنت وزارة الدفاع الروسية إنشاء نقاط مراقبة في كل من مدينتي الرستن وتلبيسة في ريف حمص الشمالي.")
    C(pid, "central-src-sy24-16218", "أن نقاط المراقبة الجديدة أقيمت في (الرستن وكفرلاها وتلبيسة والزعفرانة وحارة التركمان والقرابيص) بحمص وقرية (قصرايا) بمحافظة حماة")
    C(pid, "central-src-watan-50248", "قررت منتصف شهر حزيران الماضي، إنشاء نقاط مراقبة في كل من مدينتي “الرستن وتلبيسة”، في ريف حمص الشمالي")

P("central-prs-kafr-laha-1","central-kafr-laha-mp-post","~2018-05-26","~2018-06-13","russia","Russian military police observation points and two checkpoints (Kafr Laha, Tal Dahab, Maryamin junction)","medium",
  "Start = first report: Russian MP entered al-Houla after the evacuation deal and set up several observation points and two checkpoints in Kafr Laha and Tal Dahab, one at the Maryamin junction in Kafr Laha (New Orient News, 26 May 2018; Enab Baladi). Kafr Laha is also in the Reconciliation Centre's 3 June 2018 list. End = latest report found (Shaam, 13 June 2018), not a reported withdrawal.")
C("central-prs-kafr-laha-1","central-src-neworient-2018-05-26","وقالت مصادر إعلامية تابعة للمسلحين إن القوات الروسية أقامت عدة نقاط مراقبة وحاجزين في الحولة، وتوزعت على مدينة كفرلاها وتلذهب.")
C("central-prs-kafr-laha-1","central-src-enab-2018-06-rastan","وعقب ذلك دخلت الشرطة العسكرية الروسية إلى منطقة الحولة بريف حمص الشمالي، وتوزعت على عدة نقاط مراقبة، بحسب مراسل عنب بلدي، الذي أكد إقامة عدة نقاط مراقبة وحاجزين في الحولة، وتوزعت على مدينة كفرلاها وتلذهب.")
C("central-prs-kafr-laha-1","central-src-shaam-2018-06-13","وفي الثالث من حزيران، بين رئيس المركز التابع لوزارة الدفاع الروسية، أليكسي تسيغانكوف، أن نقاط المراقبة الجديدة أقيمت في \"الرستن وكفرلاها وتلبيسة والزعفرانة وحارة التركمان والقرابيص\" بحمص")

P("central-prs-masyaf-1","central-masyaf-air-defence","~2018-10-22","~2019-02","russia","Russian S-400 battery next to the Syrian S-300 site; S-300 batteries believed still in Russian hands during training","low",
  "Start: ImageSat images of 22 Oct 2018 (relayed by Sputnik France, 27 Oct 2018) place the new Syrian S-300 site NW of Masyaf within 1.3 km of a Russian S-400 battery. End = latest dated report: Ynet (Feb 2019) says the S-300 batteries are still believed to be in the hands of Russian troops training Syrian crews. Al-Hayat (undated, after Oct 2018) reports the Ansar al-Tawhid faction shelling 'the Russian base north-west of Masyaf' and a monitor calling the target an air-defence regiment under Russian control. No Russian official source; the ImageSat S-400 claim is a single imagery analysis.")
C("central-prs-masyaf-1","central-src-sputnikfr-2018-10-27","Selon iSi, une base de défense antiaérienne syrienne serait en chantier au nord-ouest de la ville de Masyaf, à moins de 1,3 km d’une batterie de S-400 russes.")
C("central-prs-masyaf-1","central-src-ynet-2019-02","The batteries are still believed to be in the hands of the Russian troops who will continue training Syrian military personnel on the use of the S-300 in the coming months.")
C("central-prs-masyaf-1","central-src-alhayat-masyaf","وافاد \"المرصد 80\" المسؤول عن رصد التحركات العسكرية، أن القصف طاول \"فوج الدفاع الجوي الخاضع للسيطرة الروسية للمرة الأولى\".")

P("central-prs-mhardeh-1","central-mhardeh-camp","2017-06","~2017-09-13","russia","Russian military police camp near the veterinary college; Russian control and monitoring centre in Mhardeh","low",
  "Start: rusvesna photos (15 June 2017) of Russian soldiers building a camp for Russian military police in the Hama countryside; local sources placed it near the veterinary college close to Mhardeh (Rozana, 17 June 2017; Step News, 16 June 2017, 'expected' near Mhardeh). End = latest dated report: Pravda.rs (13 Sept 2017, local activists) says Russia set up a control and monitoring centre in Mhardeh and deployed many military police in nearby Taybat al-Imam. UAWire (undated, relaying Al-Masdar) later says 'a significant number' of Russian troops are stationed in Mhardeh and al-Suqaylabiyah; it cannot be dated, so the period is not extended.")
C("central-prs-mhardeh-1","central-src-step-2017-06-16","مشيراً إلى أنّه حتّى الآن لا يُعرف مكان المعسكر لكن من المتوقع أن يكون بالقرب من مدينة محردة")
C("central-prs-mhardeh-1","central-src-rozana-2017-06-17","وذكرت مصادر ميدانية متطابقة أن المخيم الجديد يقع بالقرب من كلية البيطرة في ريف حماة الشمالي، ويكون بذلك قرب مدينة محردة.")
C("central-prs-mhardeh-1","central-src-pravda-rs-2017-09-13","Rusija je u Muhardehu, gradu sa najvećom hrišćanskom zajednicom u Siriji, uspostavila Centar za kontrolu i nadgledanje")
C("central-prs-mhardeh-1","central-src-uawire-tal-salba","A significant number of Russians troops are stationed in the cities Mharda and Al-Suqaylabiyah.")
