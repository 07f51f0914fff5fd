# Builds the north group's staging files from the data below (re-run after edits).
import csv, json, os, re

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- sources
# id, title, author, publisher, date, url, archive_url, language, note
SOURCES = [
 ("com-src-wiki-baathist-syria","Ba'athist Syria","","Wikipedia","undated","https://en.wikipedia.org/wiki/Ba%27athist_Syria","https://owiki.org/wiki/Assad_regime","en","Read at a mirror (archive_url); revision not recorded."),
 ("com-src-wiki-fall-assad","Fall of the Assad regime","","Wikipedia","undated","https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime","https://wikimili.com/en/Fall_of_the_Assad_regime","en","Read at a mirror (archive_url); revision not recorded."),
 # --- Saraqib
 ("north-src-rg-saraqib-2020-03-02","Российская военная полиция введена в сирийский город Серакаб","","Rossiyskaya Gazeta","2020-03-02","https://rg.ru/2020/03/02/rossijskaia-voennaia-policiia-vvedena-v-sirijskij-gorod-serakab.html","","ru","Relays the Russian Reconciliation Centre (Hmeimim) statement."),
 ("north-src-qasioun-saraqib-2020-03-02","روسيا تقول إن شرطتها العسكرية هي من تسيطر على بلدة سراقب","","Qasioun News Agency","2020-03-02","https://www.qasioun-news.com/ar/news/show/216569/","","ar","Opposition outlet quoting the Russian Reconciliation Centre (via RT Arabic)."),
 ("north-src-iswnews-saraqib-2020-03-02","Russian Military Police stationed at Saraqib","","ISWNews","2020-03-02","https://english.iswnews.com/12021/russian-military-police-stationed-at-saraqib/","","en","Pro-Iranian outlet; relays the Reconciliation Centre statement."),
 ("north-src-rentv-saraqib-2020","Военная полиция РФ начала патрулирование в отбитом у боевиков Серакабе","","REN TV","undated","https://amp.ren.tv/news/v-mire/668538-voennaia-politsiia-rf-nachala-patrulirovanie-v-otbitom-u-boevikov-serakabe","","ru","Cites Interfax; reports a second MP patrol in Saraqib (early March 2020, date not printed)."),
 ("north-src-wiki-saraqib","Saraqib","","Wikipedia","undated","https://en.wikipedia.org/wiki/Saraqib","https://askwikinow.com/view_html.php?lang=en&q=Saraqib","en","Read at a mirror (archive_url); revision not recorded."),
 ("north-src-alarabiya-saraqib-2020-02-05","Regime forces penetrate strategic Syrian town of Saraqib: Monitor","","Al Arabiya","2020-02-05","http://english.alarabiya.net/en/News/middle-east/2020/02/05/Regime-forces-penetrate-strategic-Syrian-town-of-Saraqib-Monitor.html","","en","AFP-based; quotes SOHR."),
 ("north-src-rt-saraqib-2020-02-27","Reports of militants capturing Saraqib out of sync with reality (newsline)","","RT","2020-02-27","https://www.rt.com/newsline/481799-syria-saraqib-idlib-military/","","en","Russian state media citing TASS; denies Turkish reports of a rebel capture; says Saraqib was liberated on 5 Feb."),
 ("north-src-jisrtv-saraqib-2020-03-02","لهذا السبب زعمت روسيا نشر شرطتها العسكرية بسراقب","","Jisr TV","2020-03-02","https://jisrtv.com/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%ac%d8%b3%d8%b1/%d8%a7%d9%84%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9/%d9%84%d9%87%d8%b0%d8%a7-%d8%a7%d9%84%d8%b3%d8%a8%d8%a8-%d8%b2%d8%b9%d9%85%d8%aa-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%86%d8%b4%d8%b1-%d8%b4%d8%b1%d8%b7%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9-%d8%a8%d8%b3%d8%b1%d8%a7%d9%82%d8%a8/","","ar","Opposition outlet; says rebels had retaken Saraqib days earlier with Turkish participation and fighting continued on 2 Mar 2020."),
 ("north-src-syrianpc-saraqib-op","القوات الروسية تنشئ نقطة مراقبة في سراقب","","Syrian Press Center","undated","https://syrianpc.com/%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%aa%d9%86%d8%b4%d8%a6-%d9%86%d9%82%d8%b7%d8%a9-%d9%85%d8%b1%d8%a7%d9%82%d8%a8%d8%a9-%d9%81%d9%8a-%d8%b3%d8%b1%d8%a7","","ar","Opposition outlet. Text dates the event 'Tuesday 19 January' without a year; 19 Jan fell on a Tuesday in 2021 and the context (Turkish posts around Saraqib after Turkey withdrew its posts from government areas) fits Jan 2021 - year inferred."),
 ("north-src-hawar-saraqib-op","Russia establishes military post opposite to Turkish occupation's in Saraqeb","","Hawar News Agency (ANHA)","undated","https://www.hawarnews.com/en/haber/russia-establishes-military-post-opposite-to-turkish-occupations-in-saraqeb-h22300.html","","en","Pro-SDF agency citing SOHR; undated page."),
 ("north-src-lbc-m5-2024-11-28","Syria jihadists, allies cut key highway linking Damascus to Aleppo: monitor","","AFP (via LBCI)","2024-11-28","https://www.lbcgroup.tv/news/middleeastnews/820241/syria-jihadists-allies-cut-key-highway-linking-damascus-to-aleppo-moni/en","","en","AFP dispatch quoting SOHR."),
 ("north-src-shafaq-idlib-2024-11-30","Syrian armed factions declare control over entire Idlib province","","Shafaq News","2024-11-30","https://www.shafaq.com/en/World/Syrian-armed-factions-declare-control-over-entire-Idlib-province","","en","Cites SOHR."),
 ("north-src-tabnak-patrol-2020-03-15","Russia and Turkey Start Joint Patrol Along M4 Highway in Syria on Sunday","","Tabnak","2020-03-15","https://www.tabnak.ir/fa/news/965949/russia-and-turkey-start-joint-patrol-along-m4-highway-in-syria-on-sunday","","en","Iranian outlet; English text relaying Russian MoD (Sputnik-style)."),
 ("north-src-hurriyet-patrol-2020","Turkey, Russia hold 9th joint patrol in Syria","","Hurriyet Daily News","undated","https://www.hurriyetdailynews.com/turkey-russia-hold-9th-joint-patrol-in-syria-154550","","en","Page undated; text refers to a Turkish MoD statement of 7 May (2020)."),
 ("north-src-dailysabah-patrols","Türkiye, Russia to resume joint patrols on Syrian M4 highway","","Daily Sabah","undated","https://dailysabah.com/politics/war-on-terror/turkiye-russia-to-resume-joint-patrols-on-syrian-m4-highway","","en","Pro-government Turkish daily; page undated (article about a planned resumption 'after four years', i.e. c. 2024)."),
 # --- Abu al-Duhur
 ("north-src-wiki-abuduhur-airbase","Abu al-Duhur Military Airbase","","Wikipedia","undated","https://en.wikipedia.org/wiki/Abu_al-Duhur_Military_Airbase","","en","Stored copy of the canonical page; revision not recorded."),
 ("north-src-eldorar-abuduhur-2015-09-09","Al-Nusra Front takes full control of the Abu al-Dohour Airbase in rural Idlib","Eldorar Alshamia Editor","Eldorar Alshamia","2015-09-09","https://eldorar.com/en/node/25","","en","Opposition outlet."),
 ("north-src-afp-abuduhur-2018-01-21","Syria army says captured key military airport in northwest","","AFP (via NAMPA)","2018-01-21","http://www.nampa.org/index.php?model=categories&function=display&id=17538392","","en","AFP wire carried by the Namibia Press Agency."),
 ("north-src-alarabiya-abuduhur-2018-01-20","Syrian army, allies take Idlib air base, says Hezbollah media unit","","Al Arabiya","2018-01-20","http://english.alarabiya.net/en/News/middle-east/2018/01/20/Syrian-army-allies-take-Idlib-air-base-says-Hezbollah-media-unit.html","","en","Reuters-style report citing Hezbollah's media unit."),
 ("north-src-ria-abuduhur-2018-01-21","Сирийские войска выбили боевиков с территории аэродрома Абу-Духур","","RIA Novosti","2018-01-21","https://ria.ru/20180121/1513012405.html","","ru","Quotes the Russian MoD; also mentions the 10 Jan 2018 entry."),
 ("north-src-newarab-abuduhur-2024-11-30","Syria: Rebels seize control of pro-regime air base of Abu al-Duhur in eastern Idlib","","The New Arab","2024-11-30","https://www.newarab.com/news/syria-rebels-seize-control-idlib-air-base-abu-al-duhur","","en",""),
 ("north-src-qudsarabi-abuduhur-2018","قوات روسية استطلاعية تصل مطار أبو الظهور","Kamel Saqr","Al-Quds Al-Arabi","undated","https://alqudsalarabi.co.uk/%ef%bb%bf%d9%82%d9%88%d8%a7%d8%aa-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%a7%d8%b3%d8%aa%d8%b7%d9%84%d8%a7%d8%b9%d9%8a%d8%a9-%d8%aa%d8%b5%d9%84-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a3%d8%a8%d9%88-%d8%a7%d9%84","","ar","Page date not in the stored text; the same report was reposted by other sites dated 12 Aug 2018 (e.g. alislahiyah.com URL /2018/08/12/), hence ~2018-08. Anonymous 'field sources'."),
 # --- Menagh
 ("north-src-frwiki-menagh","Base aérienne de Menagh","","Wikipedia (fr)","undated","https://fr.wikipedia.org/wiki/Base_a%C3%A9rienne_de_Menagh","https://ro.frwiki.wiki/wiki/Base_a%C3%A9rienne_de_Menagh","ro","Read in a Romanian machine translation of the French article (archive_url); quote is in Romanian."),
 ("north-src-reuters-menagh-2016","Kurdish forces said to take air base near Turkish border","","Reuters","undated","https://www.reuters.com/article/us-mideast-crisis-syria-idUSKCN0VK0E8","","en","Page date not printed in stored text; text says SOHR reported it 'on Thursday' (11 Feb 2016)."),
 ("north-src-alalam-menagh-2016-02-12","VIDEO: Kurdish Forces Recapture the Menagh Air Base","","Al-Alam","2016-02-12","https://en.alalam.ir/news/1788654","","en","Iranian state outlet quoting AFP/SOHR; wrongly says the base was taken 'from ISIS' (other sources: from rebels)."),
 ("north-src-muraselon-menagh-2017-10","In Video | Russian choppers landing in SDF-held Meng Airbase in northern Syria","","Muraselon","2017-10","https://en.muraselon.com/2017/10/video-russian-choppers-landing-sdf-held-meng-airbase-northern-syria/","","en","Pro-government outlet; date from the URL path."),
 ("north-src-muraselon-flag-2017-10","In Video : Russian Flag raise over SDF-Held Meng Airbase","","Muraselon","2017-10","https://en.muraselon.com/2017/10/video-russian-flag-raise-sdf-held-meng-airbase/","","en","Date from the URL path."),
 ("north-src-fortruss-menagh-2017-10-26","Russia takes over Kurdish-held military base in northern Syria – reports","Paul Antonopoulos","Fort Russ News","2017-10-26","https://fort-russ.com/2017/10/russia-takes-over-kurdish-held-military/","","en","Pro-Kremlin outlet; unnamed 'source'."),
 ("north-src-zaw-menagh-ar","انسحاب قسد من مطار منغ وتسليمه للقوات الروسية","","Zaman al-Wasl","undated","https://www.zamanalwsl.net/news/article/82378/like","","ar","Opposition outlet; local sources; says the handover came less than a week after three Russian helicopters landed at the base (Oct 2017 per Muraselon)."),
 ("north-src-baladi-menagh","مصادر تؤكد لبلدي رفع العلم الروسي في مطار منغ بحلب","Omar Haj Hussein","Baladi News","undated","https://baladi-news.com/ar/articles/24101/مصادر-تؤكد-لبلدي-رفع-العلم-الروسي-في-مطار-منغ-بحلب","","ar","Levant Front spokesmen: Russian flags raised; doubt that it is a real handover."),
 ("north-src-jbc-menagh-2022","روسيا تستبق تهديدات تركيا بإرسال تعزيزات عسكرية لشمال سوريا","","JBC News","undated","http://www.jbcnews.net/article/533651-روسيا-تستبق-تهديدات-تركيا-بإرسال-تعزيزات-عسكرية-لشمال-سوريا","","ar","AFP-based; says these were the first Russian reinforcements since Turkey's air strikes began 'ten days ago' (operation launched 20 Nov 2022)."),
 ("north-src-gercek-tellrifaat-2022","Russia deploys military reinforcements to Northern Syria amid Turkish threats","","Gercek News","undated","https://www.gerceknews.com/regional-news/russia-deploys-military-reinforcements-to-northern-syria-amid-turkish-217760h","","en","AFP-based; 'on Wednesday' = 30 Nov 2022 by context (Turkish strikes after the Istanbul bombing)."),
 ("north-src-anews-menagh-2024-12-01","Syrian National Army captures Minnigh airbase in Operation Dawn of Freedom","","A News (Turkey)","2024-12-01","https://www.anews.com.tr/world/2024/12/01/syrian-national-army-captures-minnigh-airbase-in-operation-dawn-of-freedom","","en","Turkish pro-government outlet (partisan wording)."),
 ("north-src-turkiyetoday-menagh-2024-12-01","Syrian National Army captures Minnigh airbase from PKK/YPG terrorist group in Operation Dawn of Freedom","Newsroom","Türkiye Today","2024-12-01","https://turkiyetoday.com/?p=87120","","en","Turkish pro-government outlet."),
 ("north-src-zaw-withdraw-en","Russia withdraws forces from SDF-held areas in northern Aleppo","","Zaman al-Wasl","undated","https://en.zamanalwsl.net/news/article/62190/","","en","Undated ('Wednesday'); could not be dated, so used only as an undated corroboration of Russian outposts."),
 # --- Tell Rifaat
 ("north-src-wiki-tellrifaat","Tell Rifaat","","Wikipedia","undated","https://en.wikipedia.org/wiki/Tell_Rifaat","https://soft.lk/key/Tal_Rifaat","en","Read at a copy dated 21 Aug 2019 (archive_url); revision not recorded."),
 ("north-src-frwiki-tellrifaat","Tall Rifaat","","Wikipedia (fr)","undated","https://fr.wikipedia.org/wiki/Tall_Rifaat","https://ro.frwiki.wiki/wiki/Tall_Rifaat","ro","Read in a Romanian machine translation of the French article (archive_url)."),
 ("north-src-trthaber-tellrifaat-2017-09-06","PKK/PYD Tel Rıfat'ı Esed'e bıraktı","","TRT Haber","2017-09-06","https://trthaber.com/haber/dunya/pkkpyd-tel-rifati-esede-birakti-332119.html","","tr","Turkish state broadcaster relaying Russian General Staff (Col Gen Sergey Rudskoy) briefing."),
 ("north-src-muraselon-tellrifaat-2018-03","Watch | Syrian Republican Guard and Russian forces in full control of Tal Rifaat town","","Muraselon","2018-03","https://en.muraselon.com/2018/03/watch-syrian-republican-guard-and-russian-forces-in-full-control-of-tal-rifaat-town/","","en","Pro-government outlet; date from URL path; says YPG withdrawal 'not fully confirmed'."),
 ("north-src-newsaz-tellrifaat-2019-02-04","Russian military police in Syria extend zone of presence in Aleppo","","News.Az","2019-02-04","https://news.az/news/russian-military-police-in-syria-extend-zone-of-presence-in-aleppo","","en","Cites TASS (Lt Gen Vladimir Ivanovsky)."),
 ("north-src-anf-shehba-2021-04","Russian forces return to their positions in Shehba","","ANF News","undated","https://anfenglish.com/rojava-syria/russian-forces-return-to-their-positions-in-shehba-51332","","en","PKK-affiliated agency; text dates the withdrawal to 'Tuesday morning, April 13th' (2021)."),
 ("north-src-aawsat-tellrifaat-2021","Russian Troops Return to Aleppo Countryside after Sudden Withdrawal","","Asharq Al-Awsat","undated","https://english.aawsat.com/home/article/2920466/russian-troops-return-aleppo-countryside-after-sudden-withdrawal","","en","Cites SOHR; undated page (April 2021 by the other reports)."),
 ("north-src-tgrt-tellrifaat-2021-04-14","Rus birlikleri Tel Rıfat kırsalından ayrılıyor","","TGRT Haber","2021-04-14","https://www.tgrthaber.com/gundem/rus-birlikleri-tel-rifat-kirsalindan-ayriliyor-2778191","","tr","Turkish pro-government TV."),
 ("north-src-syrianobserver-tellrifaat-2023-06-06","Truth of News of Withdrawal of Russian Members from Tal Rifaat Base in Northern Syria","","The Syrian Observer","2023-06-06","https://syrianobserver.com/news/83380/truth-of-news-of-withdrawal-of-russian-members-from-tal-rifaat-base-in-northern-syria.html","","en","Translation of a report by the pro-government Athr Press."),
 ("north-src-shafaq-tellrifaat-2024-12-02","Turkiye-aligned factions seize Tel Rifaat in Syria's Aleppo","","Shafaq News","2024-12-02","https://www.shafaq.com/en/World/Turkiye-aligned-factions-seize-Tel-Rifaat-in-Syria-s-Aleppo","","en","Cites SOHR; 'On Sunday' = 1 Dec 2024."),
 ("north-src-trt-manbij-2024-12-09","SNA liberates Manbij from PKK/YPG","","TRT World","2024-12-09","https://trt.global/world/article/18241513","","en","Turkish state broadcaster (partisan wording). Same text at trtworld.com/article/18241513."),
 ("north-src-reuters-pullback-2024-12-14","Exclusive-Russia pulling back but not out of Syria, sources say","Tuvan Gumrukcu; Suleiman Al-Khalidi; Guy Faulconbridge","Reuters (via Yahoo News)","2024-12-14","https://ca.news.yahoo.com/exclusive-russia-pulling-back-not-143319592.html","","en","Reuters exclusive carried by Yahoo News."),
 ("north-src-wiki-victory-conf","Syrian Revolution Victory Conference","","Wikipedia","undated","https://en.wikipedia.org/wiki/Syrian_Revolution_Victory_Conference","","en","Stored copy of the canonical page; revision not recorded."),
 # --- Aleppo
 ("north-src-wiki-aleppo","Aleppo","","Wikipedia","undated","https://en.wikipedia.org/wiki/Aleppo","https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Emirate_of_Aleppo.html","en","Read in an IPFS snapshot of English Wikipedia (c. 2016-2017; archive_url)."),
 ("north-src-wiki-battle-aleppo","Battle of Aleppo (2012–2016)","","Wikipedia","undated","https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2012%E2%80%932016)","https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Battle_of_Aleppo_(2012%E2%80%9313).html","en","Read in an IPFS snapshot (map 'as of 1 December 2016'; archive_url)."),
 ("north-src-wiki-battle-aleppo-2015","Battle of Aleppo (2012–present) [2015 revision]","","Wikipedia","undated","https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2012)","","en","Stored 2015 state of the page (redirect title); revision id not recorded."),
 ("north-src-sputnik-aleppo-2016-12-23","Russian Military Police Battalion to Assist Political Process in Syria - MP","","Sputnik","2016-12-23","https://sputniknews.com/middleeast/201612231048941913-russia-aleppo-police-battalion/","","en","Russian state media."),
 ("north-src-businesslive-aleppo-2016-12-23","Russia sends battalion of military police to Syria's 'liberated' city of Aleppo","Agency Staff","AFP (via BusinessLIVE)","2016-12-23","https://www.businesslive.co.za/bd/world/americas/2016-12-23-russia-sends-battalion-of-military-police-to-syrias-liberated-city-of-aleppo/","","en","AFP wire."),
 ("north-src-newsam-aleppo-2016-12-23","Russia's military police battalion arrives to Aleppo","","News.am","2016-12-23","https://news.am/eng/news/364693.html","","en","Cites Interfax / Russian MoD."),
 ("north-src-sputnikbr-aleppo-2017-12-06","Militares russos descobrem oficinas de armas do Daesh em Aleppo","","Sputnik Brasil","2017-12-06","https://noticiabrasil.net.br/20171206/militares-russos-descobrem-oficinas-armas-daesh-siria-aleppo-10011898.html","","pt","Russian state media (Portuguese service); date from URL."),
 ("north-src-albawaba-aleppo-2024","Syrian opposition captures Aleppo","","Al Bawaba","undated","https://www.albawaba.me/news/syrian-opposition-captures-aleppo-1595206","","en","Text dates the airport capture to 30 Nov 2024; cites SOHR."),
 ("north-src-112ua-aleppo-2024-11-30","Forces of Bashar al-Assad announce withdrawal from Aleppo","Oleksandr Shostal","112 Ukraine","2024-11-30","https://112-tv.112.ua/en/vijska-basara-asada-zaavili-pro-vidhid-iz-aleppo-48108","","en",""),
 ("north-src-syrianpc-jibrin-2021","القوات الروسية تخلي قاعدة عسكرية شرق حلب","","Syrian Press Center","undated","https://syrianpc.com/%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%aa%d8%ae%d9%84%d9%8a-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9-%d8%b4%d8%b1%d9%82-%d8%ad","","ar","Opposition outlet relaying the local 'Ain al-Furat' network; text says 'Sunday 25 April' (25 Apr fell on a Sunday in 2021; other reposts are dated 26 Apr 2021)."),
 # --- Kuweires
 ("north-src-wiki-kuweires","Kuweires Military Aviation Institute","","Wikipedia","undated","https://en.wikipedia.org/wiki/Kuweires_Military_Aviation_Institute","https://de.wikial.top/wiki/Kuweires_Military_Aviation_Institute","de","Read in a German machine translation of the English article (archive_url); quotes are in German."),
 ("north-src-trt-kuweires-2024-12-01","SNA seizes Kuweires Airport, cuts PKK/YPG terror group's logistics line","","TRT World","2024-12-01","https://trt.global/world/article/18238690","","en","Turkish state broadcaster (partisan wording)."),
 ("north-src-southfront-kuweires-2016","Media: Russian Marines Arrived Kuweires Military Airport, Syria","","SouthFront","undated","https://maps.southfront.org/media-russian-marines-arrived-kuweires-military-airport-syria/","","en","Pro-Kremlin outlet relaying Al-Masdar News of 22 Jan 2016; SouthFront says it cannot confirm."),
 ("north-src-arrahmah-kuweires-2016","Kehadiran militer Rusia di bandara Kuweires meningkat tajam","","Arrahmah","undated","https://arrahmah.id/kehadiran-militer-rusia-di-bandara-kuweires-meningkat-tajam","","id","Indonesian Islamist outlet relaying Zaman al-Wasl of Mon 25 Jul 2016 (anonymous source)."),
 ("north-src-sputnikbr-kuweires-2015-11-11","Síria: tropas sírias expulsam terroristas de outra base","","Sputnik Brasil","2015-11-11","https://noticiabrasil.net.br/20151111/Siria-expulsar-terroristas-outra-base-2718025.html","","pt","Russian state media; date from URL."),
 # --- Jirah
 ("north-src-wiki-jirah","Jirah Military Airbase","","Wikipedia","undated","https://en.wikipedia.org/wiki/Jirah_Military_Airbase","https://ewikiuk.top/wiki/Jirah_Military_Airbase","ru","Read in a Russian machine translation of the English article (archive_url)."),
 ("north-src-lwj-jarrah-2013-02","'Islamist factions' seize Syrian airbase","","FDD's Long War Journal","2013-02","https://www.longwarjournal.org/archives/2013/02/islamist_rebels_seiz.php","","en","Date from URL path; quotes SOHR."),
 ("north-src-presstv-jarrah-2017-05-13","Syrian army retakes Jarrah airbase in Aleppo","","Press TV","2017-05-13","https://presstv.ir/Detail/2017/05/13/521756/Syrian-Jarrah-base-Aleppo","","en","Iranian state media quoting SOHR director; 'on Saturday' = 13 May 2017."),
 ("north-src-tbs-jarrah-2023-01-24","Russia, Syria restore Syrian air base for joint use","","Reuters (via The Business Standard)","2023-01-24","https://www.tbsnews.net/world/russia-syria-restore-syrian-air-base-joint-use-572874","","en","Reuters report quoting the Russian MoD Telegram statement of 'late on Monday' (23 Jan 2023)."),
 ("north-src-enab-jarrah-2023-02","Russia links east and west at al-Jarrah airport in central Syria","Ahmed Deeb","Enab Baladi","2023-02","https://english.enabbaladi.net/archives/2023/02/russia-links-east-and-west-at-al-jarrah-airport-in-central-syria","","en","Date from URL; gives the MoD announcement as 24 Jan 2023."),
 ("north-src-national-dayrhafir-2026-01-15","Syrian army opens 'safe corridor' for civilians as military surrounds Kurdish area","Khaled Yacoub Oweis","The National","2026-01-15","https://www.thenationalnews.com/news/mena/2026/01/15/syria-kurds-turkey","","en",""),
 ("north-src-wiki-eastaleppo-2024","East Aleppo offensive (2024)","","Wikipedia","undated","https://en.wikipedia.org/wiki/East_Aleppo_offensive_(2024)","https://profilpelajar.com/article/East_Aleppo_offensive_(2024)","en","Read at a copy (archive_url); revision not recorded."),
 ("north-src-arabnews-jarrah-2026-01-18","Syrian army announces full control of Al-Tabqa military airport","","Arab News","2026-01-18","https://www.arabnews.pk/node/2629669/middle-east","","en","Cites SANA; 'Updated 18 January 2026'."),
 ("north-src-anewz-dayrhafir-2026-01-17","Syrian army advances into Deir Hafer and Maskana after SDF withdrawal","","AnewZ","2026-01-17","https://anewz.tv/region/middle-east/17324/syrian-army-pushes-east-after-sdf-withdrawal-us-reacts/news","","en","Cites AP and Reuters; date from caption ('17 Jan, 2026')."),
 ("north-src-insidesyria-jirah-2017-08-10","Syrian and Russian AF Started to Use Jirah Airbase in Eastern Aleppo","","Inside Syria Media Center","2017-08-10","https://en.insidesyriamc.com/2017/08/10/syrian-and-russian-af-started-to-use-jirah-airbase-in-eastern-aleppo/","","en","Pro-Russian outlet; unnamed sources."),
 # --- Manbij
 ("north-src-wiki-manbij-sv","Manbij","","Wikipedia (sv)","undated","https://sv.wikipedia.org/wiki/Manbij","https://sewiki.info/Lexikon/Manbij","sv","Read at a mirror of Swedish Wikipedia (archive_url)."),
 ("north-src-rt-manbij-2016-08-12","US-backed forces take Syrian city of Manbij from ISIS","","RT","2016-08-12","https://rt.com/usa/355728-us-takes-manbij-isis","","en","Russian state media; quotes Sharfan Darwish to Reuters."),
 ("north-src-wiki-manbij-offensive-2016","Manbij offensive (2016)","","Wikipedia","undated","https://en.wikipedia.org/wiki/Manbij_offensive_(2016)","https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fen.m.wikipedia.org%2Fwiki%2FManbij_offensive%23cite_ref-234","en","Read through a web proxy of en.m.wikipedia (archive_url)."),
 ("north-src-uawire-manbij-2019","Russian military began patrolling around the Syrian Manbij","","UAWire","undated","http://www.uawire.org/russian-military-began-patrolling-around-the-syrian-manbij","","en","Cites Anadolu and the Russian MoD; written mid-Jan 2019 (mentions MoD statements of 10 and 13 Jan)."),
 ("north-src-defensepost-manbij-2019-01-08","Syria: Russia military police begin patrols around Manbij","","The Defense Post","2019-01-08","https://www.thedefensepost.com/2019/01/08/syria-russia-military-police-manbij-patrols/","","en","Date from URL."),
 ("north-src-ahval-manbij-2019","Russian military police patrol Manbij outskirts","","Ahval","undated","https://ahvalnews.com/manbij/russian-military-police-patrol-manbij-outskirts","","en","Cites AP; 'on Tuesday' = 8 Jan 2019."),
 ("north-src-wapo-manbij-2019-10-15","Syria says government soldiers enter Manbij after U.S. troops withdraw","Kareem Fahim; Sarah Dadouch; Will Englund","The Washington Post","2019-10-15","https://www.washingtonpost.com/world/middle_east/syria-says-government-soldiers-enter-manbij-after-us-troops-withdraw/2019/10/15/d494405a-eeb8-11e9-bb7e-d2026ee0c199_story.html","","en",""),
 ("north-src-tass-manbij-2019-10-15","Syrian army establishes full control over Manbij","","TASS","2019-10-15","https://tass.com/defense/1083224","","en","Russian MoD statement."),
 ("north-src-xinhua-manbij-2019-10-15","U.S. forces leave two bases in Syria: Russian Defense Ministry","","Xinhua","2019-10-15","http://xinhuanet.com/english/2019-10/15/c_138474284.htm","","en",""),
 ("north-src-urdupoint-manbij-2020-08-12","Russian Military Police Conduct Patrols In Three Syrian Provinces - Reconciliation Center","Muhammad Irfan","Sputnik (via UrduPoint)","2020-08-12","https://www.urdupoint.com/en/world/russian-military-police-conduct-patrols-in-th-999145.html","","en","Sputnik wire republished by UrduPoint (labelled 'UrduPoint News / Sputnik')."),
 ("north-src-pravda-manbij-2024-12-10","Moscow loses nearly all in Syria as Russian forces leave former US base in Manbij","","Pravda.ru","2024-12-10","https://english.pravda.ru/news/hotspots/161337-russian-forces-us-syria/","","en","Secondary report of a Washington Post report (original not retrieved)."),
 ("north-src-shafaq-manbij-2024-12-09","Syrian opposition group takes full control of Manbij: Turkish sources","","Shafaq News","2024-12-09","https://www.shafaq.com/en/World/Syrian-opposition-group-takes-full-control-of-Manbij-Turkish-sources-report","","en",""),
 ("north-src-hurriyet-manbij-2024-12-08","SNA largely takes control of PKK stronghold Manbij: Sources","","Hurriyet Daily News","2024-12-08","https://www.hurriyetdailynews.com/sna-largely-takes-control-of-pkk-stronghold-manbij-sources-203401","","en","Turkish security sources."),
 ("north-src-dailysabah-manbij-2024-12-08","Syrian opposition largely takes control of PKK/YPG stronghold","","Daily Sabah","2024-12-08","https://www.dailysabah.com/politics/war-on-terror/syrian-opposition-largely-takes-control-of-pkkypg-stronghold","","en","Pro-government Turkish daily."),
 # --- Arima
 ("north-src-wiki-arima","Arima, Syria","","Wikipedia","undated","https://en.wikipedia.org/wiki/Arima,_Syria","https://wiki.hrohomelab.ipv64.de/content/wikipedia_en_all_maxi/A/Arima%2C_Syria","en","Stored canonical copy lacks the infobox coordinates; coordinates read in a Kiwix mirror (archive_url)."),
 ("north-src-southfront-arima-2018","Video: Russian, Syrian Troops, SDF Members In Village Arima West Of Manbij","","SouthFront","undated","https://southfront.org/video-russian-syrian-troops-sdf-members-in-village-arima-west-of-manbij/","","en","Pro-Kremlin outlet; undated (context: late Dec 2018)."),
]

PUBLISHERS = {
 "Wikipedia":"reference","Wikipedia (fr)":"reference","Wikipedia (sv)":"reference",
 "Rossiyskaya Gazeta":"partisan-or-state","Qasioun News Agency":"regional-outlet","ISWNews":"partisan-or-state",
 "REN TV":"partisan-or-state","Al Arabiya":"major-outlet","RT":"partisan-or-state","Jisr TV":"regional-outlet",
 "Syrian Press Center":"regional-outlet","Hawar News Agency (ANHA)":"partisan-or-state","AFP (via LBCI)":"wire",
 "Shafaq News":"regional-outlet","Tabnak":"partisan-or-state","Hurriyet Daily News":"major-outlet","Daily Sabah":"partisan-or-state",
 "Eldorar Alshamia":"regional-outlet","AFP (via NAMPA)":"wire","RIA Novosti":"partisan-or-state","The New Arab":"regional-outlet",
 "Al-Quds Al-Arabi":"regional-outlet","Reuters":"wire","Al-Alam":"partisan-or-state","Muraselon":"partisan-or-state",
 "Fort Russ News":"partisan-or-state","Zaman al-Wasl":"regional-outlet","Baladi News":"regional-outlet","JBC News":"regional-outlet",
 "Gercek News":"regional-outlet","A News (Turkey)":"partisan-or-state","Türkiye Today":"partisan-or-state",
 "TRT Haber":"partisan-or-state","News.Az":"regional-outlet","ANF News":"partisan-or-state","Asharq Al-Awsat":"regional-outlet",
 "TGRT Haber":"partisan-or-state","The Syrian Observer":"regional-outlet","TRT World":"partisan-or-state",
 "Reuters (via Yahoo News)":"wire","Sputnik":"partisan-or-state","AFP (via BusinessLIVE)":"wire","News.am":"regional-outlet",
 "Sputnik Brasil":"partisan-or-state","Al Bawaba":"regional-outlet","112 Ukraine":"regional-outlet","SouthFront":"partisan-or-state",
 "Arrahmah":"partisan-or-state","FDD's Long War Journal":"research","Press TV":"partisan-or-state",
 "Reuters (via The Business Standard)":"wire","Enab Baladi":"regional-outlet","The National":"regional-outlet","Arab News":"major-outlet",
 "AnewZ":"regional-outlet","Inside Syria Media Center":"partisan-or-state","UAWire":"regional-outlet","The Defense Post":"regional-outlet",
 "Ahval":"regional-outlet","The Washington Post":"major-outlet","TASS":"partisan-or-state","Xinhua":"partisan-or-state",
 "Sputnik (via UrduPoint)":"partisan-or-state","Pravda.ru":"partisan-or-state",
}
PUB_NOTES = {
 "Hurriyet Daily News":"Turkish English-language daily.",
 "Syrian Press Center":"Opposition-aligned Syrian media centre.",
 "Qasioun News Agency":"Syrian opposition news agency.",
 "JBC News":"Jordanian news site; the cited text is AFP-based.",
 "Gercek News":"Turkish opposition-leaning English news site; the cited text is AFP-based.",
 "AnewZ":"Azerbaijan-based news channel site; the cited text relays AP.",
 "Sputnik (via UrduPoint)":"Sputnik wire republished by UrduPoint.",
 "Muraselon":"Pro-government Syrian site.",
}

# ---------------------------------------------------------------- sites
def site(id_, lon, lat, name, name_ru, name_ar, aliases, kind, gov, desc, prec):
    return {"type":"Feature","geometry":{"type":"Point","coordinates":[lon,lat]},
            "properties":{"id":id_,"name":name,"name_ru":name_ru,"name_ar":name_ar,"aliases":aliases,"kind":kind,
                          "governorate":gov,"description":desc,"coord_precision":prec}}

SITES = [
 site("aleppo",37.167,36.217,"Aleppo (Russian Military Police deployment)","Алеппо","حلب","Halab","military-police","aleppo",
  "Russian Military Police battalion sent from Hmeimim into Aleppo on 22 Dec 2016, after the government retook the east of the city, to work under the Russian Reconciliation Centre. Later reports (Dec 2017; June 2023) still place Russian units in the city. No named base inside the city was found, so the point is the city centre (Wikipedia coordinates).","town"),
 site("kuweires",37.58306,36.18694,"Kuweires Military Airport (Military Aviation Institute)","Кувейрес","مطار كويرس العسكري","Kweires; Kuwayris; Kweiris; Kuweires Military Aviation Institute","air-base","aleppo",
  "Syrian Air Force academy airbase about 30 km east of Aleppo. It was besieged by rebels and then ISIS from 2013 until the army, with Russian air support, broke the siege on 10 Nov 2015. Pro-Russian and opposition media reported Russian marines and air-defence units there in 2016. The Turkish-backed SNA took it on 1 Dec 2024.","exact"),
 site("jirah-airbase",37.94028,36.0975,"Jirah (al-Jarrah) military airbase","Авиабаза Джирах (Эль-Джарах)","مطار الجراح العسكري","al-Jarrah; Jirah Military Airbase; Cirah; al-Jaira","air-base","aleppo",
  "Small Syrian Air Force airbase east of Aleppo near Maskanah. It fell to rebels in Feb 2013 and to ISIS in Jan 2014 and was retaken by the army in May 2017. The Russian MoD announced on 23 Jan 2023 that it had been restored for joint basing of Russian and Syrian aviation. The SDF held it after the fall of Assad until the army took it on 17 Jan 2026.","exact"),
 site("tal-rifaat",37.1,36.4667,"Tell Rifaat (Russian Military Police posts)","Телль-Рифъат","تل رفعت","Tal Rifaat; Tel Rifaat; Tell Rifat; Kashtar/Kishtaar and Sherawa posts nearby","military-police","aleppo",
  "SDF-held town north of Aleppo where Russia announced a Military Police deployment in Sep 2017 and kept posts and a base (with posts at nearby Kashtar/Kishtaar and Sherawa) through at least June 2023. Russian units briefly pulled out and returned on 13-14 April 2021 and were reinforced in Nov 2022. Point is the town (French Wikipedia coordinates, minute precision).","town"),
 site("manbij",37.95,36.533,"Manbij (Russian Military Police patrols and ex-US outposts)","Манбидж","منبج","Menbij; Minbic; Hierapolis","military-police","aleppo",
  "Russian Military Police patrolled the security zone around SDF-held Manbij from 8 Jan 2019 and, after the US withdrawal on 15 Oct 2019, the line of contact north-west of the city, using former US outposts (Dadat, Umm Miyal). They reportedly left by 10 Dec 2024 as the SNA took Manbij. Point is the city (Swedish Wikipedia coordinates); the outposts are not located.","town"),
 site("arima",37.7192,36.4739,"Arima (Russian Military Police presence west of Manbij)","Арима","العريمة","Orayma; Arimah; al-Arima; Ureyme","military-police","aleppo",
  "Town on the al-Bab-Manbij road on the front line between the SDF's Manbij council and Turkish-backed forces. A Russian Military Police column entered it on 24 Dec 2018 and Russian MPs patrolled around it from Jan 2019. Point is the town (Wikipedia coordinates).","town"),
 site("menagh-airbase",37.0381,36.5211,"Menagh air base","Авиабаза Менаг","مطار منغ العسكري","Minnigh; Mennagh; Meng; Minakh","air-base","aleppo",
  "Former Syrian Air Force training airbase 6 km south of Azaz. Rebels took it in Aug 2013 and the YPG/SDF in Feb 2016 with Russian air support. Russian forces raised their flag there in Oct 2017 and reinforced their presence in Nov 2022; Turkish outlets say Russian and Iranian forces used it as a supply hub. The SNA took it on 1 Dec 2024.","exact"),
 site("saraqib",36.80056,35.86361,"Saraqib (Russian Military Police, M4/M5 junction)","Саракиб (Серакаб)","سراقب","Saraqeb; Serakab; Trumba/Tronba (patrol start point 2 km west)","military-police","idlib",
  "Town at the junction of the M4 and M5 highways. Russian Military Police units were sent in from 17:00 on 2 Mar 2020 after the army retook it. From 15 Mar 2020 joint Russian-Turkish M4 patrols started from Trumba, 2 km west. In Jan 2021 Russia set up a post opposite a new Turkish post. Point is the town (Wikipedia coordinates).","town"),
 site("abu-al-duhur-airbase",37.10167,35.73278,"Abu al-Duhur military airbase","Авиабаза Абу-Духур","مطار أبو الظهور العسكري","Abu ad-Duhur; Abu al-Zuhur; Abu Duhur","air-base","idlib",
  "Syrian Air Force base about 5 km east of Abu al-Duhur in eastern Idlib. Al-Nusra took it in Sep 2015 and the army retook it in Jan 2018. Al-Quds Al-Arabi reported in Aug 2018 that about 50 Russian officers and soldiers had arrived there. Rebels took it on 30 Nov 2024.","exact"),
]

# ---------------------------------------------------------------- presence
# id, site, start, end, operator, role, confidence, note
PRESENCE = [
 ("north-prs-aleppo-1","aleppo","2016-12-22","~2023-06-06","russia","Russian Military Police battalion (Reconciliation Centre) and later Russian units based in Aleppo city","low",
  "Start: Shoigu on Fri 23 Dec 2016 said the battalion was sent in 'yesterday evening'; MoD: it marched from Hmeimim to Aleppo. Later reports: Russian MPs inspecting an Aleppo district (Sputnik Brasil, 6 Dec 2017); Tal Rifaat posts rotated with 'new units from the city of Aleppo' (Athr Press via The Syrian Observer, 6 Jun 2023). END = latest report found, not a reported withdrawal; HTS-led rebels took the city on 30 Nov 2024. Continuity between the reports is assumed, hence low."),
 ("north-prs-kuweires-1","kuweires","~2015-12","~2016-07","russia","Russian air-defence units and marines/advisers (reported)","low",
  "Zaman al-Wasl (via Arrahmah, 25 Jul 2016, one anonymous source): Russian air-defence brigades there since Dec 2015, up to 1,000 men (probably exaggerated). Al-Masdar (via SouthFront, 22 Jan 2016, unconfirmed): about 50 Russian marines arrived. END = latest report found (Jul 2016), not a reported withdrawal."),
 ("north-prs-jirah-1","jirah-airbase","2023-01-23","~2024-12","russia","Joint Russian Aerospace Forces - Syrian Air Force airbase (announced)","medium",
  "Start: Russian MoD Telegram statement 'late on Monday' 23 Jan 2023 (Reuters); Enab Baladi gives 24 Jan. How many Russian aircraft/personnel were based there is not sourced. END NOT SOURCED for this base: ~2024-12 from Reuters (14 Dec 2024) on Russia pulling back from front lines in northern Syria and The National on the SDF overrunning the area after Assad's fall."),
 ("north-prs-tal-rifaat-1","tal-rifaat","~2017-09-06","~2024-12-01","russia","Russian Military Police posts and base in and around Tell Rifaat (incl. Kashtar/Kishtaar and Sherawa)","medium",
  "Start: Russian General Staff (Rudskoy, via TRT Haber 6 Sep 2017) said Russian MP had deployed to the area; first report, deployment day not given. Continuity: Russian forces in the town (Muraselon, Mar 2018); Ivanovsky 4 Feb 2019 ('We are working in Tell Rifaat today'); short withdrawal 13 Apr and return 14 Apr 2021 (ANF, Asharq Al-Awsat, TGRT, SouthFront); reinforcements ~30 Nov 2022 (AFP via Gercek/JBC); rotation, presence 'unchanged' (Athr Press via Syrian Observer, 6 Jun 2023). END: not a sourced withdrawal date - the SNA took the town on 1 Dec 2024 and Reuters (14 Dec 2024) reports Russia pulling back from northern front lines. An unsourced Turkish report (no URL retrieved) said Russians left on 28 Nov 2024."),
 ("north-prs-manbij-1","manbij","2019-01-08","2019-10-15","russia","Russian Military Police patrols of the security zone around Manbij","high",
  "Mamatov (Rossiya 24) said on Tue 8 Jan 2019 that patrols had started; patrols ran through villages west and around Manbij, not inside areas of the Manbij Military Council (Defense Post, Ahval). Split at 15 Oct 2019 only because the role changed."),
 ("north-prs-manbij-2","manbij","2019-10-15","~2024-12-10","russia","Russian Military Police on the line of contact north-west of Manbij; former US outposts","medium",
  "Start: Russian MoD 15 Oct 2019 (TASS, Xinhua, WaPo). Continuity: Sputnik (via UrduPoint) 12 Aug 2020: units 'continued patrolling in the Manbij district'. End: Pravda.ru (10 Dec 2024) citing The Washington Post says Russian troops left the Manbij base; the SNA took Manbij 8-9 Dec 2024. Exact departure day not sourced."),
 ("north-prs-arima-1","arima","2018-12-24","~2019-01-13","russia","Russian Military Police column and patrols at Arima","medium",
  "UAWire (citing Anadolu and the Russian MoD): an MP column entered Arima on 24 Dec 2018; Anadolu footage shows Russian patrols around Arima; MoD statements of 10 and 13 Jan 2019. END = latest dated report found, not a withdrawal. Undated reports (SOHR Arabic: Russian withdrawal from 'Arima base' to Umm Miyal; al-Arab al-Yawm: Russian coordination centre returned to Arima) show a longer presence that could not be dated."),
 ("north-prs-menagh-1","menagh-airbase","~2017-10","~2024-12-01","russia","Russian forces at the airbase (flag raised 2017; reinforcements 2022; reported supply hub)","low",
  "Start: late Oct 2017 reports that Russian forces took over / raised the Russian flag at the SDF-held base (Fort Russ 26 Oct 2017, Muraselon, Zaman al-Wasl); Baladi News (Levant Front sources) doubted a real handover. Continuity: SOHR via AFP (c. 30 Nov 2022) says Russian forces reinforced their presence at Menagh. Turkish outlets (1 Dec 2024) say Russian and Iranian forces used it as a supply hub. END = the SNA capture on 1 Dec 2024, not a sourced Russian departure date. Low confidence: presence between the reports is assumed."),
 ("north-prs-saraqib-1","saraqib","2020-03-02","~2020-03-03","russia","Russian Military Police units deployed in Saraqib to secure the M4/M5","high",
  "Reconciliation Centre statement: units deployed from 17:00 on 2 Mar 2020 (Rossiyskaya Gazeta, Qasioun, ISWNews). REN TV/Interfax reported a second patrol. END = latest report found, not a reported withdrawal. Jisr TV (2 Mar) says the town was still contested when this was announced."),
 ("north-prs-saraqib-2","saraqib","2020-03-15","~2020-08","russia","Joint Russian-Turkish M4 patrols starting at Trumba, 2 km west of Saraqib","medium",
  "Patrols Trumba - Ain al-Hawr began 15 Mar 2020 (Tabnak relaying Russian MoD; Hurriyet Daily News). Patrols were halted indefinitely after an attack injured a Russian soldier at the end of August 2020 (Daily Sabah). A mobile patrol presence, not a base."),
 ("north-prs-saraqib-3","saraqib","~2021-01-19","~2021-01","russia","Russian observation post opposite a Turkish post at the edge of Saraqib","low",
  "Opposition/pro-SDF reports (Syrian Press Center; Hawar citing SOHR; Qasioun) of a Russian post 50 m from Syrian government positions, opposite a new Turkish post. Date 'Tuesday 19 January' - year 2021 inferred. END = latest report found, not a reported withdrawal."),
 ("north-prs-abu-al-duhur-1","abu-al-duhur-airbase","~2018-08","~2018-08","russia","About 50 Russian officers and soldiers with weapons (reconnaissance before an Idlib offensive, reported)","reported",
  "Single report (Al-Quds Al-Arabi, anonymous field sources; reposts dated 12 Aug 2018). END = the same report; no later dated report of Russians at the base was found (an undated ISWNews Arabic report of Russian Ka-52/Mi-24 helicopters there is not used)."),
]

# ---------------------------------------------------------------- control
# id, site, start, end, holder, confidence, note
CONTROL = [
 # Aleppo
 ("north-ctl-aleppo-1","aleppo","1963","2024-11-30","syria-gov","high","Government-held city until the HTS-led offensive; from 19 Jul 2012 to 22 Dec 2016 only the west (see overlapping north-ctl-aleppo-2). Government forces announced their exit on 30 Nov 2024."),
 ("north-ctl-aleppo-2","aleppo","2012-07-19","2016-12-22","rebels","high","Overlaps north-ctl-aleppo-1 on purpose (divided city): eastern Aleppo held by rebels (FSA, Islamic Front, al-Nusra and others) until the last convoy left on 22 Dec 2016. Two YPG-held northern districts are not modelled."),
 ("north-ctl-aleppo-3","aleppo","2024-11-30","2024-12-08","nusra","high","HTS-led factions took most of the city and the airport on 30 Nov 2024 (SOHR); SDF-held Sheikh Maqsoud not modelled."),
 ("north-ctl-aleppo-4","aleppo","2024-12-08","","syria-transitional","high","From the fall of Assad."),
 # Kuweires
 ("north-ctl-kuweires-1","kuweires","1963","2024-12-01","syria-gov","high","Never captured: besieged by rebels from 2013 and by ISIS from late 2013 until 10 Nov 2015 (relief with Russian air support)."),
 ("north-ctl-kuweires-2","kuweires","2024-12-01","2025-01-29","sna","medium","SNA took the airport on Sunday 1 Dec 2024 (TRT World). End date is a modelling choice: the factions' dissolution into the state was announced at the Victory Conference on 29 Jan 2025; no physical handover date is sourced."),
 ("north-ctl-kuweires-3","kuweires","2025-01-29","","syria-transitional","medium","Modelling choice (see north-ctl-kuweires-2)."),
 # Jirah
 ("north-ctl-jirah-1","jirah-airbase","1963","2013-02-12","syria-gov","medium","Syrian Air Force airfield; encircled by rebels from mid-Jan 2013."),
 ("north-ctl-jirah-2","jirah-airbase","2013-02-12","2014-01","rebels","medium","Ahrar al-Sham and the FSA (with al-Nusra per LWJ) took it on 12 Feb 2013 (Wikipedia); LWJ reported it in Feb 2013."),
 ("north-ctl-jirah-3","jirah-airbase","2014-01","2017-05-12","isis","medium","ISIS control from January 2014 (Wikipedia). End: Wikipedia 12 May 2017; SOHR via Press TV says 'on Saturday' (13 May 2017). Earlier date used."),
 ("north-ctl-jirah-4","jirah-airbase","2017-05-12","~2024-12","syria-gov","medium","End approximate: the SDF overran the Dayr Hafir-Maskanah area after Assad's fall (The National); by 24 Dec 2024 the SDF was advancing 'from the Jirah Military Airbase' (Wikipedia)."),
 ("north-ctl-jirah-5","jirah-airbase","~2024-12","2026-01-17","sdf","medium","Start not dated by any source (inferred from The National and Wikipedia, see north-ctl-jirah-4)."),
 ("north-ctl-jirah-6","jirah-airbase","2026-01-17","","syria-transitional","high","The army took the Jarrah airbase on Sat 17 Jan 2026 after the SDF withdrew from Deir Hafer/Maskanah (SANA via Arab News; AP via AnewZ)."),
 # Tell Rifaat
 ("north-ctl-tal-rifaat-1","tal-rifaat","1963","2012","syria-gov","medium","Government authorities expelled in early summer 2012 (French Wikipedia)."),
 ("north-ctl-tal-rifaat-2","tal-rifaat","2012","2014","fsa","medium","Captured by the Free Syrian Army in 2012 (Wikipedia); years only."),
 ("north-ctl-tal-rifaat-3","tal-rifaat","2014","2015","isis","low","Wikipedia lists an ISIL capture in 2014 without detail; years only."),
 ("north-ctl-tal-rifaat-4","tal-rifaat","2015","2016-02-16","rebels","medium","Islamic Front from 2015 (Wikipedia). End: Wikipedia 16 Feb 2016; SOHR/Kurdistan24 reported SDF control on 15 Feb 2016 (not cited here: original Kurdistan24 URL not found)."),
 ("north-ctl-tal-rifaat-5","tal-rifaat","2016-02-16","2024-12-01","sdf","high","SDF/YPG from Feb 2016. Russian MP and Syrian government forces were also present from 2017; AFP (2022) describes the town as controlled by Kurdish fighters and Syrian government troops - joint presence not modelled as a separate holder."),
 ("north-ctl-tal-rifaat-6","tal-rifaat","2024-12-01","2025-01-29","sna","high","SNA took the town on Sunday 1 Dec 2024 (Shafaq/SOHR; TRT)."),
 ("north-ctl-tal-rifaat-7","tal-rifaat","2025-01-29","","syria-transitional","medium","Modelling choice: factions' dissolution announced at the Victory Conference (29 Jan 2025)."),
 # Manbij
 ("north-ctl-manbij-1","manbij","1963","2012","syria-gov","medium","Government-held until rebels took the city in 2012."),
 ("north-ctl-manbij-2","manbij","2012","~2014-01","rebels","medium","Rebel-held from 2012 (Swedish Wikipedia: 'sedan 2012')."),
 ("north-ctl-manbij-3","manbij","~2014-01","2016-08-12","isis","medium","ISIS from early 2014 ('sedan tidigt 2014'); month approximate."),
 ("north-ctl-manbij-4","manbij","2016-08-12","2024-12-09","sdf","high","SDF (Manbij Military Council) from 12 Aug 2016. See contested overlapping row north-ctl-manbij-5. End: SNA 80% on 8 Dec, full control 9 Dec per Turkish sources; a Wikipedia copy gives 11 Dec."),
 ("north-ctl-manbij-5","manbij","2019-10-15","2024-12-08","syria-gov","low","Contested claim overlapping north-ctl-manbij-4: the Russian MoD said on 15 Oct 2019 that the Syrian army had 'full control' of Manbij; other reporting describes army positions on the periphery and joint SDF/army control. Both kept."),
 ("north-ctl-manbij-6","manbij","2024-12-09","2025-01-29","sna","high","SNA full control on Mon 9 Dec 2024 (Turkish security sources via Shafaq; TRT)."),
 ("north-ctl-manbij-7","manbij","2025-01-29","","syria-transitional","medium","Modelling choice: factions' dissolution announced at the Victory Conference (29 Jan 2025)."),
 # Arima
 ("north-ctl-arima-1","arima","1963","2012","syria-gov","medium","Government-held until rebels took it in 2012."),
 ("north-ctl-arima-2","arima","2012","2014","rebels","medium","Rebels 2012, ISIL 2014 (Wikipedia); years only."),
 ("north-ctl-arima-3","arima","2014","2016-10-03","isis","medium","ISIS from 2014; the SDF approached in June 2016 and retook it on 3 Oct 2016 (Wikipedia)."),
 ("north-ctl-arima-4","arima","2016-10-03","~2024-12-08","sdf","medium","Manbij Military Council/SDF. Overlaps north-ctl-arima-5 (dual control). End: the SNA had taken Orayma/Ureyme by 8 Dec 2024 (Hurriyet, Daily Sabah); exact day not given."),
 ("north-ctl-arima-5","arima","2018-12-24","~2024-12-08","syria-gov","low","Overlaps north-ctl-arima-4 on purpose: the Arima area was 'transferred under the control of government forces' in Dec 2018 (UAWire), and Wikipedia says that as of 2020 it was under dual control of the Syrian government and the AANES."),
 ("north-ctl-arima-6","arima","~2024-12-08","2025-01-29","sna","medium","SNA (Operation Dawn of Freedom); start = by 8 Dec 2024."),
 ("north-ctl-arima-7","arima","2025-01-29","","syria-transitional","medium","Modelling choice: factions' dissolution announced at the Victory Conference (29 Jan 2025)."),
 # Menagh
 ("north-ctl-menagh-1","menagh-airbase","1963","2013-08","syria-gov","medium","Syrian Air Force base until August 2013."),
 ("north-ctl-menagh-2","menagh-airbase","2013-08","2016-02-10","rebels","medium","Taken by rebels (FSA with jihadist groups) in Aug 2013; French Wikipedia says ISIL later held it for a time and then abandoned it (dates not in the retrieved text) - that ISIS interval is not modelled separately."),
 ("north-ctl-menagh-3","menagh-airbase","2016-02-10","2024-12-01","sdf","medium","YPG/SDF took it on Wed 10 Feb 2016 with Russian air strikes (Al-Alam/AFP; Reuters 'on Thursday'). Turkish outlets say it stayed under YPG control until 2024. Contested: SOHR via AFP (2022) called it government-controlled - see overlapping north-ctl-menagh-4; in Oct 2017 Russian flags were raised (not a change of holder)."),
 ("north-ctl-menagh-4","menagh-airbase","~2022-11-30","2024-12-01","syria-gov","low","Overlaps north-ctl-menagh-3: SOHR (via AFP, c. 30 Nov 2022) described Menagh as held by government forces; Turkish outlets (Dec 2024) say YPG. Start = first report found, not a handover date."),
 ("north-ctl-menagh-5","menagh-airbase","2024-12-01","2025-01-29","sna","high","SNA captured Minnigh airbase on 1 Dec 2024 (A News; Türkiye Today)."),
 ("north-ctl-menagh-6","menagh-airbase","2025-01-29","","syria-transitional","medium","Modelling choice: factions' dissolution announced at the Victory Conference (29 Jan 2025)."),
 # Saraqib
 ("north-ctl-saraqib-1","saraqib","1963","2012","syria-gov","medium","Government-held (security forces retook it in Aug 2011 per Wikipedia) until it fell to rebels in 2012."),
 ("north-ctl-saraqib-2","saraqib","2012","2020-02-05","rebels","medium","Rebel-held from 2012; HTS (ex-Nusra) was the dominant faction by 2019-2020 (Al-Masdar, Feb 2020 calls the defenders HTS and allies) - kept as 'rebels' because no source dates the switch."),
 ("north-ctl-saraqib-3","saraqib","2020-02-05","2020-03-02","syria-gov","medium","Army entered on Wed 5 Feb 2020 (SOHR via Al Arabiya; RT: 'liberated ... on February 5'). Overlaps the contested rebel recapture north-ctl-saraqib-4."),
 ("north-ctl-saraqib-4","saraqib","~2020-02-27","2020-03-02","rebels","low","Contested: Jisr TV (2 Mar) says revolutionary factions retook Saraqib 'days ago' with Turkish participation; RT/TASS (27 Feb) denied Turkish reports of the capture. Start approximate (day of the Turkish reports)."),
 ("north-ctl-saraqib-5","saraqib","2020-03-02","~2024-11-29","syria-gov","medium","Army back in control on 2 Mar 2020 (Qasioun; Russian MP deployed). End: HTS-led forces held the M4/M5 junction by 28 Nov 2024 (AFP/SOHR) and the army had left all Idlib except Khan Sheikhoun and Kafr Nabl by 30 Nov (Shafaq/SOHR); North Press (read only at a non-original copy) gives 29 Nov."),
 ("north-ctl-saraqib-6","saraqib","~2024-11-29","2024-12-08","nusra","medium","HTS-led offensive ('captured by the Syrian Salvation Government', Wikipedia)."),
 ("north-ctl-saraqib-7","saraqib","2024-12-08","","syria-transitional","high","From the fall of Assad."),
 # Abu al-Duhur
 ("north-ctl-abu-al-duhur-1","abu-al-duhur-airbase","1963","2015-09-09","syria-gov","high","Besieged from Sep 2012; fell on 9 Sep 2015."),
 ("north-ctl-abu-al-duhur-2","abu-al-duhur-airbase","2015-09-09","2018-01-20","nusra","high","Al-Nusra Front (later HTS) with the Turkistan Islamic Party. End date disagreement: Wikipedia says 10 Jan 2018 (troops entered on 10 Jan but were pushed out, per RIA and a Polish Wikipedia copy); Hezbollah media (Al Arabiya) 20 Jan; the army announced it on 21 Jan (AFP); Russian MoD on 21 Jan. 20 Jan used."),
 ("north-ctl-abu-al-duhur-3","abu-al-duhur-airbase","2018-01-20","2024-11-30","syria-gov","high","Army-held until rebels seized it at dawn on Sat 30 Nov 2024 (The New Arab)."),
 ("north-ctl-abu-al-duhur-4","abu-al-duhur-airbase","2024-11-30","2024-12-08","nusra","medium","HTS-led offensive."),
 ("north-ctl-abu-al-duhur-5","abu-al-duhur-airbase","2024-12-08","","syria-transitional","high","From the fall of Assad."),
]

# ---------------------------------------------------------------- events
# id, date, site, kind, title, confidence, note
EVENTS = [
 ("north-evt-aleppo-mp-2016","2016-12-22","aleppo","deployment","Russian Military Police battalion sent into Aleppo from Hmeimim","high","Announced 23 Dec 2016 (Shoigu: 'yesterday evening')."),
 ("north-evt-aleppo-capture-2016","2016-12-22","aleppo","capture","Syrian army declares victory in Aleppo as the last convoy leaves the east","high",""),
 ("north-evt-aleppo-jibrin-2021","~2021-04","aleppo","withdrawal","Russian forces reported preparing to vacate their base at Jibrin near Aleppo airport","reported","Syrian Press Center (relaying 'Ain al-Furat'): meeting at the Russian base in Jibrin chaired by the commander of Russian forces in Aleppo; Russians to move to al-Naimiya school SW of Dibsi Afnan. Jibrin is not mapped (no sourced coordinates)."),
 ("north-evt-aleppo-capture-2024","2024-11-30","aleppo","capture","HTS-led rebels take most of Aleppo and its airport; army announces withdrawal","high",""),
 ("north-evt-kuweires-relief-2015","2015-11-10","kuweires","other","Siege of Kuweires broken by the Syrian army with Russian air support","high","Relief of a government-held base, not a change of holder."),
 ("north-evt-kuweires-marines-2016","~2016-01-21","kuweires","deployment","About 50 Russian marines reportedly arrive at Kuweires","low","Al-Masdar via SouthFront ('Thursday morning'); SouthFront says it cannot confirm."),
 ("north-evt-kuweires-sna-2024","2024-12-01","kuweires","capture","SNA captures Kuweires airport (Operation Dawn of Freedom)","medium","Turkish state source."),
 ("north-evt-jirah-rebels-2013","2013-02-12","jirah-airbase","capture","Rebels (Ahrar al-Sham, FSA) take al-Jarrah airbase","medium",""),
 ("north-evt-jirah-army-2017","2017-05-12","jirah-airbase","capture","Syrian army retakes Jirah airbase from ISIS","medium","12 May (Wikipedia) or Sat 13 May (SOHR via Press TV)."),
 ("north-evt-jirah-russian-use-2017","2017-08-10","jirah-airbase","other","Pro-Russian outlet says Syrian and Russian aviation use Jirah airbase","low","Single pro-Russian source."),
 ("north-evt-jirah-restored-2023","2023-01-23","jirah-airbase","announcement","Russian MoD: al-Jarrah airfield restored for joint Russian-Syrian basing","high","Reuters: statement 'late on Monday' (23 Jan); Enab Baladi: 24 Jan."),
 ("north-evt-jirah-army-2026","2026-01-17","jirah-airbase","capture","Syrian army takes the Jarrah airbase after the SDF withdraws from Deir Hafer","high",""),
 ("north-evt-tal-rifaat-mp-2017","2017-09-06","tal-rifaat","announcement","Russian General Staff: YPG left Tell Rifaat, government forces moved in and Russian MP deployed","medium","Russian claim relayed by TRT Haber; the YPG did not in fact leave (SDF held the town until 2024)."),
 ("north-evt-tal-rifaat-mp-2019","2019-02-04","tal-rifaat","deployment","Head of Russian MP: 'We are working in Tell Rifaat today' - posts and checkpoints","medium",""),
 ("north-evt-tal-rifaat-withdraw-2021","2021-04-13","tal-rifaat","withdrawal","Russian units briefly withdraw from Tell Rifaat, Sherawa and Kashtar/Kishtaar","medium","Returned the next day."),
 ("north-evt-tal-rifaat-return-2021","2021-04-14","tal-rifaat","deployment","Russian forces return to their Tell Rifaat and Kashtaar positions","medium",""),
 ("north-evt-tal-rifaat-reinf-2022","~2022-11-30","tal-rifaat","deployment","Russian reinforcements arrive in Tell Rifaat and at Menagh amid Turkish threats","medium","AFP ('on Wednesday'); SOHR on Menagh."),
 ("north-evt-tal-rifaat-rotation-2023","~2023-06","tal-rifaat","other","Rotation of Russian units at Tell Rifaat; presence 'unchanged'","low","Athr Press via The Syrian Observer (6 Jun 2023) denies a withdrawal."),
 ("north-evt-tal-rifaat-sna-2024","2024-12-01","tal-rifaat","capture","SNA takes Tell Rifaat from the SDF","high",""),
 ("north-evt-menagh-sdf-2016","2016-02-10","menagh-airbase","capture","YPG/SDF take Menagh airbase from rebels with Russian air strikes","high",""),
 ("north-evt-menagh-russia-2017","~2017-10","menagh-airbase","deployment","Russian flag raised over SDF-held Menagh airbase; reported handover to Russian forces","low","Disputed: Baladi News sources call it flag-raising only."),
 ("north-evt-menagh-sna-2024","2024-12-01","menagh-airbase","capture","SNA captures Menagh (Minnigh) airbase","high",""),
 ("north-evt-manbij-patrols-2019","2019-01-08","manbij","deployment","Russian Military Police begin patrolling the security zone around Manbij","high",""),
 ("north-evt-manbij-contact-2019","2019-10-15","manbij","deployment","Russian MP patrol the line of contact NW of Manbij after the US withdrawal","high",""),
 ("north-evt-manbij-exit-2024","~2024-12-10","manbij","withdrawal","Russian troops reported to have left the former US base at Manbij","medium","Pravda.ru citing The Washington Post."),
 ("north-evt-manbij-sna-2024","2024-12-09","manbij","capture","SNA takes full control of Manbij","high","80% on 8 Dec (Hurriyet), full control 9 Dec (Shafaq, TRT)."),
 ("north-evt-arima-mp-2018","2018-12-24","arima","deployment","Russian Military Police column enters Arima","medium",""),
 ("north-evt-saraqib-army-2020","2020-02-05","saraqib","capture","Syrian army enters Saraqib","medium",""),
 ("north-evt-saraqib-mp-2020","2020-03-02","saraqib","deployment","Russian Military Police units deployed in Saraqib from 17:00","high",""),
 ("north-evt-saraqib-patrols-2020","2020-03-15","saraqib","deployment","First joint Russian-Turkish M4 patrol from Trumba (2 km W of Saraqib) to Ain al-Hawr","high",""),
 ("north-evt-saraqib-patrol-halt-2020","~2020-08","saraqib","other","Joint M4 patrols halted indefinitely after an attack injures a Russian soldier","medium",""),
 ("north-evt-saraqib-op-2021","~2021-01-19","saraqib","deployment","Russian post set up opposite a new Turkish post at Saraqib","low","Year inferred."),
 ("north-evt-saraqib-hts-2024","~2024-11-29","saraqib","capture","HTS-led forces take the M4/M5 junction and Saraqib","medium",""),
 ("north-evt-abu-al-duhur-nusra-2015","2015-09-09","abu-al-duhur-airbase","capture","Al-Nusra takes Abu al-Duhur airbase","high",""),
 ("north-evt-abu-al-duhur-army-2018","2018-01-20","abu-al-duhur-airbase","capture","Syrian army retakes Abu al-Duhur airbase","high","Dates 10/20/21 Jan disagree (see control row)."),
 ("north-evt-abu-al-duhur-russians-2018","~2018-08","abu-al-duhur-airbase","deployment","About 50 Russian officers and soldiers reported at Abu al-Duhur airbase","reported",""),
 ("north-evt-abu-al-duhur-rebels-2024","2024-11-30","abu-al-duhur-airbase","capture","Rebels seize Abu al-Duhur airbase","medium",""),
 ("north-evt-pullback-2024","2024-12-14","","withdrawal","Reuters: Russia pulling back from front lines in northern Syria, keeping Hmeimim and Tartus","high","National event."),
]

# ---------------------------------------------------------------- citations (claim, source, quote)
BA = ("com-src-wiki-baathist-syria","Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party.")
FA = ("com-src-wiki-fall-assad","On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces.")
VC = ("north-src-wiki-victory-conf","was held at the People's Palace, Damascus, Syria, on 29 January 2025. It was attended by the commanders of various armed revolutionary factions that fought for the Syrian opposition coalition")
RP = ("north-src-reuters-pullback-2024-12-14","Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains but is not leaving its two main bases in the country")
C = []
def cite(claim, src_quote):
    C.append((claim, src_quote[0], src_quote[1]))
def c(claim, src, quote):
    C.append((claim, src, quote))

# Aleppo
c("aleppo","north-src-wiki-aleppo","Coordinates: 36°13′N 37°10′E / 36.217°N 37.167°E / 36.217; 37.167")
c("north-prs-aleppo-1","north-src-businesslive-aleppo-2016-12-23","\"We sent in a battalion of military police yesterday evening to maintain order in the liberated territories,\" Russian Defence Minister Sergei Shoigu reported to President Vladimir Putin on Friday.")
c("north-prs-aleppo-1","north-src-newsam-aleppo-2016-12-23","\"Now the unit is heading to Aleppo from the Hmeymim airbase to perform the tasks within the framework of the Center for Reconciliation of the warring sides in the Syrian Arab Republic,” said the Ministry of Defense.")
c("north-prs-aleppo-1","north-src-sputnikbr-aleppo-2017-12-06","Locais de um dos bairros de Aleppo pediram que policiais militares russos inspecionassem a região")
c("north-prs-aleppo-1","north-src-syrianobserver-tellrifaat-2023-06-06","This routine procedure, which takes place every few months, entails replacing existing members in Tal Rifaat with new units from the city of Aleppo.")
c("north-evt-aleppo-mp-2016","north-src-businesslive-aleppo-2016-12-23","\"We sent in a battalion of military police yesterday evening to maintain order in the liberated territories,\" Russian Defence Minister Sergei Shoigu reported to President Vladimir Putin on Friday.")
c("north-evt-aleppo-mp-2016","north-src-sputnik-aleppo-2016-12-23","The Russian Defense Ministry announced earlier on Friday the deployment of a Russian military police battalion in Aleppo")
c("north-evt-aleppo-capture-2016","north-src-sputnik-aleppo-2016-12-23","On Thursday, the Syrian army declared victory in Aleppo as the last convoy with militants left the city's east.")
c("north-evt-aleppo-jibrin-2021","north-src-syrianpc-jibrin-2021","قامت القوات الروسية اليوم الأحد 25 نيسان، بالاستعداد لإخلاء إحدى قواعدها العسكرية المجاورة لمطار حلب الدولي.")
c("north-evt-aleppo-capture-2024","north-src-albawaba-aleppo-2024","On November 30, 2024, the Syrian armed opposition claimed control of Aleppo International Airport")
c("north-evt-aleppo-capture-2024","north-src-112ua-aleppo-2024-11-30","Syrian forces have exited the country's second-largest city, Aleppo, to regroup and launch a counter-offensive against rebels.")
cite("north-ctl-aleppo-1", BA)
c("north-ctl-aleppo-1","north-src-sputnik-aleppo-2016-12-23","On Thursday, the Syrian army declared victory in Aleppo as the last convoy with militants left the city's east.")
c("north-ctl-aleppo-1","north-src-112ua-aleppo-2024-11-30","Syrian forces have exited the country's second-largest city, Aleppo, to regroup and launch a counter-offensive against rebels.")
c("north-ctl-aleppo-2","north-src-wiki-battle-aleppo","City divided between a government-held west and rebel-held east, with two northern districts YPG-held, since July 2012")
c("north-ctl-aleppo-2","north-src-wiki-battle-aleppo-2015","Date 19 July 2012 – present")
c("north-ctl-aleppo-2","north-src-sputnik-aleppo-2016-12-23","On Thursday, the Syrian army declared victory in Aleppo as the last convoy with militants left the city's east.")
c("north-ctl-aleppo-3","north-src-albawaba-aleppo-2024","The Syrian Observatory for Human Rights (SOHR) said that the opposition had taken over much of Aleppo, their biggest victory in years.")
cite("north-ctl-aleppo-4", FA)
# Kuweires
c("kuweires","north-src-wiki-kuweires","36 ° 11'13 '' N. 037 ° 34'59 '' E. / 36,18694 ° N 37,58306 ° E.")
c("kuweires","north-src-wiki-kuweires","Es liegt etwa 30 km östlich der Stadt Aleppo")
c("north-prs-kuweires-1","north-src-arrahmah-kuweires-2016","Brigade dikerahkan sejak Desember 2015 di bawah pengawasan petinggi militer Rusia yang mengawasi beberapa sektor di bandara.")
c("north-prs-kuweires-1","north-src-southfront-kuweires-2016","“A little less than 50 Russian Marines were deployed to the Kuweires Military Airport on Thursday morning")
c("north-evt-kuweires-marines-2016","north-src-southfront-kuweires-2016","“A little less than 50 Russian Marines were deployed to the Kuweires Military Airport on Thursday morning")
c("north-evt-kuweires-relief-2015","north-src-sputnikbr-kuweires-2015-11-11","Na terça-feira (10), com o apoio da aviação russa, as tropas sírias e os combatentes do Hezbollah e das Forças de Defesa Nacional")
c("north-evt-kuweires-relief-2015","north-src-sputnikbr-kuweires-2015-11-11","colocaram fim a um cerco do Estado Islâmico à base aérea de Kuweires, em Aleppo, que já durava mais de dois anos.")
c("north-evt-kuweires-sna-2024","north-src-trt-kuweires-2024-12-01","the SNA took control of the Kuweires Military Airport on Sunday.")
cite("north-ctl-kuweires-1", BA)
c("north-ctl-kuweires-1","north-src-wiki-kuweires","Die Rebellen umzingelten Kuweiris mehr als ein Jahr lang, überrannten sie jedoch nicht.")
c("north-ctl-kuweires-2","north-src-trt-kuweires-2024-12-01","the SNA took control of the Kuweires Military Airport on Sunday.")
cite("north-ctl-kuweires-2", VC)
cite("north-ctl-kuweires-3", VC)
# Jirah
c("jirah-airbase","north-src-wiki-jirah","36 ° 5′51 ″ с.ш. 37 ° 56′25 ″ в.д. / 36,09750 ° с. Ш. 37,94028 ° в. / 36.09750; 37.94028")
c("north-prs-jirah-1","north-src-tbs-jarrah-2023-01-24","Russia and Syria have restored the al-Jarrah military air base in Syria's north to be jointly used, Russia's Defence Ministry said late on Monday.")
c("north-prs-jirah-1","north-src-enab-jarrah-2023-02","Moscow revived it days earlier when the Russian Ministry of Defense announced on 24 January the restoration of the air base for joint use with Syrian regime forces.")
cite("north-prs-jirah-1", RP)
c("north-evt-jirah-restored-2023","north-src-tbs-jarrah-2023-01-24","\"The joint basing of aviation of the Russian Aerospace Forces and the Syrian Air Force at the al-Jarrah airfield makes it possible to cover the state border.\"")
c("north-evt-jirah-restored-2023","north-src-enab-jarrah-2023-02","Moscow revived it days earlier when the Russian Ministry of Defense announced on 24 January the restoration of the air base for joint use with Syrian regime forces.")
c("north-evt-jirah-russian-use-2017","north-src-insidesyria-jirah-2017-08-10","It is also reported that the combat aviation is currently deployed at the airbase")
cite("north-ctl-jirah-1", BA)
c("north-ctl-jirah-1","north-src-wiki-jirah","Окружив авиабазу в середине января 2013 года")
c("north-ctl-jirah-2","north-src-wiki-jirah","базу захватили бойцы оппозиции из Ахрар аш-Шам и Свободная сирийская армия 12 февраля.")
c("north-ctl-jirah-2","north-src-lwj-jarrah-2013-02","“Rebel fighters from several islamist factions have fully taken over the al-Jarrah military airport,” according to the Syrian Observatory for Human Rights")
c("north-evt-jirah-rebels-2013","north-src-wiki-jirah","базу захватили бойцы оппозиции из Ахрар аш-Шам и Свободная сирийская армия 12 февраля.")
c("north-evt-jirah-rebels-2013","north-src-lwj-jarrah-2013-02","“Rebel fighters from several islamist factions have fully taken over the al-Jarrah military airport,” according to the Syrian Observatory for Human Rights")
c("north-ctl-jirah-3","north-src-wiki-jirah","Он попал под ИГИЛ контроль в январе 2014 г.")
c("north-ctl-jirah-3","north-src-wiki-jirah","12 мая 2017 г. САА отбила авиабазу у ИГИЛ")
c("north-ctl-jirah-3","north-src-presstv-jarrah-2017-05-13","Syrian troopers could establish control over the small al-Jarrah airport on Saturday after heavy fighting with Daesh members.")
c("north-evt-jirah-army-2017","north-src-wiki-jirah","12 мая 2017 г. САА отбила авиабазу у ИГИЛ")
c("north-evt-jirah-army-2017","north-src-presstv-jarrah-2017-05-13","Syrian troopers could establish control over the small al-Jarrah airport on Saturday after heavy fighting with Daesh members.")
c("north-ctl-jirah-4","north-src-wiki-jirah","12 мая 2017 г. САА отбила авиабазу у ИГИЛ")
c("north-ctl-jirah-4","north-src-national-dayrhafir-2026-01-15","the Dayr Hafir-Maskanah area, on the western bank of the Euphrates, which was overrun by the Syrian Democratic Forces militia after the fall of Syria's former leader Bashar Al Assad in 2024.")
c("north-ctl-jirah-5","north-src-national-dayrhafir-2026-01-15","the Dayr Hafir-Maskanah area, on the western bank of the Euphrates, which was overrun by the Syrian Democratic Forces militia after the fall of Syria's former leader Bashar Al Assad in 2024.")
c("north-ctl-jirah-5","north-src-wiki-eastaleppo-2024","At the Dayr Hafir front, the SDF advanced from the Jirah Military Airbase along the west bank of the Euphrates")
c("north-ctl-jirah-6","north-src-arabnews-jarrah-2026-01-18","According to SANA, army units took control of Al-Jarrah Military Airport and secured 14 villages and towns east of the city")
c("north-ctl-jirah-6","north-src-anewz-dayrhafir-2026-01-17","The military says it now controls the town and the nearby Jarrah air base")
c("north-evt-jirah-army-2026","north-src-arabnews-jarrah-2026-01-18","According to SANA, army units took control of Al-Jarrah Military Airport and secured 14 villages and towns east of the city")
c("north-evt-jirah-army-2026","north-src-anewz-dayrhafir-2026-01-17","The military says it now controls the town and the nearby Jarrah air base")
# Tell Rifaat
c("tal-rifaat","north-src-frwiki-tellrifaat","Informații de contact 36 ° 28 ′ nord, 37 ° 06 ′ est")
c("north-prs-tal-rifaat-1","north-src-trthaber-tellrifaat-2017-09-06","muhaliflerle rejim arasında çatışma yaşanmaması için bölgeye Rus askeri polisinin konuşlandığını kaydetti.")
c("north-prs-tal-rifaat-1","north-src-muraselon-tellrifaat-2018-03","A video has been released showing the presence of Syrian Republican Guard and Russian forces troops inside the town of Tell Rifaat.")
c("north-prs-tal-rifaat-1","north-src-newsaz-tellrifaat-2019-02-04","\"We are working in Tell Rifaat today. We went through almost all observation posts and checkpoints.")
c("north-prs-tal-rifaat-1","north-src-aawsat-tellrifaat-2021","Russian forces returned to Tal Rifaat and Kashtaar bases, under the control of the Syrian Democratic Forces (SDF), after a sudden withdrawal on Tuesday.")
c("north-prs-tal-rifaat-1","north-src-gercek-tellrifaat-2022","Russian reinforcements stationed in Tal Rifaat, an area where its troops were already present, AFP said, citing residents and a war monitor.")
c("north-prs-tal-rifaat-1","north-src-syrianobserver-tellrifaat-2023-06-06","The sources emphasized that the presence of Russian and Syrian forces in Tal Rifaat remains unchanged")
cite("north-prs-tal-rifaat-1", RP)
c("north-evt-tal-rifaat-mp-2017","north-src-trthaber-tellrifaat-2017-09-06","Rusya Genelkurmay Başkanlığı, terör örgütü PKK/PYD'nin Suriye'nin Halep ilinde işgal ettiği Tel Rıfat ilçesinden çekildiğini, bölgeye rejim güçlerinin yerleştiğini bildirdi.")
c("north-evt-tal-rifaat-mp-2019","north-src-newsaz-tellrifaat-2019-02-04","\"We are working in Tell Rifaat today. We went through almost all observation posts and checkpoints.")
c("north-evt-tal-rifaat-withdraw-2021","north-src-anf-shehba-2021-04","Russian military units evacuated their positions in the areas of Til Rifat, Sherawa and Kishtehare at around 09:30 local time Tuesday morning, April 13th.")
c("north-evt-tal-rifaat-withdraw-2021","north-src-tgrt-tellrifaat-2021-04-14","Suriye’de Halep’in kuzeyindeki Tel Rıfat'ta Rus askeri araçları bölgeden ayrılırken görüntülendi.")
c("north-evt-tal-rifaat-return-2021","north-src-anf-shehba-2021-04","According to information provided by local sources, Russian forces have returned to their positions today.")
c("north-evt-tal-rifaat-return-2021","north-src-aawsat-tellrifaat-2021","Russian forces returned to Tal Rifaat and Kashtaar bases, under the control of the Syrian Democratic Forces (SDF), after a sudden withdrawal on Tuesday.")
c("north-evt-tal-rifaat-reinf-2022","north-src-gercek-tellrifaat-2022","Russia on Wednesday deployed troop reinforcements to Northern Syria amid fears of a Turkish ground offensive, AFP reported.")
c("north-evt-tal-rifaat-reinf-2022","north-src-jbc-menagh-2022","وأشار المرصد السوري بدوره إلى تعزيز القوات الروسية أيضاً تواجدها في مطار منغ العسكري المجاور، الذي تسيطر عليه القوات الحكومية.")
c("north-evt-tal-rifaat-rotation-2023","north-src-syrianobserver-tellrifaat-2023-06-06","the events that occurred in the Tal Rifaat area last week involved a rotation of Russian forces at various points within and around the city.")
c("north-evt-tal-rifaat-sna-2024","north-src-shafaq-tellrifaat-2024-12-02","On Sunday, Turkiye-backed armed factions seized the strategic city of Tel Rifaat in northern Aleppo, previously under the control of the Syrian Democratic Forces (SDF).")
cite("north-ctl-tal-rifaat-1", BA)
c("north-ctl-tal-rifaat-1","north-src-frwiki-tellrifaat","La începutul verii 2012, autoritățile guvernului ( Baathist ) au fost alungate din oraș")
c("north-ctl-tal-rifaat-2","north-src-wiki-tellrifaat","Tell Rifaat was captured by the Free Syrian Army in 2012, the Islamic State of Iraq and the Levant in 2014, and the Islamic Front in 2015.")
c("north-ctl-tal-rifaat-3","north-src-wiki-tellrifaat","Tell Rifaat was captured by the Free Syrian Army in 2012, the Islamic State of Iraq and the Levant in 2014, and the Islamic Front in 2015.")
c("north-ctl-tal-rifaat-4","north-src-wiki-tellrifaat","Tell Rifaat was captured by the Free Syrian Army in 2012, the Islamic State of Iraq and the Levant in 2014, and the Islamic Front in 2015.")
c("north-ctl-tal-rifaat-4","north-src-wiki-tellrifaat","Tell Rifaat was captured by the Syrian Democratic Forces on 16 February 2016 after heavy Russian air strikes")
c("north-ctl-tal-rifaat-5","north-src-wiki-tellrifaat","Tell Rifaat was captured by the Syrian Democratic Forces on 16 February 2016 after heavy Russian air strikes")
c("north-ctl-tal-rifaat-5","north-src-gercek-tellrifaat-2022","Tal Rifaat is located north of Aleppo near Turkish border and controlled by the Kurdish fighters and Syrian government troops.")
c("north-ctl-tal-rifaat-5","north-src-shafaq-tellrifaat-2024-12-02","On Sunday, Turkiye-backed armed factions seized the strategic city of Tel Rifaat in northern Aleppo, previously under the control of the Syrian Democratic Forces (SDF).")
c("north-ctl-tal-rifaat-6","north-src-shafaq-tellrifaat-2024-12-02","On Sunday, Turkiye-backed armed factions seized the strategic city of Tel Rifaat in northern Aleppo, previously under the control of the Syrian Democratic Forces (SDF).")
c("north-ctl-tal-rifaat-6","north-src-trt-manbij-2024-12-09","The SNA launched Operation Dawn of Freedom on Dec. 1 and liberated the Tel Rifaat district centre from the PKK/YPG terror group the same day.")
cite("north-ctl-tal-rifaat-6", VC)
cite("north-ctl-tal-rifaat-7", VC)
# Manbij
c("manbij","north-src-wiki-manbij-sv","Koordinater36°32′N 37°57′Ö / 36.533°N 37.950°Ö / 36.533; 37.950")
c("north-prs-manbij-1","north-src-defensepost-manbij-2019-01-08","Russian military police spokesperson Yusup Mamatov said on Tuesday, January 8 that MPs had started patrolling “the security zone around Manbij.”")
c("north-prs-manbij-1","north-src-uawire-manbij-2019","The Russian military police began patrolling around the Syrian city of Manbij on January 8.")
c("north-prs-manbij-1","north-src-ahval-manbij-2019","The Russian military police patrols have taken place in a changing route through villages around Manbij, but is understood not to have entered areas controlled by the military council.")
c("north-prs-manbij-2","north-src-wapo-manbij-2019-10-15","The Russian Defense Ministry said in a statement that military police in northwestern Manbij were patrolling “along the line of contact between” Syria and Turkey")
c("north-prs-manbij-2","north-src-tass-manbij-2019-10-15","Russian military police continue to patrol the northwestern borders of Manbij District along the line of engagement of the Syrian and Turkish armed forces.")
c("north-prs-manbij-2","north-src-urdupoint-manbij-2020-08-12","The units continued patrolling in the Manbij district of the Aleppo province")
c("north-prs-manbij-2","north-src-pravda-manbij-2024-12-10","Russian troops have left army bases in northern Syria, The Washington Post reports.")
c("north-prs-manbij-2","north-src-pravda-manbij-2024-12-10","The first base initially belonged to the American military, but after their departure in 2019, the facility was occupied by the Russian Armed Forces.")
c("north-evt-manbij-patrols-2019","north-src-defensepost-manbij-2019-01-08","Russian military police spokesperson Yusup Mamatov said on Tuesday, January 8 that MPs had started patrolling “the security zone around Manbij.”")
c("north-evt-manbij-contact-2019","north-src-wapo-manbij-2019-10-15","Russia announced Tuesday that its units were patrolling between Turkish and Syrian military forces near the strategically important Syrian town of Manbij")
c("north-evt-manbij-contact-2019","north-src-xinhua-manbij-2019-10-15","Russian military police are patrolling the northwestern borders of Manbij along the contact line between Syrian and Turkish armed forces, it said.")
c("north-evt-manbij-exit-2024","north-src-pravda-manbij-2024-12-10","Russian troops have left army bases in northern Syria, The Washington Post reports.")
c("north-evt-manbij-sna-2024","north-src-shafaq-manbij-2024-12-09","On Monday, the Syrian National Army (SNA), a Turkish-backed opposition group, gained full control of the city of Manbij, according to Turkish security sources.")
c("north-evt-manbij-sna-2024","north-src-hurriyet-manbij-2024-12-08","having already taken control of 80 percent of the city in Syria’s north, Turkish security sources said on Dec. 8.")
cite("north-ctl-manbij-1", BA)
c("north-ctl-manbij-1","north-src-wiki-manbij-sv","Under syriska inbördeskriget har staden sedan 2012 varit kontrollerad av rebellstyrkor, sedan tidigt 2014 av Islamiska staten (IS).")
c("north-ctl-manbij-2","north-src-wiki-manbij-sv","Under syriska inbördeskriget har staden sedan 2012 varit kontrollerad av rebellstyrkor, sedan tidigt 2014 av Islamiska staten (IS).")
c("north-ctl-manbij-3","north-src-wiki-manbij-sv","Under syriska inbördeskriget har staden sedan 2012 varit kontrollerad av rebellstyrkor, sedan tidigt 2014 av Islamiska staten (IS).")
c("north-ctl-manbij-3","north-src-wiki-manbij-offensive-2016","After capturing Manbij city on 12 August, the SDF announced that the offensive would continue until the whole countryside around Manbij was captured")
c("north-ctl-manbij-4","north-src-rt-manbij-2016-08-12","\"The city is now fully under our control but we are undertaking sweeping operations,\" Sharfan Darwish of the SDF-allied Manbij Military Council told Reuters.")
c("north-ctl-manbij-4","north-src-wiki-manbij-offensive-2016","After capturing Manbij city on 12 August, the SDF announced that the offensive would continue until the whole countryside around Manbij was captured")
c("north-ctl-manbij-4","north-src-shafaq-manbij-2024-12-09","The sources confirmed that the Syrian Democratic Forces (SDF), who had previously controlled the city, vacated their positions.")
c("north-ctl-manbij-5","north-src-tass-manbij-2019-10-15","\"The Syrian government army has established full control over the city of Manbij and nearby inhabited communities,\" the ministry said.")
c("north-ctl-manbij-5","north-src-xinhua-manbij-2019-10-15","Dadat and Umm-Mial, located north of the city of Manbij and close to the Turkish border, have been occupied by Syrian government troops")
cite("north-ctl-manbij-5", FA)
c("north-ctl-manbij-6","north-src-shafaq-manbij-2024-12-09","On Monday, the Syrian National Army (SNA), a Turkish-backed opposition group, gained full control of the city of Manbij, according to Turkish security sources.")
c("north-ctl-manbij-6","north-src-trt-manbij-2024-12-09","The opposition Syrian National Army (SNA) has liberated the district of Manbij from the US-backed PKK/YPG terrorist group")
cite("north-ctl-manbij-6", VC)
cite("north-ctl-manbij-7", VC)
# Arima
c("arima","north-src-wiki-arima","Coordinates: 36°28′26″N 37°43′09″E / 36.4739°N 37.7192°E / 36.4739; 37.7192")
c("arima","north-src-wiki-arima","located 20 km northeast of the city of al-Bab and 65 km northeast of Aleppo in northern Syria")
c("north-prs-arima-1","north-src-uawire-manbij-2019","On December 24, a column of the Russian military police entered the town, which was followed by the arrival of various units of the Syrian army.")
c("north-prs-arima-1","north-src-uawire-manbij-2019","The footage of the Anatolian Agency captures the military in armored vehicles with the Russian flag patrolling around the town of Arima.")
c("north-prs-arima-1","north-src-southfront-arima-2018","Syrian and Russian troops entered the village of Arima earlier this week and restored a local coordination center with the SDF.")
c("north-evt-arima-mp-2018","north-src-uawire-manbij-2019","On December 24, a column of the Russian military police entered the town, which was followed by the arrival of various units of the Syrian army.")
cite("north-ctl-arima-1", BA)
c("north-ctl-arima-1","north-src-wiki-arima","the village came under the control of, first the rebels in 2012, and then ISIL in 2014.")
c("north-ctl-arima-2","north-src-wiki-arima","the village came under the control of, first the rebels in 2012, and then ISIL in 2014.")
c("north-ctl-arima-3","north-src-wiki-arima","the village came under the control of, first the rebels in 2012, and then ISIL in 2014.")
c("north-ctl-arima-3","north-src-wiki-arima","On 22 June Arima came back in the hands of ISIS, but was retaken by the SDF on 3 October.")
c("north-ctl-arima-4","north-src-wiki-arima","On 22 June Arima came back in the hands of ISIS, but was retaken by the SDF on 3 October.")
c("north-ctl-arima-4","north-src-hurriyet-manbij-2024-12-08","As part of the operation, the SNA liberated the town of Ureyme in the west and the village of Um Dadat in the north from terrorism.")
c("north-ctl-arima-5","north-src-uawire-manbij-2019","As a preliminary step, the Arima area near Manbij was transferred under the control of government forces.")
c("north-ctl-arima-5","north-src-wiki-arima","As of 2020, it was under dual control of the Syrian government and the Autonomous Administration of North and East Syria (AANES).")
c("north-ctl-arima-6","north-src-hurriyet-manbij-2024-12-08","As part of the operation, the SNA liberated the town of Ureyme in the west and the village of Um Dadat in the north from terrorism.")
c("north-ctl-arima-6","north-src-dailysabah-manbij-2024-12-08","Earlier in the operation, the SNA captured the town of Orayma and the village of Awn al-Dadat from the terrorists.")
cite("north-ctl-arima-6", VC)
cite("north-ctl-arima-7", VC)
# Menagh
c("menagh-airbase","north-src-frwiki-menagh","Informații de contact | 36 ° 31 ′ 16 ″ nord, 37 ° 02 ′ 17 ″ est")
c("menagh-airbase","north-src-frwiki-menagh","Baza aeriană Menagh (sau Minagh) este o bază aeriană la nord de Alep în Siria și la 6 kilometri sud de Azaz .")
c("north-prs-menagh-1","north-src-fortruss-menagh-2017-10-26","Reports have emerged that the Russian military have take over an airbase controlled by the Kurdish-led Syrian Democratic Forces (SDF) in northern Syria.")
c("north-prs-menagh-1","north-src-muraselon-flag-2017-10","Video shared by Pro Opposition media Shows Russian Flag raised over SDF-Held Meng Airbase in North Aleppo Countryside .")
c("north-prs-menagh-1","north-src-zaw-menagh-ar","أمس الجمعة من مطار \"منغ\" العسكري، شمال حلب، وسلمت مواقعها للقوات الروسية.")
c("north-prs-menagh-1","north-src-jbc-menagh-2022","وأشار المرصد السوري بدوره إلى تعزيز القوات الروسية أيضاً تواجدها في مطار منغ العسكري المجاور، الذي تسيطر عليه القوات الحكومية.")
c("north-prs-menagh-1","north-src-turkiyetoday-menagh-2024-12-01","Russian and Iranian forces also used the airbase as a hub for distributing military supplies.")
c("north-prs-menagh-1","north-src-zaw-withdraw-en","The Russian military units withdrew from outposts in Tal Rifaat, Sherawa, Kashtar, Tanb, Tal Ajjar and Menagh air base north of Aleppo city.")
c("north-evt-menagh-russia-2017","north-src-fortruss-menagh-2017-10-26","Reports have emerged that the Russian military have take over an airbase controlled by the Kurdish-led Syrian Democratic Forces (SDF) in northern Syria.")
c("north-evt-menagh-russia-2017","north-src-muraselon-menagh-2017-10","3 Russian helicopters (Ka 52 + MI 17 ) have landed at … Menagh Air Base in North Aleppo countryside, that is under SDF control.")
c("north-evt-menagh-russia-2017","north-src-baladi-menagh","إنهم رصدوا رفع العلم الروسي فوق مطار منغ العسكري الخاضع لسيطرة قوات \"قسد\"")
c("north-evt-menagh-sdf-2016","north-src-reuters-menagh-2016","Kurdish fighters backed by Russian bombing raids have driven Syrian rebels from a former military air base near the border with Turkey, a group that monitors the war said on Thursday.")
c("north-evt-menagh-sdf-2016","north-src-alalam-menagh-2016-02-12","The battle, supported by Russian air strikes, eventually saw the capture of Menagh military air base from ISIS on Wednesday (10 February).")
c("north-evt-menagh-sna-2024","north-src-anews-menagh-2024-12-01","The Syrian National Army (SNA) has taken control of the strategically significant Minnigh Airbase as part of \"Operation Dawn of Freedom.\"")
c("north-evt-menagh-sna-2024","north-src-turkiyetoday-menagh-2024-12-01","The Syrian National Army (SNA) has captured the strategically important Minnigh Airbase in Tel Rifaat as part of Operation Dawn of Freedom")
cite("north-ctl-menagh-1", BA)
c("north-ctl-menagh-1","north-src-alalam-menagh-2016-02-12","Syria government forces lost control of Menagh in August 2013.")
c("north-ctl-menagh-2","north-src-alalam-menagh-2016-02-12","Syria government forces lost control of Menagh in August 2013.")
c("north-ctl-menagh-2","north-src-muraselon-menagh-2017-10","On August 2013, the so called Free Syrian Army backed by Al-Qaeda militants took over the air base from the government forces.")
c("north-ctl-menagh-2","north-src-reuters-menagh-2016","a former Syrian air force facility that had fallen into rebel hands.")
c("north-ctl-menagh-3","north-src-alalam-menagh-2016-02-12","The battle, supported by Russian air strikes, eventually saw the capture of Menagh military air base from ISIS on Wednesday (10 February).")
c("north-ctl-menagh-3","north-src-anews-menagh-2024-12-01","The airbase had been under the PKK/YPG control since its occupation in 2016.")
c("north-ctl-menagh-4","north-src-jbc-menagh-2022","وأشار المرصد السوري بدوره إلى تعزيز القوات الروسية أيضاً تواجدها في مطار منغ العسكري المجاور، الذي تسيطر عليه القوات الحكومية.")
c("north-ctl-menagh-4","north-src-gercek-tellrifaat-2022","AFP also said that Russia was also reinforcing troops at a government-controlled airbase near Tal Rifaat, citing the Syrian Observatory for Human Rights")
c("north-ctl-menagh-5","north-src-anews-menagh-2024-12-01","The Syrian National Army (SNA) has taken control of the strategically significant Minnigh Airbase as part of \"Operation Dawn of Freedom.\"")
c("north-ctl-menagh-5","north-src-turkiyetoday-menagh-2024-12-01","The Syrian National Army (SNA) has captured the strategically important Minnigh Airbase in Tel Rifaat as part of Operation Dawn of Freedom")
cite("north-ctl-menagh-5", VC)
cite("north-ctl-menagh-6", VC)
# Saraqib
c("saraqib","north-src-wiki-saraqib","Coordinates: 35°51′49″N 36°48′2″E / 35.86361°N 36.80056°E / 35.86361; 36.80056")
c("north-prs-saraqib-1","north-src-rg-saraqib-2020-03-02","Подразделения российской военной полиции введены в город Серакаб, расположенный на северо-западе Сирии в провинции Идлиб.")
c("north-prs-saraqib-1","north-src-qasioun-saraqib-2020-03-02","نظرا لأهمية ضمان الأمن، وسلامة حركة المركبات والمدنيين على طول الطريقين M4 وM5، تم اعتبارا من الساعة 17:00 الموافق للـ2 من مارس 2020، نشر الشرطة العسكرية الروسية في مدينة سراقب")
c("north-prs-saraqib-1","north-src-rentv-saraqib-2020","Известно, что российская полиция провела уже второе патрулирование в освобожденном городе.")
c("north-evt-saraqib-mp-2020","north-src-rg-saraqib-2020-03-02","Военные полицейские официально начали патрулирование в городе Серакаб, начиная с 17.00 понедельника.")
c("north-evt-saraqib-mp-2020","north-src-iswnews-saraqib-2020-03-02","The statement said that today at 5 pm Moscow time, Russian Military Police units were entered to Saraqib city in Syria’s Idlib province")
c("north-evt-saraqib-mp-2020","north-src-qasioun-saraqib-2020-03-02","نظرا لأهمية ضمان الأمن، وسلامة حركة المركبات والمدنيين على طول الطريقين M4 وM5، تم اعتبارا من الساعة 17:00 الموافق للـ2 من مارس 2020، نشر الشرطة العسكرية الروسية في مدينة سراقب")
c("north-prs-saraqib-2","north-src-hurriyet-patrol-2020","Joint Turkish-Russian patrols agreed in the deal began on March 15 along the M4 highway from the settlement of Trumba — two kilometers to the west of Saraqib — to the settlement of Ain al-Hawr.")
c("north-prs-saraqib-2","north-src-tabnak-patrol-2020-03-15","A patrol will begin along the M4 highway from the settlement of Trumba to the settlement of Ain-al-Havr.")
c("north-prs-saraqib-2","north-src-dailysabah-patrols","When a Russian soldier was injured during an attack on a joint patrol troop at the end of August, the sides announced patrols were on halt indefinitely.")
c("north-evt-saraqib-patrols-2020","north-src-hurriyet-patrol-2020","Joint Turkish-Russian patrols agreed in the deal began on March 15 along the M4 highway from the settlement of Trumba — two kilometers to the west of Saraqib — to the settlement of Ain al-Hawr.")
c("north-evt-saraqib-patrols-2020","north-src-tabnak-patrol-2020-03-15","A patrol will begin along the M4 highway from the settlement of Trumba to the settlement of Ain-al-Havr.")
c("north-evt-saraqib-patrols-2020","north-src-dailysabah-patrols","launched joint patrols on the M4 highway on March 15, 2020, days after agreeing to a cease-fire deal in the Idlib region.")
c("north-evt-saraqib-patrol-halt-2020","north-src-dailysabah-patrols","When a Russian soldier was injured during an attack on a joint patrol troop at the end of August, the sides announced patrols were on halt indefinitely.")
c("north-prs-saraqib-3","north-src-syrianpc-saraqib-op","انشأت القوات الروسية اليوم الثلاثاء 19 كانون الثاني/يناير، نقطة مراقبة جديدة في مدينة سراقب بريف إدلب الجنوبي، على مواجهة بالنقطة التركية التي وضعتها تركيا أمس غرب سراقب.")
c("north-prs-saraqib-3","north-src-hawar-saraqib-op","The Russian forces established a military post opposite the Turkish point in Saraqib 50 meters away from the Damascus government forces.")
c("north-evt-saraqib-op-2021","north-src-syrianpc-saraqib-op","انشأت القوات الروسية اليوم الثلاثاء 19 كانون الثاني/يناير، نقطة مراقبة جديدة في مدينة سراقب بريف إدلب الجنوبي، على مواجهة بالنقطة التركية التي وضعتها تركيا أمس غرب سراقب.")
c("north-evt-saraqib-op-2021","north-src-hawar-saraqib-op","The Russian forces established a military post opposite the Turkish point in Saraqib 50 meters away from the Damascus government forces.")
c("north-evt-saraqib-army-2020","north-src-alarabiya-saraqib-2020-02-05","“Regime forces have entered Saraqib, after hundreds of extremists and allied forces retreated north of the town,” Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP.")
c("north-evt-saraqib-hts-2024","north-src-lbc-m5-2024-11-28","\"Hayat Tahrir al-Sham (HTS) and allied factions cut off the Damascus-Aleppo international M5 highway... in addition to controlling the junction between the M4 and M5 highways,\" said the Syrian Observatory for Human Rights.")
c("north-evt-saraqib-hts-2024","north-src-wiki-saraqib","The city was captured by the Syrian Salvation Government during the 2024 Northwestern Syria offensive.")
cite("north-ctl-saraqib-1", BA)
c("north-ctl-saraqib-1","north-src-wiki-saraqib","the city fell to rebel forces in 2012 and was recaptured by the Syrian Army in 2020.")
c("north-ctl-saraqib-2","north-src-wiki-saraqib","the city fell to rebel forces in 2012 and was recaptured by the Syrian Army in 2020.")
c("north-ctl-saraqib-2","north-src-alarabiya-saraqib-2020-02-05","“Regime forces have entered Saraqib, after hundreds of extremists and allied forces retreated north of the town,” Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP.")
c("north-ctl-saraqib-3","north-src-alarabiya-saraqib-2020-02-05","“Regime forces have entered Saraqib, after hundreds of extremists and allied forces retreated north of the town,” Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, told AFP.")
c("north-ctl-saraqib-3","north-src-rt-saraqib-2020-02-27","was liberated by the Syrian Army on February 5.")
c("north-ctl-saraqib-4","north-src-jisrtv-saraqib-2020-03-02","وكانت فصائل الثورة قد استعادت السيطرة عليها قبل أيام بهجوم موسع شاركت فيه القوات التركية.")
c("north-ctl-saraqib-4","north-src-rt-saraqib-2020-02-27","Reports by some Turkish media outlets asserting that Syrian “moderate opposition” units have captured the city of Saraqib in Idlib province are out of sync with reality")
c("north-ctl-saraqib-5","north-src-qasioun-saraqib-2020-03-02","وكانت جرت اليوم معارك عنيفة بين قوات النظام والميليشيات الموالية له ، وبين فصائل المقاومة المسلحة ، للسيطرة على مدينة سراقب ، وتلتها معلومات عن سيطرة النظام عليها من جديد .")
c("north-ctl-saraqib-5","north-src-lbc-m5-2024-11-28","\"Hayat Tahrir al-Sham (HTS) and allied factions cut off the Damascus-Aleppo international M5 highway... in addition to controlling the junction between the M4 and M5 highways,\" said the Syrian Observatory for Human Rights.")
c("north-ctl-saraqib-5","north-src-shafaq-idlib-2024-11-30","Also, Syrian army forces withdrew from the entire Idlib province, with the exception of the cities of Khan Sheikhoun and Kafr Nabl in the south of the province")
c("north-ctl-saraqib-6","north-src-wiki-saraqib","The city was captured by the Syrian Salvation Government during the 2024 Northwestern Syria offensive.")
c("north-ctl-saraqib-6","north-src-shafaq-idlib-2024-11-30","Armed factions in Syria revealed, on Saturday, that they tightened their control over the entire province of Idlib.")
cite("north-ctl-saraqib-7", FA)
# Abu al-Duhur
c("abu-al-duhur-airbase","north-src-wiki-abuduhur-airbase","Coordinates: 35°43′58″N 37°06′06″E / 35.73278°N 37.10167°E / 35.73278; 37.10167")
c("abu-al-duhur-airbase","north-src-wiki-abuduhur-airbase","The airbase is located about 5 km east of Abu al-Duhur, in Idlib Governorate.")
c("north-prs-abu-al-duhur-1","north-src-qudsarabi-abuduhur-2018","كشفت مصادر ميدانية سورية لـ «القدس العربي» أن قوات روسية تضم ضباطاً وجنوداً وصلت قبل أيام إلى مطار أبو الظهور العسكري بريف محافظة إدلب شمالي سوريا.")
c("north-prs-abu-al-duhur-1","north-src-qudsarabi-abuduhur-2018","وأوضحت المصادر أن حوالي خمسين عسكرياً روسياً بين ضابط وجندي وصلوا إلى قاعدة أبو الظهور الجوية")
c("north-evt-abu-al-duhur-russians-2018","north-src-qudsarabi-abuduhur-2018","وأوضحت المصادر أن حوالي خمسين عسكرياً روسياً بين ضابط وجندي وصلوا إلى قاعدة أبو الظهور الجوية")
c("north-evt-abu-al-duhur-nusra-2015","north-src-eldorar-abuduhur-2015-09-09","Al-Nusra Front takes full control of the Abu al-Dohour Airbase in rural Idlib")
c("north-evt-abu-al-duhur-nusra-2015","north-src-wiki-abuduhur-airbase","the al-Nusra Front took control of the airbase in September 2015.")
c("north-evt-abu-al-duhur-army-2018","north-src-alarabiya-abuduhur-2018-01-20","The Syrian army and allied forces captured Abu al-Duhur airport in Idlib province from insurgents on Saturday, a Hezbollah military media unit said.")
c("north-evt-abu-al-duhur-army-2018","north-src-afp-abuduhur-2018-01-21","Syria's army on Sunday announced it had captured the vital Abu Duhur military airport in the country's northwest, more than two years after losing it to rebels and jihadists.")
c("north-evt-abu-al-duhur-rebels-2024","north-src-newarab-abuduhur-2024-11-30","Syrian rebels have reportedly seized control of Abu al-Duhur military airport in the eastern countryside of Idlib on Saturday")
cite("north-ctl-abu-al-duhur-1", BA)
c("north-ctl-abu-al-duhur-1","north-src-eldorar-abuduhur-2015-09-09","Al-Nusra Front takes full control of the Abu al-Dohour Airbase in rural Idlib")
c("north-ctl-abu-al-duhur-2","north-src-eldorar-abuduhur-2015-09-09","Al-Nusra Front takes full control of the Abu al-Dohour Airbase in rural Idlib")
c("north-ctl-abu-al-duhur-2","north-src-wiki-abuduhur-airbase","On 10 January 2018, the Syrian army and allies recaptured the air base.")
c("north-ctl-abu-al-duhur-2","north-src-alarabiya-abuduhur-2018-01-20","The Syrian army and allied forces captured Abu al-Duhur airport in Idlib province from insurgents on Saturday, a Hezbollah military media unit said.")
c("north-ctl-abu-al-duhur-2","north-src-afp-abuduhur-2018-01-21","Syria's army on Sunday announced it had captured the vital Abu Duhur military airport in the country's northwest, more than two years after losing it to rebels and jihadists.")
c("north-ctl-abu-al-duhur-2","north-src-ria-abuduhur-2018-01-21","Сирийские войска в Идлибе выбили боевиков с территории аэродрома Абу-Духур, находившегося под контролем бандформирований с сентября 2015 года")
c("north-ctl-abu-al-duhur-3","north-src-afp-abuduhur-2018-01-21","Syria's army on Sunday announced it had captured the vital Abu Duhur military airport in the country's northwest, more than two years after losing it to rebels and jihadists.")
c("north-ctl-abu-al-duhur-3","north-src-newarab-abuduhur-2024-11-30","Syrian rebels have reportedly seized control of Abu al-Duhur military airport in the eastern countryside of Idlib on Saturday")
c("north-ctl-abu-al-duhur-4","north-src-newarab-abuduhur-2024-11-30","Syrian rebels have reportedly seized control of Abu al-Duhur military airport in the eastern countryside of Idlib on Saturday")
cite("north-ctl-abu-al-duhur-5", FA)
# national
cite("north-evt-pullback-2024", RP)

# ---------------------------------------------------------------- write
def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(header); [w.writerow(r) for r in rows]

with open(os.path.join(OUT, "sites.jsonl"), "w", encoding="utf-8") as f:
    for s in SITES: f.write(json.dumps(s, ensure_ascii=False) + "\n")
wcsv("presence.csv", ["id","site","start","end","operator","role","confidence","note"], PRESENCE)
wcsv("control.csv", ["id","site","start","end","holder","confidence","note"], CONTROL)
wcsv("events.csv", ["id","date","site","kind","title","confidence","note"], EVENTS)
wcsv("sources.csv", ["id","title","author","publisher","date","url","archive_url","language","note"], SOURCES)
wcsv("publishers.csv", ["publisher","tier","note"], [(p,t,PUB_NOTES.get(p,"")) for p,t in sorted(PUBLISHERS.items())])
wcsv("citations.csv", ["claim","source","quote"], C)

# ---------------------------------------------------------------- checks
errs = []
sid = {s[0] for s in SOURCES}
usedpub = {s[3] for s in SOURCES}
for p in usedpub:
    if p not in PUBLISHERS: errs.append("publisher without tier: "+p)
for p in PUBLISHERS:
    if p not in usedpub: errs.append("unused publisher: "+p)
claims = {s["properties"]["id"] for s in SITES} | {r[0] for r in PRESENCE} | {r[0] for r in CONTROL} | {r[0] for r in EVENTS}
cited = {c_[0] for c_ in C}
for cl in claims - cited: errs.append("claim without citation: "+cl)
for cl in cited - claims: errs.append("citation for unknown claim: "+cl)
for cl, s, q in C:
    if s not in sid: errs.append("unknown source "+s)
    if len(q) > 300: errs.append("quote too long %s %s (%d)" % (cl, s, len(q)))
usedsrc = {c_[1] for c_ in C}
for s in sid - usedsrc: errs.append("source never cited: "+s)
sites = {s["properties"]["id"] for s in SITES}
date_re = re.compile(r"^~?\d{4}(-\d{2}(-\d{2})?)?$")
for r in PRESENCE:
    if r[1] not in sites: errs.append("presence site "+r[1])
    for d in r[2:4]:
        if d and not date_re.match(d): errs.append("bad date "+r[0]+" "+d)
for r in EVENTS:
    if r[2] and r[2] not in sites: errs.append("event site "+r[2])
    if not date_re.match(r[1]): errs.append("bad date "+r[0])
def key(d): return d.lstrip("~")
for s in sites:
    rows = [r for r in CONTROL if r[1] == s]
    if not rows: errs.append("no control for "+s); continue
    for r in rows:
        for d in r[2:4]:
            if d and not date_re.match(d): errs.append("bad date "+r[0]+" "+d)
    # main chain: rows without overlap notes must chain from <=1971 to open end
    starts = [r for r in rows if key(r[2]) <= "1971"]
    if not starts: errs.append("no start <=1971 for "+s)
    opens = [r for r in rows if r[3] == ""]
    if len(opens) != 1: errs.append("open-ended rows != 1 for "+s)
    # walk the chain from the earliest
    cur = min(rows, key=lambda r: key(r[2])); seen=[cur[0]]
    while cur[3]:
        nxt = [r for r in rows if r[2] == cur[3] and r[0] not in seen]
        if not nxt: errs.append("chain break after %s (%s)" % (cur[0], cur[3])); break
        cur = nxt[0]; seen.append(cur[0])
    for r in rows:
        if r[0] not in seen and "verlap" not in r[6] and "ontested" not in r[6]:
            errs.append("row off the chain without overlap note: "+r[0])
print("\n".join(errs) if errs else "OK")
print(len(SITES), "sites;", len(PRESENCE), "presence;", len(CONTROL), "control;", len(EVENTS), "events;", len(SOURCES), "sources;", len(PUBLISHERS), "publishers;", len(C), "citations")
