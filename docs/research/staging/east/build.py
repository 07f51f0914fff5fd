# -*- coding: utf-8 -*-
"""Build the east group's staging files (sites.jsonl, presence/control/events/sources/publishers/citations CSVs).
All quotes are copied verbatim from `search` excerpts retrieved in this session (see lookups.log)."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# SOURCES: id, title, author, publisher, date, url, archive_url, language, note
# ----------------------------------------------------------------------------------------------
SOURCES = [
    # shared (copied verbatim from SPEC)
    dict(id="com-src-wiki-baathist-syria", raw="com-src-wiki-baathist-syria,Ba'athist Syria,,Wikipedia,undated,https://en.wikipedia.org/wiki/Ba%27athist_Syria,https://owiki.org/wiki/Assad_regime,en,Read at a mirror (archive_url); revision not recorded."),
    dict(id="com-src-wiki-fall-assad", raw="com-src-wiki-fall-assad,Fall of the Assad regime,,Wikipedia,undated,https://en.wikipedia.org/wiki/Fall_of_the_Assad_regime,https://wikimili.com/en/Fall_of_the_Assad_regime,en,Read at a mirror (archive_url); revision not recorded."),
]

def S(id, title, author, publisher, date, url, archive_url, language, note=""):
    SOURCES.append(dict(id=id, title=title, author=author, publisher=publisher, date=date, url=url,
                        archive_url=archive_url, language=language, note=note))

# --- Deir ez-Zor airport
S("east-src-frwiki-dez-airport", "Aéroport de Deir ez-Zor", "Wikipédia contributors", "Wikipedia", "undated",
  "https://fr.wikipedia.org/wiki/A%C3%A9roport_de_Deir_ez-Zor", "", "fr",
  "Infobox coordinates 35° 17′ 07″ N, 40° 10′ 33″ E; siege lifted after a massive Russian air bombardment. Revision not recorded.")
S("east-src-kampuspedia-frwiki-dez", "Aéroport de Deir ez-Zor (copy of fr.wikipedia)", "Wikipédia contributors", "Wikipedia", "undated",
  "https://fr.wikipedia.org/wiki/A%C3%A9roport_de_Deir_ez-Zor", "https://kampuspedia.com/fr/A%C3%A9roport_de_Deir_ez-Zor", "fr",
  "Mirror of the fr.wikipedia article; used for the sentence on IRGC control from May 2019 (not in the excerpt of the original).")
S("east-src-jmedia-enwiki-dez", "Deir ez-Zor Airport (Japanese mirror/translation of en.wikipedia)", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Deir_ez-Zor_Airport", "https://jmedia.wiki/DEZ/Deir_ez-Zor_Airport", "ja",
  "Read at a Japanese-language mirror (archive_url); the quote is in Japanese. Gives 9 Sep 2017 (SANA) for the end of the airport siege.")
S("east-src-hawar-dez-base", "Russia prepares to establish second base in Syria", "", "Hawar News Agency (ANHA)", "undated",
  "https://www.hawarnews.com/en/haber/russia-prepares-to-establish-second-base-in-syria-h10765.html", "", "en",
  "SDF-affiliated agency; no date in the retrieved text.")
S("east-src-sy24-dez", "Russian base at Deir ez-Zor military airport (Arabic; title paraphrased)", "", "SY24", "undated",
  "https://sy-24.com/?p=61658", "", "ar", "Opposition platform; reporter's information from inside the airport. Title paraphrased (not visible in excerpt).")
S("east-src-orient-dez-airport", "ما هو نوع السلاح و حجم القوات الروسية في مطار دير الزور العسكري؟", "", "Orient News", "undated",
  "https://www.orient-news.net/ar/news_show/164370/0/", "", "ar",
  "Opposition outlet; figures on the Russian force are cut off in the excerpt and not used. URL slug shortened to the article id path.")
S("east-src-eqtsad-taim", "تحسباً ضد التنظيم وإيران.. قوات روسية بمحيط حقل التيم النفطي", "", "Eqtsad", "undated",
  "https://eqtsad.net/news/article/32422", "", "ar",
  "Quotes analyst Firas Allawi: al-Taim field is the first line of defence of Deir ez-Zor airport, 'the most important Russian base in all of Deir ez-Zor'.")
S("east-src-syrianews-2024-05-06", "روسيا تعزز مقراتها في مدينة دير الزور", "", "SyriaNews", "2024-05-06",
  "https://syria.news/amp/703998ff-06052412.html", "", "ar", "Local media sources: Russian arms shipment from Hmeimim to Deir ez-Zor airport and Russian HQs in the city, Marrat and al-Ruwad.")
S("east-src-iswnews-dez", "Presence of Russian warplanes at Deir Ezzor airport", "", "ISWNews", "undated",
  "https://english.iswnews.com/13900/presence-of-russian-warplanes-at-deir-ezzor-airport/", "https://izwest.livejournal.com/5636902.html?utm_source=3userpost", "en",
  "Iranian-aligned outlet (not ISW). Read at a LiveJournal repost (archive_url); the existing dataset dates the original 2020-06-22, not visible in the retrieved copy.")
S("east-src-sputnik-2017-01-27", "Deir ez-Zor siege (title not visible)", "", "Sputnik", "2017-01-27",
  "https://sputniknews.com/middleeast/201701271050089659-deir-ez-zor-syria-siege/", "", "en", "Title paraphrased.")
S("east-src-miamiherald-2014-07-14", "Islamic State consolidates control of eastern Syria with fall of Deir el Zour", "McClatchy Foreign Staff", "McClatchy (via Miami Herald)", "2014-07-14",
  "http://www.miamiherald.com/2014/07/14/4236310/islamic-state-consolidates-control.html", "", "en", "Date from the URL path.")
S("east-src-sacbee-isis-2014-07", "Islamic State seizes key areas in Syria as al Qaida's Nusra Front withdraws", "", "McClatchy (via Sacramento Bee)", "undated",
  "https://www.sacbee.com/news/nation-world/article2602839.html", "", "en",
  "Undated in excerpt; describes events of 'Thursday' after the caliphate declaration of 'Sunday' (29 June 2014), i.e. about 3 July 2014.")
S("east-src-afp-lbc-2024-12-06a", "Syria government forces withdraw from eastern city of Deir Ezzor", "", "AFP (via LBCI)", "2024-12-06",
  "https://www.lbcgroup.tv/news/middleeastnews/822085/syria-government-forces-withdraw-from-eastern-city-of-deir-ezzor/en", "", "en", "Cites SOHR.")
S("east-src-afp-lbc-2024-12-06b", "Syria government troops withdraw from areas it held in Deir Ezzor province: Monitor", "", "AFP (via LBCI)", "2024-12-06",
  "https://www.lbcgroup.tv/news/middleeastnews/822148/syria-government-troops-withdraw-from-areas-it-held-in-deir-ezzor-prov/en", "", "en", "Cites SOHR.")
S("east-src-trt-2024-12-06", "Syrian regime hands over Deir Ezzor to PKK/YPG (title paraphrased)", "", "TRT World", "2024-12-06",
  "https://www.trtworld.com/article/18240737", "https://www.trtworld.com:443/article/18240737", "en",
  "Turkish state broadcaster. Names the seven villages and the military airport handed to the SDF ('PKK/YPG').")
S("east-src-anews-2024-12-06", "US-backed terrorist group PKK/YPG takes control of territories left behind by Assad regime forces", "", "A News", "2024-12-06",
  "https://www.anews.com.tr/world/2024/12/06/us-backed-terrorist-group-pkkypg-takes-control-of-territories-left-behind-by-assad-regime-forces", "", "en", "Turkish pro-government outlet.")
S("east-src-vestikavkaza-2024-12-11", "Syrian rebels take Deir Ezzor from SDF (title paraphrased)", "", "Vestnik Kavkaza", "2024-12-11",
  "https://en.vestikavkaza.ru/material/172250", "", "en", "Quotes Military Operations Command spokesman Hassan Abdul Ghani; SDF source says it withdrew only from the west bank.")
S("east-src-reuters-yahoo-2024-12-07", "Syrian Kurds say they've taken Deir el-Zor", "", "Reuters (via Yahoo News)", "2024-12-07",
  "https://ca.news.yahoo.com/syrian-kurds-theyve-taken-deir-162108480.html", "", "en", "Reuters video story carried by Yahoo News.")
S("east-src-kurdpress-2024-12-06", "Syrian army withdrawal from Deir ez-Zor, SDF takes control", "", "Kurdpress", "2024-12-06",
  "https://en.kurdpress.com/news/159833/Syrian-army-withdrawal-from-Deir-ez-Zor-SDF-takes-control", "", "en", "Cites SOHR and local sources.")
S("east-src-shafaq-2024-12-06", "Iraqi factions withdraw from Syria toward Al-Qaim as SDF seizes Al-Bukamal crossing", "", "Shafaq News", "2024-12-06",
  "https://www.shafaq.com/en/Iraq/Iraqi-factions-withdraw-from-Syria-toward-Al-Qaim-as-SDF-seizes-Al-Bukamal-crossing", "", "en", "")
S("east-src-trtid-dez-south", "Tentara Suriah rebut kembali dua pos militer (title paraphrased)", "", "TRT Indonesia", "undated",
  "https://trt.global/bahasa-indonesia/article/ba06030e50d7", "", "id",
  "Undated (2025). States that after the fall of Assad in Dec 2024 the south of Deir ez-Zor province came under the new government, the north stayed with the SDF.")
S("east-src-uawire-2024-12-14", "Russia begins withdrawal of military forces from Syria", "", "UAWire", "2024-12-14",
  "https://www.uawire.org/russia-begins-withdrawal-of-military-forces-from-syria", "https://www.uawire.org:443/russia-begins-withdrawal-of-military-forces-from-syria", "en",
  "Relays a Channel 4 report of Russian convoys withdrawing from east Syria towards Khmeimim and Tartus.")

# --- Deir ez-Zor city
S("east-src-wiki-deirezzor-city", "Deir ez-Zor", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/w/index.php?title=Deir_ez-Zor&oldid=1003064095", "", "en", "Revision 1003064095; infobox coordinates 35°20′N 40°9′E.")
S("east-src-nabaa-2020-07", "القوات الروسية تصل إلى حقول النفط شرق سوريا وتطرد قوات النظام", "", "Nabaa", "2020-07",
  "https://nabaa-sy.net/2020/07/ke-3", "", "ar", "Month from the URL path; reports the al-Ward takeover 'yesterday, Saturday' and Russian convoys at the Tala'i camp in Deir ez-Zor city.")
S("east-src-zaiton-ward", "قوات روسية تسيطر على حقل نفطي وتطرد قوات النظام", "", "Zaiton", "undated",
  "http://www.zaitonmag.com/?p=51167", "", "ar", "Same events as Nabaa (July 2020): al-Ward takeover 'today, Saturday'; 90+ Russian vehicles at the Tala'i camp.")
S("east-src-syriatv-2020-09-17", "بذريعة محاربة (داعش).. تعزيزات روسية ضخمة إلى مدينة دير الزور", "", "Syria TV", "2020-09-17",
  "https://www.syria.tv/%D8%A8%D8%B0%D8%B1%D9%8A%D8%B9%D8%A9-%D9%85%D8%AD%D8%A7%D8%B1%D8%A8%D8%A9-%D8%AF%D8%A7%D8%B9%D8%B4-%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%B6%D8%AE%D9%85%D8%A9-%D8%A5%D9%84%D9%89-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%B2%D9%88%D8%B1", "", "ar",
  "Opposition TV site; Russian reinforcements concentrated at the 'assembly centre' in the Sports City at the city's gate.")
S("east-src-hibr-sportscity", "Russian reinforcements to Deir ez-Zor (Arabic; title paraphrased)", "", "Hibr Press", "undated",
  "https://hibrpress.com/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%b9%d8%b2%d8%b2-%d9%82%d9%88%d8%a7%d8%aa%d9%87%d8%a7-%d8%b4%d8%b1%d9%82-%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%a8%d8%b3%d8%a8%d8%a8-%d8%a7%d9%84%d9%85%d9%8a%d9%84", "", "ar",
  "Reinforcements from Hmeimim settled at the Russian forces' HQ in the Sports City of Deir ez-Zor. Title paraphrased.")
S("east-src-d24-forefront", "Russia is at the forefront again in Deir Ezzor.", "D24", "Deir Ezzor 24", "undated",
  "https://en.deirezzor24.net/russia-is-at-the-forefront-again-in-deir-ezzor/", "", "en",
  "Undated; written after the US withdrawal decision (Dec 2018) while the SDF 'Al-Jazeera Storm' battle was still going on (i.e. early 2019).")
S("east-src-d24-mp-2021-03-01", "Russian MP intensifies patrols in Deir Ezzor", "", "Deir Ezzor 24", "2021-03",
  "https://deirezzor24.net/en/russian-mp-intensifies-patrols-in-deir-ezzor", "", "en", "Event date Monday 1 March 2021 given in the text.")

# --- al-Mayadin
S("east-src-wiki-mayadin", "Mayadin", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Mayadin", "", "en", "Older revision (infobox 'Occupation: ISIL'); coordinates 35°1′N 40°27′E.")
S("east-src-syriacpress-2020-01-23", "SOHR: Iranian militias withdraw from al-Mayadin, burn homes and convert mosque in the process", "", "Syriac Press", "2020-01-23",
  "https://syriacpress.com/blog/2020/01/23/sohr-iranian-militias-withdraw-from-al-mayadin-burn-homes-and-convert-mosque-in-the-process/", "", "en", "Relays SOHR.")
S("east-src-d24-mayadeen-2020-10", "Large Russian military convoy arrives in al-Mayadeen", "", "Deir Ezzor 24", "2020-10",
  "https://deirezzor24.net/en/large-russian-military-convoy-arrives-in-al-mayadeen/", "", "en", "Event date Wednesday 7 October 2020 given in the text.")
S("east-src-d24-ward-delegation", "A Russian delegation arrives at al-Ward oil field east of Deir Ezzor", "", "Deir Ezzor 24", "undated",
  "https://deirezzor24.net/en/a-russian-delegation-arrives-at-al-ward-oil-field-east-of-deir-ezzor/", "", "en",
  "Text says 'Today, Sunday (June 28)' without a year; 28 June fell on a Sunday in 2020.")
S("east-src-reuters-2012-11-22", "Syria rebels capture army base in eastern oil region", "Khaled Yacoub Oweis", "Reuters", "2012-11-22",
  "http://uk.reuters.com/article/syria-crisis-east-idUKL5E8MM2JF20121122", "", "en", "")
S("east-src-afp-spacewar-2012-11-22", "Rebels seize strategic town in eastern Syria: watchdog", "", "AFP (via SpaceWar)", "2012-11-22",
  "https://spacewar.com/reports/Rebels_seize_strategic_town_in_eastern_Syria_watchdog_999.html", "", "en", "AFP wire carried by Space Media Network; cites SOHR.")
S("east-src-trt-2017-10-14", "Syrian regime forces capture Al Mayadeen from Daesh", "", "TRT World", "2017-10-14",
  "https://www.trtworld.com/article/13096519", "", "en", "")
S("east-src-tass-2017-10-14", "Syrian military take control of Mayadin", "", "TASS", "2017-10-14",
  "http://tass.com/world/970690", "", "en", "Relays SANA.")

# --- Albu Kamal
S("east-src-wiki-abukamal", "Abu Kamal", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Al-Bukamal", "", "en", "Older revision; coordinates 34°27′13″N 40°56′12″E.")
S("east-src-wiki-abukamal-offensive", "2017 Abu Kamal offensive", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/2017_Abu_Kamal_offensive", "https://www.wikizero.com/en/2017_Abu_Kamal_offensive", "en", "Read at the WikiZero mirror (archive_url).")
S("east-src-reuters-2012-08-21", "Assad forces evacuate Albu Kamal security installations (title paraphrased)", "", "Reuters", "2012-08-21",
  "http://uk.reuters.com/article/syria-crisis-east-idUKL6E8JLJRB20120821", "", "en", "Title paraphrased.")
S("east-src-rt-2017-11-09", "Last ISIS stronghold in Syria, Abu Kamal, totally liberated – Syrian Army", "", "RT", "2017-11-09",
  "https://www.rt.com/news/409324-isis-stronghold-falls-syria/", "", "en", "")
S("east-src-afp-rappler-2017-11-11", "ISIS regains full control of Syria town Albu Kamal", "", "AFP (via Rappler)", "2017-11-11",
  "https://www.rappler.com/world/regions/middle-east/188145-isis-regains-full-control-syria-town-albu-kamal", "", "en", "")
S("east-src-southfront-bukamal-2020", "Russian Military Police established positions in Syria's al-Bukamal near Iraqi border", "", "SouthFront", "undated",
  "https://southfront.press/russian-military-police-established-positions-in-syrias-al-bukamal-near-iraqi-broder", "", "en",
  "Pro-Russian outlet relaying a SOHR report 'on December 10' (2020 per Aoyama's digest).")
S("east-src-aoyama-2020-12-10", "Syria Arab Spring digest for 10 December 2020 (Japanese; title paraphrased)", "Aoyama Hiroyuki", "Syria Arab Spring Monitor (Aoyama Hiroyuki)", "2020-12",
  "http://syriaarabspring.info/?amp=1&p=75394", "", "ja",
  "Daily digest by Prof. Aoyama Hiroyuki (Tokyo University of Foreign Studies) compiled from AFP, ANHA, al-Durar al-Shamiya, Reuters, SANA and SOHR of 10 Dec 2020.")
S("east-src-jesr-bukamal", "Russian reinforcements to Albu Kamal desert (Arabic; title paraphrased)", "", "Jesr Press", "undated",
  "https://jesrpress.com/%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%aa%d8%b1%d8%b3%d9%84-%d8%b6%d8%a8%d8%a7%d8%b7%d8%a7%d9%8b-%d9%88%d8%ae%d8%a8%d8%b1%d8%a7%d8%a1-%d9%88%d8%b9%d8%b4", "", "ar",
  "Relays Ayn al-Furat: Russian office in the 'Tourist Hotel' in Albu Kamal; Russian officers at the al-Hamar and al-Ward fields.")
S("east-src-eye-2022-08-24", "وفد من القوات الروسية يجوب أسواق البوكمال برفقة دورية من الأمن العسكري", "", "Eye of Euphrates", "2022-08-24",
  "https://eyeofeuphrates.com/index.php/ar/news/2022/08/24/6107", "", "ar", "Calls al-Ward field 'the only point of the Russians in Albu Kamal'.")
S("east-src-syriatv-2021-08-11", "قوات روسية تتخذ من قرية بريف البوكمال مقراً لها", "", "Syria TV", "2021-08-11",
  "https://syria.tv/قوات-روسية-تتخذ-من-قرية-بريف-البوكمال-مقراً-لها", "", "ar", "Russian HQ in al-Mutarada village (Albu Kamal countryside), about 60 Wagner and Russian MP.")

# --- al-Taim oil field
S("east-src-horrya-taim", "Russian forces build a base at al-Taim oil field (Arabic; title paraphrased)", "", "Horrya Press", "undated",
  "https://horrya.net/archives/37074", "", "ar",
  "Undated; refers to the government capture of the field 'last September' (Sept 2017), so written between Oct 2017 and Aug 2018.")
S("east-src-d24-nishan-taim", "The Russian forces reinforce their bases in Deir Ezzor with elements from the air intelligence forces", "", "Deir Ezzor 24", "undated",
  "https://deirezzor24.net/en/the-russian-forces-reinforce-their-bases-in-deir-ezzor-with-elements-from-the-air-intelligence-forces/", "", "en", "")
S("east-src-hibr-taim-wagner", "Why did Russian special forces deploy west of the Euphrates? (Arabic; title paraphrased)", "", "Hibr Press", "undated",
  "https://hibrpress.com/%d9%84%d9%85%d8%a7%d8%b0%d8%a7-%d8%a7%d9%86%d8%aa%d8%b4%d8%b1%d8%aa-%d9%82%d9%88%d8%a7%d8%aa-%d8%ae%d8%a7%d8%b5%d8%a9-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%ba%d8%b1%d8%a8-%d9%86%d9%87%d8%b1-%d8%a7%d9%84", "", "ar",
  "Relays Deir Ezzor 24: Russian Military Police with 50 Wagner personnel around al-Taim field. Title paraphrased from the URL slug.")
S("east-src-xinhua-taim-2017-09-09", "Syrian army retakes key oil field in Deir al-Zour", "", "Xinhua (via Pakistan Today)", "2017-09-09",
  "https://archive.pakistantoday.com.pk/2017/09/09/syrian-army-retakes-key-oil-field-in-deir-al-zour/", "", "en", "Relays SANA and a Syrian military source speaking to Xinhua.")
S("east-src-qasioun-taim-2018", "ISIS Reach Al-Taim Oil Field Outskirts", "Talal Kharrat", "Qasioun News", "2018-06-05",
  "https://www.qasioun-news.com/en/news/show/148877/ISIS_Reach_Al_Taim_Oil_Field_Outskirts", "", "en", "")
S("east-src-wiki-dez-clashes", "Deir ez-Zor clashes (2011–present)", "Wikipedia contributors", "Wikipedia", "undated",
  "http://en.wikipedia.org/wiki/Deir_ez-Zor_clashes_(2011%e2%80%93present)", "", "en", "Old revision (mid-2014).")
S("east-src-alwatan-taim-2016", "طوّق حقل التيم ومحطة الغاز بريف دير الزور … 4 كم تفصل الجيش عن تدمر", "Dahham al-Sultan", "Al-Watan (Syria)", "undated",
  "https://alwatan.sy/archives/45810", "", "ar", "Pro-government daily; undated in excerpt (March 2016, the day after Moscow announced a reduction of its air group).")

# --- Khasham / Hatla / seven villages
S("east-src-wiki-khasham-battle", "Battle of Khasham", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Battle_of_Khasham", "", "en", "Revision not recorded.")
S("east-src-wikiwand-khasham-battle", "Battle of Khasham (Wikiwand copy)", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Battle_of_Khasham", "https://wikiwand.com/en/articles/Battle_of_Khasham", "en",
  "Read at Wikiwand (archive_url) for the Russian MoD statement of 8 Feb 2018.")
S("east-src-wapo-swj-wagner", "What We Know About Shadowy Russian Mercenary Firm Behind Attack on U.S. Troops in Syria", "Adam Taylor", "The Washington Post (via Small Wars Journal)", "undated",
  "https://archive.smallwarsjournal.com/blog/what-we-know-about-shadowy-russian-mercenary-firm-behind-attack-us-troops-syria", "", "en",
  "Excerpt of a Washington Post article reposted by Small Wars Journal; the original WaPo URL was not retrieved.")
S("east-src-euphratespost-wagner", "Russia sends Wagner batches to oil and gas fields (Arabic; title paraphrased)", "", "Euphrates Post", "undated",
  "https://euphratespost.net/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B1%D8%B3%D9%84-%D8%AF%D9%81%D8%B9%D8%A7%D8%AA-%D9%85%D9%86-%D9%85%D8%B1%D8%AA%D8%B2%D9%82%D8%A9-%D9%81%D8%A7%D8%BA%D9%86%D8%B1-%D9%84%D8%AA%D8%B9%D8%B2%D9%8A/", "", "ar",
  "Opposition outlet: Wagner guards oil and gas fields 'under contracts with the Russian army'; Kharata field under Russian control.")
S("east-src-wiki-khasham-town", "Khasham", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Khasham", "https://friendlywiki.com/article/index.php?title=Khasham", "en",
  "Wikitext read at a mirror (archive_url): coordinates 35°17′55″N 40°17′36″E; control field AANES.")
S("east-src-wiki-hatla", "Hatla", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Hatla", "https://jablog.org/%E3%83%8F%E3%83%88%E3%83%A9/Hatla", "ja",
  "Read at a Japanese translation mirror (archive_url); coordinates 35°18′05″N 40°14′12″E; army retook Hatla from ISIL on 27 Sep 2017.")
S("east-src-wiki-hatla-massacre", "Hatla massacre", "Wikipedia contributors", "Wikipedia", "undated",
  "https://en.wikipedia.org/wiki/Hatla_massacre", "https://zims-en.kiwix.campusafrica.gos.orange.com/wikipedia_en_all_nopic/A/Hatla_massacre", "en",
  "Read at a Kiwix mirror (archive_url).")
S("east-src-sohr-2017-09", "One village in the east of the Euphrates separates the regime forces from imposing the siege on ISIS inside Deir Ezzor", "", "SOHR", "2017-09",
  "http://www.syriahr.com/en/?p=75068", "", "en", "Undated page; refers to its report of 25 Sept 2017 and the crossing of 18 Sept 2017.")
S("east-src-enab-2017-09", "Syrian Upper Mesopotamia's Gas in the Hands of \"Syrian Democratic Forces\"", "", "Enab Baladi", "2017-09",
  "https://english.enabbaladi.net/archives/2017/09/syrian-upper-mesopotamias-gas-hands-syrian-democratic-forces/", "", "en",
  "Month from URL; government announced control of Khasham while the SDF took Conoco (SDF statement of Saturday 23 Sept 2017).")
S("east-src-sohr-ar-hatla-reconciliation", "ضباط روس يجتمعون بوجهاء عشائر بلدة و5 قرى خاضعة لنفوذ الإيرانيين في ريف دير الزور", "", "SOHR", "undated",
  "https://www.syriahr.com/%D9%81%D9%8A-%D8%A5%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D8%B5%D8%B1%D8%A7%D8%B9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A-%D8%A7%D9%84%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%D9%8A-%D8%AF%D8%A7%D8%AE%D9%84-%D8%A7%D9%84/465911/", "", "ar",
  "Undated; mentions a Russian reconciliation-centre office in Hatla.")
S("east-src-sotkurdistan-2024-11-30", "Withdrawal of Russian forces from the seven villages in Deir ez-Zor (Arabic; title paraphrased)", "", "Sot Kurdistan (relaying SOHR)", "2024-11-30",
  "https://sotkurdistan.net/2024/11/30/%d8%a7%d9%86%d8%b3%d8%ad%d8%a7%d8%a8-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d9%85%d9%86-%d8%a7%d9%84%d9%82%d8%b1%d9%89-%d8%a7%d9%84%d8%b3%d8%a8%d8%b9-%d9%81", "", "ar",
  "Relays SOHR: Russian forces emptied HQs in the seven villages 'today'; they had entered them on 22 October.")
S("east-src-rudaw-2024-12-03", "SDF captures seven villages in eastern Deir ez-Zor", "", "Rudaw", "2024-12-03",
  "https://www.rudaw.net/english/middleeast/syria/03122024", "https://manage.rudaw.net/english/middleeast/syria/03122024", "en",
  "Date from the article id; 'days after Russian forces reportedly withdrew from the area'.")
S("east-src-enab-2024-12", "Deir Ezzor: Ambition of Military Operations Administration clashes with International Coalition", "", "Enab Baladi", "2024-12",
  "https://english.enabbaladi.net/archives/2024/12/deir-ezzor-ambition-of-military-operations-administration-clashes-with-international-coalition", "", "en", "")
S("east-src-eremnews-2024-12", "Pro-Iran militias withdraw from last positions in eastern Deir ez-Zor (Arabic; title paraphrased)", "", "Erem News", "undated",
  "https://eremnews.com/news/arab-world/ptphg3c", "", "ar", "Undated (early Dec 2024 by content).")
S("east-src-yeniasir-2026-01-19", "Deyrizor terör işgalinden kurtarıldı", "", "Yeni Asır", "2026-01-19",
  "https://www.yeniasir.com.tr/dishaberler/2026/01/19/deyrizor-teror-isgalinden-kurtarildi", "", "tr",
  "Turkish pro-government daily: tribal forces took all SDF-held places in the province incl. Murat (Marrat), Hatla, Huşam (Khasham), Mazlum.")
S("east-src-sauress-alriyadh-2014-07", "ISIS controls over 95% of Deir ez-Zor province (Arabic; title paraphrased)", "", "Al Riyadh (via Sauress)", "undated",
  "https://sauress.com/alriyadh/952637", "", "ar", "Undated (July 2014 by content); relays SOHR.")

# ----------------------------------------------------------------------------------------------
PUBLISHERS = {
    "Wikipedia": ("reference", "Wikipedia articles (en/fr/zh), read directly or at mirrors named in archive_url."),
    "Hawar News Agency (ANHA)": ("partisan-or-state", "SDF/AANES-affiliated news agency."),
    "SY24": ("regional-outlet", "Syrian opposition news platform."),
    "Orient News": ("regional-outlet", "Syrian opposition channel/website."),
    "Eqtsad": ("regional-outlet", "Syrian opposition economic news site (Zaman al-Wasl group)."),
    "SyriaNews": ("regional-outlet", "Syrian private news website."),
    "ISWNews": ("partisan-or-state", "Iranian-aligned outlet (not the Institute for the Study of War)."),
    "Sputnik": ("partisan-or-state", "Russian state media."),
    "McClatchy (via Miami Herald)": ("major-outlet", "McClatchy foreign desk carried by its paper the Miami Herald."),
    "McClatchy (via Sacramento Bee)": ("major-outlet", "McClatchy foreign desk carried by its paper the Sacramento Bee."),
    "AFP (via LBCI)": ("wire", "AFP wire carried by LBCI (Lebanon)."),
    "TRT World": ("partisan-or-state", "Turkish state broadcaster."),
    "TRT Indonesia": ("partisan-or-state", "Turkish state broadcaster, Indonesian service."),
    "A News": ("partisan-or-state", "Turkish pro-government broadcaster."),
    "Vestnik Kavkaza": ("regional-outlet", "Moscow-based regional news agency."),
    "Reuters (via Yahoo News)": ("wire", "Reuters video story carried by Yahoo News."),
    "Kurdpress": ("regional-outlet", "Kurdish-affairs news agency (Iran-based)."),
    "Shafaq News": ("regional-outlet", "Iraqi news agency."),
    "UAWire": ("regional-outlet", "Ukrainian news aggregator with editorial staff; relays Reuters/Channel 4."),
    "Nabaa": ("regional-outlet", "Syrian opposition local news outlet."),
    "Zaiton": ("regional-outlet", "Syrian opposition magazine."),
    "Syria TV": ("regional-outlet", "Syrian opposition TV (Istanbul)."),
    "Hibr Press": ("regional-outlet", "Syrian opposition news site."),
    "Deir Ezzor 24": ("regional-outlet", "Local opposition news network for Deir ez-Zor."),
    "Syriac Press": ("regional-outlet", "Syriac community news site; relays SOHR here."),
    "Reuters": ("wire", ""),
    "AFP (via SpaceWar)": ("wire", "AFP wire carried by Space Media Network."),
    "TASS": ("partisan-or-state", "Russian state news agency."),
    "RT": ("partisan-or-state", "Russian state broadcaster."),
    "AFP (via Rappler)": ("wire", "AFP wire carried by Rappler."),
    "SouthFront": ("partisan-or-state", "Pro-Russian military news site."),
    "Syria Arab Spring Monitor (Aoyama Hiroyuki)": ("research", "Daily digest by an identified academic (Tokyo University of Foreign Studies) compiled from named wire and local sources."),
    "Jesr Press": ("regional-outlet", "Syrian opposition news site."),
    "Eye of Euphrates": ("regional-outlet", "Local opposition news network (Ayn al-Furat)."),
    "Horrya Press": ("regional-outlet", "Syrian opposition news site."),
    "Xinhua (via Pakistan Today)": ("partisan-or-state", "Chinese state news agency carried by Pakistan Today."),
    "Qasioun News": ("regional-outlet", "Syrian opposition news agency."),
    "Al-Watan (Syria)": ("partisan-or-state", "Pro-government Syrian daily."),
    "The Washington Post (via Small Wars Journal)": ("major-outlet", "Washington Post article excerpt reposted by Small Wars Journal."),
    "Euphrates Post": ("regional-outlet", "Local opposition news network."),
    "SOHR": ("monitor", "Syrian Observatory for Human Rights."),
    "Enab Baladi": ("regional-outlet", ""),
    "Sot Kurdistan (relaying SOHR)": ("regional-outlet", "Kurdish news site relaying a SOHR report."),
    "Rudaw": ("regional-outlet", ""),
    "Erem News": ("regional-outlet", "UAE-based news site."),
    "Yeni Asır": ("regional-outlet", "Turkish daily (Turkuvaz group, pro-government)."),
    "Al Riyadh (via Sauress)": ("major-outlet", "Saudi daily Al Riyadh, carried by the Sauress news archive."),
}

# ----------------------------------------------------------------------------------------------
SITES = []
def SITE(id, name, name_ru, name_ar, aliases, kind, lon, lat, description, precision):
    SITES.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                  "properties": dict(id=id, name=name, name_ru=name_ru, name_ar=name_ar, aliases=aliases, kind=kind,
                                     governorate="deir-ez-zor", description=description, coord_precision=precision)})

SITE("deir-ez-zor-airport", "Deir ez-Zor Military Airport", "аэродром Дейр-эз-Зор", "مطار دير الزور العسكري",
     "Deir ez-Zor Airport; Deir Ezzor airbase; DEZ; OSDZ; LG-416", "air-base", 40.1758, 35.2853,
     "Civil/military airport about 10 km south-east of Deir ez-Zor city. Government-held through the rebel encirclement (2012) and the ISIS siege (2014-2017), "
     "which ended in September 2017 after massive Russian air strikes. Opposition and Kurdish outlets report a Russian base/section at the airport from late 2017 "
     "(Russian troops at the main gate, aircraft and arms shipments) until the government collapse of December 2024. Point from the fr.wikipedia infobox.",
     "exact")
SITE("deir-ez-zor-city", "Russian forces headquarters, Deir ez-Zor city", "штаб российских сил, Дейр-эз-Зор", "مقرات القوات الروسية في مدينة دير الزور",
     "Tala'i camp (Mu'askar al-Tala'i); Sports City (al-Madina al-Riyadiya) assembly centre; Anti-Narcotics branch HQ", "army-base", 40.15, 35.333,
     "Russian forces used several headquarters inside Deir ez-Zor city: the Tala'i camp (convoys of 60-90 vehicles in July 2020), an 'assembly centre' in the Sports City at the "
     "southern entrance (September 2020) and, in 2024, a command HQ in the Anti-Narcotics branch building; Russian MP patrols left from the city. The exact buildings are not "
     "located, so the point is the city (en.wikipedia coordinates).",
     "town")
SITE("al-mayadin", "Russian forces headquarters, al-Mayadin", "штаб российских сил, Эль-Маядин", "مقر القوات الروسية في الميادين",
     "Mayadin; al-Mayadeen; al-Nahr street HQ; Balaum roundabout farms", "army-base", 40.45, 35.017,
     "In January 2020 SOHR reported Russian Military Police seizing four farms near the Balaum roundabout in al-Mayadin; in October 2020 a Russian convoy went to a "
     "Russian forces' headquarters on al-Nahr street. The point is the town (en.wikipedia coordinates).",
     "town")
SITE("al-bukamal", "Russian Military Police headquarters (Tourist Hotel), Albu Kamal", "штаб российской военной полиции, Абу-Кемаль", "مقر الشرطة العسكرية الروسية في الفندق السياحي بالبوكمال",
     "Abu Kamal; al-Bukamal; Tourist Hotel (al-Funduq al-Siyahi)", "military-police", 40.93667, 34.45361,
     "On 10 December 2020 SOHR (relayed by SouthFront and a digest of AFP/Reuters/SOHR) reported that Russian Military Police set up a headquarters in the 'Tourist Hotel' in the "
     "centre of Albu Kamal on the Iraqi border, a town dominated by Iran-backed militias. The hotel is not located, so the point is the town (en.wikipedia coordinates).",
     "town")
SITE("al-taim-oil-field", "al-Taim oil field Russian base", "нефтяное месторождение Эт-Тайм", "حقل التيم النفطي",
     "al-Taim; al-Teym; Thayyem; al-Thayem; Taym", "army-base", 40.1758, 35.2853,
     "Oil and gas field south/south-east of Deir ez-Zor city, retaken by the army from ISIS on 9 September 2017. Opposition outlets report that Russian forces built a base there, "
     "later guarded with Russian Military Police, about 50 Wagner contractors and Syrian Air Force Intelligence personnel. Sources place the field 'near Deir ez-Zor military airport' "
     "(6-15 km from the city); no coordinates were found, so the point is the airport's and only the region is known.",
     "region")
SITE("khasham", "Khasham (Wagner staging area 2018; Russian HQ 2024)", "Хашам", "خشام",
     "Khusham; Khesham; Khsham; Hasham; Conoco fields battle", "army-base", 40.29333, 35.29861,
     "Town east of the Euphrates, one of the 'seven villages' held by the government opposite Deir ez-Zor from 2017 to 2024. On 7 February 2018 a pro-government force including "
     "Russian Wagner Group contractors attacked the SDF/US position at the nearby Conoco gas plant. Russian troops were reported in Khasham again in 2019 and set up HQs in the "
     "seven villages from 22 October to 30 November 2024. Point from the en.wikipedia infobox of the town.",
     "town")
SITE("hatla", "Hatla (Russian reconciliation office; Russian HQ 2024)", "Хатла", "حطلة",
     "Hatlah; Hatla Sharqiya; seven villages", "other", 40.23667, 35.30139,
     "Village at the northern entrance of Deir ez-Zor on the east bank of the Euphrates, one of the 'seven villages'. SOHR reports a Russian reconciliation-centre office in Hatla "
     "(undated) and Russian HQs in the seven villages from 22 October to 30 November 2024. Point from the en.wikipedia article (read at a Japanese mirror).",
     "town")

# ----------------------------------------------------------------------------------------------
PRESENCE = []   # id, site, start, end, operator, role, confidence, note
CONTROL = []    # id, site, start, end, holder, confidence, note
EVENTS = []     # id, date, site, kind, title, confidence, note
CIT = []        # claim, source, quote

def P(id, site, start, end, op, role, conf, note=""):
    PRESENCE.append(dict(id=id, site=site, start=start, end=end, operator=op, role=role, confidence=conf, note=note))
def C(id, site, start, end, holder, conf, note=""):
    CONTROL.append(dict(id=id, site=site, start=start, end=end, holder=holder, confidence=conf, note=note))
def E(id, date, site, kind, title, conf, note=""):
    EVENTS.append(dict(id=id, date=date, site=site, kind=kind, title=title, confidence=conf, note=note))
def Q(claim, source, quote):
    CIT.append(dict(claim=claim, source=source, quote=quote))

BAATH_Q = "Ba'athist Syria, officially the Syrian Arab Republic, was the Syrian state between 1963 and 2024 under the one-party rule of the Syrian regional branch of the Arab Socialist Ba'ath Party."
FALL_Q = "On 8 December 2024, Ba'athist Syria, led by President Bashar al-Assad, collapsed during a major offensive by opposition forces."

# extra sources found above
S("east-src-sputnikbr-2017-11-05", "Exército sírio encontra carro-bomba com substância química (title paraphrased)", "", "Sputnik Brasil", "2017-11-05",
  "https://noticiabrasil.net.br/20171105/exercito-sirio-carro-bomba-substancia-quimica-9762233.html", "", "pt",
  "Russian state media (Portuguese service); date from the URL path. States the city was completely liberated on 3 Nov 2017 according to Syrian state media.")
S("east-src-baladi-ward", "قوات روسية تطرد عناصر النظام من حقل نفطي في دير الزور وتسيطر عليه", "Ihab Khaled", "Baladi News", "undated",
  "https://baladi-news.com/ar/articles/62472/", "", "ar", "Relays Ayn al-Furat (July 2020 by content).")
PUBLISHERS["Sputnik Brasil"] = ("partisan-or-state", "Russian state media, Portuguese service.")
PUBLISHERS["Baladi News"] = ("regional-outlet", "Syrian opposition news site.")

# ============================ SITE LOCATION CITATIONS ============================
Q("deir-ez-zor-airport", "east-src-frwiki-dez-airport", "Coordonnées 35° 17′ 07″ nord, 40° 10′ 33″ est")
Q("deir-ez-zor-airport", "east-src-hawar-dez-base", "Deir –ez-Zor military airport is located in the southeast of Deir-ez-Zor city, about 10 kilometers away.")
Q("deir-ez-zor-city", "east-src-wiki-deirezzor-city", "Coordinates: 35°20′N 40°9′E / 35.333°N 40.150°E")
Q("deir-ez-zor-city", "east-src-nabaa-2020-07", "وصلت إلى مدينة دير الزور وتمركزت في معسكر الطلائع")
Q("al-mayadin", "east-src-wiki-mayadin", "Coordinates: 35°1′N 40°27′E / 35.017°N 40.450°E")
Q("al-bukamal", "east-src-wiki-abukamal", "Coordinates: 34°27′13″N 40°56′12″E / 34.45361°N 40.93667°E")
Q("al-bukamal", "east-src-southfront-bukamal-2020", "The headquarters was established inside the “Tourist Hotel” in the center of the town")
Q("al-taim-oil-field", "east-src-horrya-taim", "أن القوات الروسية بدأت بتشييد قاعدة عسكرية لقواتها في حقل التَيِّم النفطي، قرب مطار دير الزور العسكري، جنوب شرق دير الزور.")
Q("al-taim-oil-field", "east-src-frwiki-dez-airport", "Coordonnées 35° 17′ 07″ nord, 40° 10′ 33″ est")
Q("al-taim-oil-field", "east-src-qasioun-taim-2018", "Al-Taim oil field are far away 15 km. from Deir Ezzor city")
Q("al-taim-oil-field", "east-src-eqtsad-taim", "بات الحقل يعتبر خط الدفاع الأول عن مطار دير الزور العسكري، حيث لا يبعد عنه سوى كيلومترات معدودة.")
Q("khasham", "east-src-wiki-khasham-town", "| coordinates = {{coord|35|17|55|N|40|17|36|E|region:SY|display=inline,title}}")
Q("hatla", "east-src-wiki-hatla", "座標: 35°18′05″N 40°14′12″E / 35.30139°N 40.23667°E")
Q("hatla", "east-src-sohr-ar-hatla-reconciliation", "وذلك في مقر مركز المصالحات الروسي ببلدة حطلة")

# ============================ PRESENCE ============================
P("east-prs-dez-airport-1", "deir-ez-zor-airport", "~2017-09", "~2024-12", "russia",
  "Russian forces' base/section at the military airport (Russian guard post at the main gate; Russian aircraft and arms shipments) - reported", "medium",
  "Reported by several opposition/partisan outlets, none official: SY24 (undated) says Russian forces entered with regime forces after ISIS receded in Sept 2017 and set up a base, with Russian "
  "soldiers and interpreters at the main gate and Liwa al-Quds guards; Hawar (undated) says Russia brought many officers and fighters; Orient News and Eqtsad (analyst Firas Allawi) call it the "
  "Russian command's destination / 'the most important Russian base in all of Deir ez-Zor'; ISWNews (June 2020 per the existing dataset) on Russian Su-24s; SyriaNews (6 May 2024) on a Russian "
  "arms shipment from Hmeimim. French Wikipedia says the IRGC took control of the airport in May 2019 (kampuspedia copy), so Russian use may have been shared or intermittent. Start ~2017-09 = "
  "SY24's account (undated source). END NOT SOURCED for this site: ~2024-12 inferred from the government withdrawal of 6 Dec 2024 and the Channel 4 report (via UAWire, 14 Dec 2024) of Russian "
  "convoys withdrawing from east Syria to Khmeimim and Tartus.")
Q("east-prs-dez-airport-1", "east-src-sy24-dez", "واستطاعت القوات الروسية أن تدخل إلى مطار دير الزور العسكري برفقة قوات النظام والميليشيات التي تدعمها، وذلك بعد انحسار تنظيم “داعش” عنه في أيلول من عام 2017.")
Q("east-prs-dez-airport-1", "east-src-sy24-dez", "وتحدث مراسلنا عن وجود عناصر يتبعون للقوات الروسية عند البوابة الرئيسية للمطار ولا يستطيع أحد الدخول دون الحصول على موافقة منهم.")
Q("east-prs-dez-airport-1", "east-src-hawar-dez-base", "According to media reports, Russia has brought a large number of officers and fighters to the airport, after the control of the regime forces.")
Q("east-prs-dez-airport-1", "east-src-orient-dez-airport", "فكان مطار دير الزور العسكري وجهة القيادة الروسية")
Q("east-prs-dez-airport-1", "east-src-eqtsad-taim", "أن حقل التيم خط الدفاع الأول عن المطار الذي يعتبر القاعدة الروسية الأهم في عموم دير الزور")
Q("east-prs-dez-airport-1", "east-src-iswnews-dez", "the Russian fighter jets presence in Deir Ezzor is also interpreted in this regard.")
Q("east-prs-dez-airport-1", "east-src-syrianews-2024-05-06", "وصلت خلال اليومين الماضيين شحنة أسلحة روسية إلى مطار ديرالزور العسكري قادمة من مطار حميميم")
Q("east-prs-dez-airport-1", "east-src-uawire-2024-12-14", "the UK’s Channel 4 recently aired a report detailing the withdrawal of Russian convoys from east Syria towards the Russian bases of Khmeimim and Tartus.")
Q("east-prs-dez-airport-1", "east-src-kampuspedia-frwiki-dez", "En mai 2019, l'aéroport passe sous le contrôle du corps des Gardiens de la révolution islamique")

P("east-prs-dez-city-1", "deir-ez-zor-city", "~2020-07", "~2024-12", "russia",
  "Russian forces' headquarters and assembly points in Deir ez-Zor city (Tala'i camp, Sports City 'assembly centre', command HQ in the Anti-Narcotics branch); base for Russian MP patrols", "medium",
  "Start = first dated report found (Nabaa, July 2020: three Russian convoys of 60+ vehicles stationed at the Tala'i camp; Zaiton: 90+ vehicles). Earlier, undated reports: Deir Ezzor 24 (early 2019) on "
  "Russian reinforcements in al-Haweka and at the Sports City near al-Assad hospital. Syria TV (17 Sep 2020): reinforcements concentrated at the Sports City 'assembly centre' with about 200 Russian "
  "'mercenaries'; Hibr Press: HQ of the Russian forces in the Sports City. Deir Ezzor 24: Russian MP patrols from the city on 1 Mar 2021. SyriaNews (6 May 2024): Russian command HQ inside the "
  "Anti-Narcotics branch, plus HQs in Marrat and al-Ruwad. END NOT SOURCED for this site: ~2024-12 inferred from the government withdrawal (6 Dec 2024) and the Channel 4 report of Russian convoys "
  "leaving east Syria (UAWire, 14 Dec 2024).")
Q("east-prs-dez-city-1", "east-src-nabaa-2020-07", "وكانت ثلاثة أرتال عسكرية روسية تضم أكثر من 60 آلية عسكرية وشاحنة، وصلت إلى مدينة دير الزور وتمركزت في معسكر الطلائع")
Q("east-prs-dez-city-1", "east-src-zaiton-ward", "شملت أكثر من 90 آلية عسكرية وتمركزت في معسكر الطلائع في دير الزور.")
Q("east-prs-dez-city-1", "east-src-syriatv-2020-09-17", "تعزيزات عسكرية روسية خلال اليومين الماضيين تركّزت في \"مركز التجمع\" بالمدينة الرياضية عند بوابة دير الزور")
Q("east-prs-dez-city-1", "east-src-hibr-sportscity", "واستقرت التعزيزات في مقر القوات الروسية في المدينة الرياضية بمدينة دير الزور شرق سورية.")
Q("east-prs-dez-city-1", "east-src-d24-forefront", "Besides other reinforcements which arrived to the sports city near Al-Assad hospital at Deir Ezzor southern entrance.")
Q("east-prs-dez-city-1", "east-src-d24-mp-2021-03-01", "On Monday, March 1, 2021, the Russian Military Police (MP) deployed patrols in the city of Deir Ezzor, the Deir Ezzor-Al-Bukamal highway, and the Deir Ezzor-Palmyra highway")
Q("east-prs-dez-city-1", "east-src-syrianews-2024-05-06", "بما في ذلك مقر القيادة الروسية الواقع داخل فرع \"مكافحة المخدرات\" بالمدينة")
Q("east-prs-dez-city-1", "east-src-uawire-2024-12-14", "the UK’s Channel 4 recently aired a report detailing the withdrawal of Russian convoys from east Syria towards the Russian bases of Khmeimim and Tartus.")

P("east-prs-mayadin-1", "al-mayadin", "~2020-01", "~2020-10", "russia",
  "Russian Military Police positions (four seized farms near the Balaum roundabout) and a Russian forces' headquarters on al-Nahr street", "medium",
  "Start: SOHR (via Syriac Press, 23 Jan 2020) on the MP seizing four farms near the Balaum roundabout and the modern medicine hospital. Deir Ezzor 24 (June 2020, year by weekday) says Russian troops "
  "share control of the city with Iranian militias, government forces and the NDF; on Wed 7 Oct 2020 a Russian patrol escorted a convoy to a Russian forces' HQ on al-Nahr street. "
  "End = latest report found (Oct 2020), not a reported withdrawal.")
Q("east-prs-mayadin-1", "east-src-syriacpress-2020-01-23", "SOHR also monitored the seizure of four farms by the Russian Military Police near the Balaum roundabout and the modern medicine hospital in al-Mayadin")
Q("east-prs-mayadin-1", "east-src-d24-ward-delegation", "Iranian militias, groups of Assad’s forces, Russian troops and the national defense militia all share control of al-Mayadeen city")
Q("east-prs-mayadin-1", "east-src-d24-mayadeen-2020-10", "A Russian patrol escroted the convoy that headed to a Russian forces’ headquarters in the al-Nahr street in al-Mayadeen.")

P("east-prs-bukamal-1", "al-bukamal", "2020-12-10", "~2021", "russia",
  "Russian Military Police headquarters/office in the 'Tourist Hotel' in the town centre (building held by the Qaterji militia)", "medium",
  "Start: SOHR report of 10 Dec 2020 (relayed by SouthFront; Aoyama's digest of AFP, Reuters, SANA, SOHR of 10 Dec 2020 says the Russians took over the Siyahi (Tourist) Hotel as their first "
  "position in the city after Iranian militias had blocked earlier attempts). Jesr Press and Euphrates Post (undated) describe the office as opened 'recently'. END NOT SOURCED: no later report of the "
  "hotel HQ was found; Eye of Euphrates (24 Aug 2022) calls al-Ward field 'the only point of the Russians in Albu Kamal' and says Iranian militias had refused a Russian point, so the office had "
  "closed by Aug 2022 at the latest. '~2021' marks an unknown closure between Dec 2020 and Aug 2022.")
Q("east-prs-bukamal-1", "east-src-southfront-bukamal-2020", "The Russian Military Police have established a headquarters in the Syrian town of al-Bukamal on the border line with Iraq, the Syrian Observatory for Human Rights (SOHR) reported on December 10.")
Q("east-prs-bukamal-1", "east-src-aoyama-2020-12-10", "ブーカマール市内にあるスィヤーヒー・ホテルをロシア軍が接収し、同市初となる拠点を設置した。")
Q("east-prs-bukamal-1", "east-src-aoyama-2020-12-10", "Reuters, December 10, 2020、SANA, December 10, 2020、SOHR, December 10, 2020などをもとに作成。")
Q("east-prs-bukamal-1", "east-src-jesr-bukamal", "وافتتحت القوات الروسية مؤخراً، مكتباً لها في مبنى “الفندق السياحي” في البوكمال والذي تسيطر عليها ميليشيا “حسام القاطرجي”.")
Q("east-prs-bukamal-1", "east-src-eye-2022-08-24", "التي تعتبر النقطة الوحيدة للروس في البوكمال")

P("east-prs-taim-1", "al-taim-oil-field", "~2018", "~2020-07", "russia",
  "Russian base at the oil field, guarded by Russian Military Police, Wagner Group contractors (Russian private military company) and Syrian Air Force Intelligence personnel - reported", "low",
  "All sources are undated opposition reports. Start ~2018: Horrya Press reports Russian forces starting to build a base in the field and refers to the government capture 'last September' "
  "(Sept 2017), so it was written between Oct 2017 and Aug 2018. Deir Ezzor 24 / Syrian Press Center: the Russians sent Air Force Intelligence personnel to the al-Nishan and al-Taim fields "
  "'taken as military bases by the Russian forces', in the month of the al-Ward takeover (July 2020); Hibr Press (relaying Deir Ezzor 24): Russian MP surrounded the field with 50 Wagner "
  "personnel. Eqtsad (undated): wide Russian redeployment around the field. End = latest datable report (~July 2020), not a reported withdrawal. Note Hibr places the field west of the city; "
  "the other sources put it south/south-east near the airport.")
Q("east-prs-taim-1", "east-src-horrya-taim", "أن القوات الروسية بدأت بتشييد قاعدة عسكرية لقواتها في حقل التَيِّم النفطي، قرب مطار دير الزور العسكري، جنوب شرق دير الزور.")
Q("east-prs-taim-1", "east-src-d24-nishan-taim", "the Russian forces have sent the elements of air intelligence forces to al-Nishan and Al-Taim oil fields, which have been taken as military bases by the Russian forces.")
Q("east-prs-taim-1", "east-src-hibr-taim-wagner", "فإن الشرطة العسكرية الروسية أحاطت بحقل (التيم) النفطي غرب مدينة دير الزور، بخمسين عنصرًا من قوات (فاغنر) الخاصة.")
Q("east-prs-taim-1", "east-src-eqtsad-taim", "نفذت القوات الروسية عمليات إعادة انتشار واسعة في محيط حقل التيم النفطي شرق دير الزور")

P("east-prs-khasham-wagner-2018", "khasham", "2018-02-07", "2018-02-08", "russia",
  "Wagner Group contractors (Russian private military company) in the pro-government force that massed near Khasham and attacked the SDF/US position at the Conoco gas plant", "medium",
  "Operator 'russia' because sources describe 'Syrian and Russian troops' and tie Wagner to the Russian state (Washington Post: U.S. intelligence says Prigozhin was in touch with the Kremlin "
  "before and after the attack; Euphrates Post: Wagner guards fields under contracts with the Russian army). Disputed: the Russian MoD statement of 8 Feb 2018 said there were no Russian "
  "servicemen in the area. Casualty figures for Russians range from a few to 80-200 (Wikipedia infobox). A one-night operation (night of 7-8 Feb 2018), not a base.")
Q("east-prs-khasham-wagner-2018", "east-src-wiki-khasham-battle", "The Battle of Khasham, also known as the Battle of Conoco Fields, was a military engagement of the Syrian civil war fought on 7 February 2018 near the towns of Khasham and Al Tabiyeh in the Deir ez-Zor Governorate, Syria.")
Q("east-prs-khasham-wagner-2018", "east-src-wiki-khasham-battle", "Strength2: 500 Syrian and Russian troops 27 total vehicles, including T-72 tanks")
Q("east-prs-khasham-wagner-2018", "east-src-wapo-swj-wagner", "Soon, the situation was complicated further by reports that Russian mercenaries had taken part in the attack and were among the dead")
Q("east-prs-khasham-wagner-2018", "east-src-wapo-swj-wagner", "U.S. intelligence reports suggest that Prigozhin was in touch with both the Kremlin and Syrian officials shortly before and after the attack")
Q("east-prs-khasham-wagner-2018", "east-src-wikiwand-khasham-battle", "the statement stressed that there were no Russian service members in the \"designated district of the Deir ez-Zor province of Syria\"")
Q("east-prs-khasham-wagner-2018", "east-src-euphratespost-wagner", "يتولون مهمة حراسة حقول النفط والغاز بعقودٍ مع جيش الاحتلال الروسي")

SEVEN_NOTE = ("SOHR (relayed by Sot Kurdistan, 30 Nov 2024): Russian forces entered the seven villages (al-Husseiniyah, al-Salhiyah, Hatla, Marrat, Mazloum, Khasham, Tabiyeh) on 22 October "
              "to reduce the Iranian presence, and emptied several of their HQs there on 30 Nov 2024. Rudaw (3 Dec) and Erem News confirm the Russian withdrawal from the villages. Which buildings "
              "in this village were used is not reported. Earlier Russian activity in the villages (Russian-run bridge at Marrat, 2019 reports of Russian troops in Khasham and Marrat) is recorded as events/notes.")
P("east-prs-khasham-2024", "khasham", "2024-10-22", "2024-11-30", "russia",
  "Russian forces' headquarters in the 'seven villages' east of the Euphrates (deployed to curb the Iranian presence)", "medium", SEVEN_NOTE)
P("east-prs-hatla-2024", "hatla", "2024-10-22", "2024-11-30", "russia",
  "Russian forces' headquarters in the 'seven villages' east of the Euphrates (deployed to curb the Iranian presence)", "medium",
  SEVEN_NOTE + " SOHR (undated) also mentions a Russian reconciliation-centre office in Hatla where Russian officers met tribal notables; its dates are not known.")
for pid in ("east-prs-khasham-2024", "east-prs-hatla-2024"):
    Q(pid, "east-src-sotkurdistan-2024-11-30", "أفاد المرصد السوري لحقوق الإنسان بأن القوات الروسية أفرغت عدد من مقراتها في القرى السبع بريف دير الزور اليوم وسحبت عربات وآاليات عسكرية منها")
    Q(pid, "east-src-sotkurdistan-2024-11-30", "والقرى هي: الحسينية والصالحية وحطلة ومراط ومظلوم وخشام وطابية في الجهة الشرقية لنهر الفرات")
    Q(pid, "east-src-sotkurdistan-2024-11-30", "دخلتها القوات الروسية في الثاني والعشرين من تشرين الأول الماضي لتقليص التواجد الإيراني في تلك المنطقة.")
    Q(pid, "east-src-rudaw-2024-12-03", "days after Russian forces reportedly withdrew from the area.")
    Q(pid, "east-src-eremnews-2024-12", "بالتزامن مع انسحاب القوات الروسية من مقراتها في القرى السبع")

# ============================ CONTROL ============================
MH_AIRPORT = "The military airport remains in the hands of the Syrian government along with some parts of the city"
MH_FSA = "Fighters for the pro-Western Free Syrian Army seized large parts of Deir el Zour from the Syrian government in May 2012"
MH_ISIS = "Extremists of the Islamic State on Monday seized nearly all of Deir el Zour, the last town not under their control in eastern Syria"
VK_MOC = "“We announce the city of Deir Ezzor and its military airport as completely liberated,” Military Operations Command spokesperson Hassan Abdul Ghani said."
KP_EVAC = "Deir ez-Zor city center, Mayadin, Quriyah, Albu Kamal, and several other areas are among those evacuated by the Syrian army."
KP_SDF = "after the Syrian army evacuated these areas, the SDF forces took their control."
TRTID = "Setelah jatuhnya rezim mantan Presiden Bashar Assad pada Desember 2024, wilayah selatan provinsi Deir ez-Zor berada di bawah kendali pasukan pemerintahan baru, sementara wilayah utara tetap dikuasai oleh Pasukan Demokratik Suriah (SDF)."
AFP_A = "Syrian regime forces and commanders of Iran-backed allied groups suddenly withdrew from Deir Ezzor city and its countryside with columns of soldiers heading towards central Syria"
AFP_B = "Syrian forces and their Iran-backed allies completely withdrew from areas they control in Deir Ezzor province and Kurdish forces are advancing towards their areas,"
SACBEE_NUSRA = "overcame the last bastions of al Qaida’s Nusra Front in both Deir el Zour, the capital of the province by the same name, and Abu Kamal."
SACBEE_TRIBES = "The tribes in the towns of Mayadeen, al Ashara and Burqas, all long time allies of Nusra and the long rumored birthplace of Nusra commander Abu Mohammed al Golani, openly swore allegiance to the Islamic State"
TRT_VILLAGES = "Syrian forces retreated from several villages, including Murrat, Hasham, Mazlum, Tabiyye, Huseyiniyye, Salihiyye, and Hatla, leaving them in the hands of the PKK/YPG."
RUDAW_SDF = "The Kurdish-led Syrian Democratic Forces (SDF) on Tuesday announced that it captured seven villages previously held by Syrian regime forces in the eastern countryside of Deir ez-Zor province"
ENAB_DEC3 = "The beginning was on December 3, when the Deir Ezzor Military Council affiliated with the Syrian Democratic Forces (SDF) attacked the regime forces and Iranian militias stationed in the seven villages east of the Euphrates River"
ENAB_FAIL = "However, the attack failed for several reasons"
YA_1 = "SURIYE'NIN Deyrizor ilinde ayaklanan aşiret güçleri, terör örgütü YPG/SDG'nin işgali altındaki tüm bölgeleri kontrol altına alarak ilin tamamını örgütten kurtardı."
YA_2 = "Kontrol altına alınan yerleşim yerleri arasında Muheymide, Suveydan el-Cezire, Murat, Gıranic, Et- Tayyane, El-Cerzi, Hatla, El- Huseyniyye, … Cedid Bekkara, Huşam, Mazlum"
SOHR17 = "the regime forces managed to advance in the villages of Marrat, Hatla, Mazlum and Khesham, after bringing large military reinforcements of vehicles, supplies and members, which crossed the Euphrates River, through the moving bridges which were set up by Russia on the Euphrates River."

DEC24_NOTE = ("Government and Iran-backed forces withdrew from the whole province on Fri 6 Dec 2024 (AFP/SOHR) and the SDF advanced into the evacuated areas (Kurdpress/SOHR). ")
# --- Deir ez-Zor airport
C("east-ctl-dez-airport-1", "deir-ez-zor-airport", "1963", "2024-12-06", "syria-gov", "high",
  "Start = Ba'athist state (shared source); the airport did not change hands before 2011. Rebels encircled it from 24 Nov 2012 and ISIS besieged it from July 2014 (cut off from the city Jan 2017) "
  "but it never fell (McClatchy July 2014; Sputnik Jan 2017); the siege ended on 9 Sep 2017 after massive Russian air strikes. French Wikipedia says the IRGC, an ally of the government, controlled "
  "the airport from May 2019 - kept under syria-gov (no IRGC holder). End = government withdrawal on 6 Dec 2024 (AFP/SOHR).")
Q("east-ctl-dez-airport-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-dez-airport-1", "east-src-miamiherald-2014-07-14", MH_AIRPORT)
Q("east-ctl-dez-airport-1", "east-src-sputnik-2017-01-27", "Deir ez-Zor and the nearby airbase have been under siege for over three years, with food and ammunition only delivered by air.")
Q("east-ctl-dez-airport-1", "east-src-frwiki-dez-airport", "après un bombardement aérien massif des forces spatiales de la fédération de Russie")
Q("east-ctl-dez-airport-1", "east-src-afp-lbc-2024-12-06a", AFP_A)
C("east-ctl-dez-airport-2", "deir-ez-zor-airport", "2024-12-06", "~2024-12-10", "sdf", "medium",
  DEC24_NOTE + "TRT World and A News (both Turkish state/pro-government) say the SDF ('PKK/YPG') took the military airport. End approximate: the Military Operations Command declared the city and its military "
  "airport 'completely liberated' (reported 10-11 Dec 2024).")
Q("east-ctl-dez-airport-2", "east-src-trt-2024-12-06", "The terrorist group also took control of Deir Ezzor Military Airport.")
Q("east-ctl-dez-airport-2", "east-src-anews-2024-12-06", "after handing over Deir ez-Zor's city center, airport, and several strategic points to the PKK/YPG, moved toward Damascus and Homs")
C("east-ctl-dez-airport-3", "deir-ez-zor-airport", "~2024-12-10", "", "syria-transitional", "medium",
  "Military Operations Command spokesman Hassan Abdul Ghani announced the city and its military airport 'completely liberated' (Vestnik Kavkaza, 11 Dec 2024); an SDF source said it had withdrawn only from the west bank. "
  "Date approximate (announcement before 11 Dec).")
Q("east-ctl-dez-airport-3", "east-src-vestikavkaza-2024-12-11", VK_MOC)
Q("east-ctl-dez-airport-3", "com-src-wiki-fall-assad", FALL_Q)

# --- Deir ez-Zor city
C("east-ctl-dez-city-1", "deir-ez-zor-city", "1963", "2024-12-06", "syria-gov", "high",
  "Overlaps east-ctl-dez-city-2 and -3 (divided city): the government kept the western districts (al-Jura, al-Qusur, Harabesh) and the airport throughout 2012-2017 while rebels and then ISIS held "
  "the rest. Start = Ba'athist state (shared source). End = government withdrawal on 6 Dec 2024 (AFP/SOHR).")
Q("east-ctl-dez-city-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-dez-city-1", "east-src-miamiherald-2014-07-14", MH_AIRPORT)
Q("east-ctl-dez-city-1", "east-src-afp-lbc-2024-12-06a", AFP_A)
C("east-ctl-dez-city-2", "deir-ez-zor-city", "2012-05", "2014-07-14", "fsa", "medium",
  "Overlaps east-ctl-dez-city-1 (contested city). The FSA seized large parts of the city in May 2012 and handed some control to allied groups such as Nusra (McClatchy); by May 2013 rebels held about half "
  "of the city (Wikipedia). End = ISIS takeover of all rebel positions on Mon 14 Jul 2014.")
Q("east-ctl-dez-city-2", "east-src-miamiherald-2014-07-14", MH_FSA)
Q("east-ctl-dez-city-2", "east-src-wiki-dez-clashes", "By May 2013, rebels controlled about half of Deir Ez-Zor city while the Syrian Arab Army controlled the military installations of Deir al-Zor and most of al-Thayem oil field.")
C("east-ctl-dez-city-3", "deir-ez-zor-city", "2014-07-14", "2017-11-03", "isis", "medium",
  "Overlaps east-ctl-dez-city-1 (contested city): ISIS seized 'nearly all' of the city on Mon 14 Jul 2014 while the government kept some districts and the airport. The siege was broken on 5 Sep 2017; "
  "Syrian state media declared the city completely liberated on 3 Nov 2017 (Sputnik Brasil).")
Q("east-ctl-dez-city-3", "east-src-miamiherald-2014-07-14", MH_ISIS)
Q("east-ctl-dez-city-3", "east-src-sputnikbr-2017-11-05", "A cidade foi completamente libertada em 3 de novembro de 2017, segundo a mídia estatal síria.")
C("east-ctl-dez-city-4", "deir-ez-zor-city", "2024-12-06", "~2024-12-10", "sdf", "medium",
  DEC24_NOTE + "An SDF Deir ez-Zor Military Council fighter told Reuters on 7 Dec that the city was under SDF control. End approximate (MOC announcement reported 10-11 Dec 2024).")
Q("east-ctl-dez-city-4", "east-src-reuters-yahoo-2024-12-07", "Now Deir el-Zor is under the control of the Syrian Democratic Forces.")
Q("east-ctl-dez-city-4", "east-src-kurdpress-2024-12-06", KP_SDF)
C("east-ctl-dez-city-5", "deir-ez-zor-city", "~2024-12-10", "", "syria-transitional", "medium",
  "Military Operations Command announced the city 'completely liberated' (Vestnik Kavkaza, 11 Dec 2024); the SDF said it withdrew only from the west bank, where the city lies.")
Q("east-ctl-dez-city-5", "east-src-vestikavkaza-2024-12-11", VK_MOC)
Q("east-ctl-dez-city-5", "com-src-wiki-fall-assad", FALL_Q)

# --- al-Mayadin
C("east-ctl-mayadin-1", "al-mayadin", "1963", "2012-11-22", "syria-gov", "high",
  "Start = Ba'athist state (shared source). End = rebels took the Mayadeen artillery base and the town on Thu 22 Nov 2012 (Reuters; AFP/SOHR).")
Q("east-ctl-mayadin-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-mayadin-1", "east-src-reuters-2012-11-22", "\"The Mayadeen military base fell at 8.30 a.m. (0630 GMT),\"")
C("east-ctl-mayadin-2", "al-mayadin", "2012-11-22", "~2014-07-03", "rebels", "medium",
  "Rebel coalition (FSA-branded military council, with Nusra-allied tribes). End approximate: ISIS took over Nusra's bastions in the province and the Mayadeen tribes pledged allegiance to it on the "
  "'Thursday' after the 29 June 2014 caliphate declaration (McClatchy), i.e. about 3 July 2014.")
Q("east-ctl-mayadin-2", "east-src-afp-spacewar-2012-11-22", "Rebel fighters seized the town of Mayadeen in eastern Syria on Thursday, a monitoring group said")
Q("east-ctl-mayadin-2", "east-src-reuters-2012-11-22", "\"The whole countryside, from the Iraqi border and along the … Euphrates to the city of Deir al-Zor, is now under rebel")
Q("east-ctl-mayadin-2", "east-src-sacbee-isis-2014-07", SACBEE_TRIBES)
C("east-ctl-mayadin-3", "al-mayadin", "~2014-07-03", "2017-10-14", "isis", "high",
  "Start approximate (see east-ctl-mayadin-2). End = government and allied forces took the town on Sat 14 Oct 2017 (SANA via TASS; TRT World; Reuters).")
Q("east-ctl-mayadin-3", "east-src-sacbee-isis-2014-07", SACBEE_TRIBES)
Q("east-ctl-mayadin-3", "east-src-trt-2017-10-14", "Syrian regime forces and its allies captured the city of Al Mayadeen from Daesh on Saturday, regime media said")
Q("east-ctl-mayadin-3", "east-src-tass-2017-10-14", "The Syrian governmental forces jointly with the coalition restored control over Mayadin (Deir ez-Zor Governorate)")
C("east-ctl-mayadin-4", "al-mayadin", "2017-10-14", "2024-12-06", "syria-gov", "high",
  "Government with Iran-backed militias (Deir Ezzor 24 describes shared control with Iranian militias, the NDF and Russian troops in 2020). End = army evacuation of Mayadin on 6 Dec 2024 (Kurdpress/SOHR).")
Q("east-ctl-mayadin-4", "east-src-trt-2017-10-14", "Syrian regime forces and its allies captured the city of Al Mayadeen from Daesh on Saturday, regime media said")
Q("east-ctl-mayadin-4", "east-src-kurdpress-2024-12-06", KP_EVAC)
C("east-ctl-mayadin-5", "al-mayadin", "2024-12-06", "~2024-12-11", "sdf", "low",
  DEC24_NOTE + "Kurdpress names Mayadin among the evacuated areas the SDF took. END NOT SOURCED for this town: ~2024-12-11 = the MOC's announcement that it was advancing in the Deir ez-Zor "
  "countryside after taking the city; no report dating the SDF's exit from Mayadin was found.")
Q("east-ctl-mayadin-5", "east-src-kurdpress-2024-12-06", KP_EVAC)
Q("east-ctl-mayadin-5", "east-src-kurdpress-2024-12-06", KP_SDF)
C("east-ctl-mayadin-6", "al-mayadin", "~2024-12-11", "", "syria-transitional", "low",
  "Start approximate (see east-ctl-mayadin-5). TRT Indonesia: after Assad's fall the south of Deir ez-Zor province came under the new government, the north stayed with the SDF.")
Q("east-ctl-mayadin-6", "east-src-trtid-dez-south", TRTID)
Q("east-ctl-mayadin-6", "com-src-wiki-fall-assad", FALL_Q)

# --- Albu Kamal
C("east-ctl-bukamal-1", "al-bukamal", "1963", "2012-08-21", "syria-gov", "high",
  "Start = Ba'athist state (shared source). End = government forces evacuated the Air Force Intelligence and Political Security compounds on Tue 21 Aug 2012 and a rebel coordinator said the town had "
  "'effectively fallen' (Reuters); the regime still held a Military Intelligence compound, the airport and a border police base nearby.")
Q("east-ctl-bukamal-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-bukamal-1", "east-src-reuters-2012-08-21", "Rebel Front said that Albu Kamal had effectively fallen but that")
C("east-ctl-bukamal-2", "al-bukamal", "2012-08-21", "~2014-07-03", "rebels", "medium",
  "FSA units and the Nusra Front (Nusra held Albu Kamal in 2014). End approximate: ISIS overcame Nusra's last bastions in Deir ez-Zor and Abu Kamal on the 'Thursday' after the 29 June 2014 caliphate "
  "declaration (McClatchy), about 3 July 2014. A Portuguese Wikipedia copy (kampuspedia) gives August 2014 instead - not used.")
Q("east-ctl-bukamal-2", "east-src-reuters-2012-08-21", "Rebel Front said that Albu Kamal had effectively fallen but that")
Q("east-ctl-bukamal-2", "east-src-sacbee-isis-2014-07", SACBEE_NUSRA)
C("east-ctl-bukamal-3", "al-bukamal", "~2014-07-03", "2017-11-19", "isis", "high",
  "The government announced the town's capture on 9 Nov 2017 (RT), but ISIS fully recaptured it on Sat 11 Nov (AFP/SOHR); the army took it for good on 19 Nov 2017 (Wikipedia: the town changed hands "
  "three times).")
Q("east-ctl-bukamal-3", "east-src-sacbee-isis-2014-07", SACBEE_NUSRA)
Q("east-ctl-bukamal-3", "east-src-rt-2017-11-09", "The Syrian Army has liberated the city of Abu Kamal, destroying the last Islamic State (IS, formerly ISIS/ISIL) stronghold in Syria.")
Q("east-ctl-bukamal-3", "east-src-afp-rappler-2017-11-11", "The Islamic State group fully recaptured the Syrian border town of Albu Kamal on Saturday, November 11, a monitor said")
Q("east-ctl-bukamal-3", "east-src-wiki-abukamal-offensive", "Abu Kamal changes hands three times before being captured by the Syrian Army on 19 November")
C("east-ctl-bukamal-4", "al-bukamal", "2017-11-19", "2024-12-06", "syria-gov", "high",
  "Government with Iran-backed militias dominant in the town. End = army evacuation of Albu Kamal on 6 Dec 2024 (Kurdpress/SOHR).")
Q("east-ctl-bukamal-4", "east-src-wiki-abukamal-offensive", "Abu Kamal changes hands three times before being captured by the Syrian Army on 19 November")
Q("east-ctl-bukamal-4", "east-src-kurdpress-2024-12-06", KP_EVAC)
C("east-ctl-bukamal-5", "al-bukamal", "2024-12-06", "~2024-12-11", "sdf", "medium",
  DEC24_NOTE + "Shafaq News (media reports) and Reuters (via Rudaw) say the SDF took the al-Bukamal border crossing on 6 Dec. END NOT SOURCED for this town: ~2024-12-11 = MOC advance into the "
  "countryside after taking Deir ez-Zor city; no report dating the SDF's exit from Albu Kamal was found.")
Q("east-ctl-bukamal-5", "east-src-kurdpress-2024-12-06", KP_SDF)
Q("east-ctl-bukamal-5", "east-src-shafaq-2024-12-06", "media reports indicated that the Syrian Democratic Forces (SDF) have taken control of the Al-Bukamal border crossing between Iraq and Syria.")
C("east-ctl-bukamal-6", "al-bukamal", "~2024-12-11", "", "syria-transitional", "low",
  "Start approximate (see east-ctl-bukamal-5). TRT Indonesia: the south of Deir ez-Zor province came under the new government after Assad's fall.")
Q("east-ctl-bukamal-6", "east-src-trtid-dez-south", TRTID)
Q("east-ctl-bukamal-6", "com-src-wiki-fall-assad", FALL_Q)

# --- al-Taim field
C("east-ctl-taim-1", "al-taim-oil-field", "1963", "2013-05", "syria-gov", "medium",
  "Start = Ba'athist state (shared source). End = latest report of government control found (Wikipedia: in May 2013 the army held 'most of al-Thayem oil field'), not a reported loss.")
Q("east-ctl-taim-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-taim-1", "east-src-wiki-dez-clashes", "By May 2013, rebels controlled about half of Deir Ez-Zor city while the Syrian Arab Army controlled the military installations of Deir al-Zor and most of al-Thayem oil field.")
C("east-ctl-taim-2", "al-taim-oil-field", "2013-05", "2017-09-09", "unknown", "low",
  "UNKNOWN: the field changed hands but no source dates it. ISIS held it before the army's recapture of 9 Sep 2017 (Xinhua/SANA: all the province's energy fields had fallen to IS); in 2016 the "
  "army fought ISIS around it (Al-Watan: the army 'encircled' the field). Whether rebels held it before ISIS, and when ISIS took it, were not found.")
Q("east-ctl-taim-2", "east-src-xinhua-taim-2017-09-09", "The oil-rich province is so important for the Syrian army due to its location near Iraq and also the energy fields, all of which fell to IS during the war.")
Q("east-ctl-taim-2", "east-src-alwatan-taim-2016", "وتفيد المعلومات بأن الجيش تمكن من تطويق حقل التيم ومحطة الغاز والمعهد التقني")
C("east-ctl-taim-3", "al-taim-oil-field", "2017-09-09", "2024-12-06", "syria-gov", "high",
  "Army captured the field on Sat 9 Sep 2017 (SANA via Xinhua; Horrya: 'last September'). ISIS attacked its outskirts in June 2018 (Qasioun). End = government withdrawal from the province on 6 Dec 2024 (AFP/SOHR).")
Q("east-ctl-taim-3", "east-src-xinhua-taim-2017-09-09", "The Syrian army captured on Saturday the key oil field of Teym as part of a progress against the Islamic State (IS) in the countryside of Deir al-Zour province in eastern Syria, state news agency SANA reported.")
Q("east-ctl-taim-3", "east-src-horrya-taim", "وكانت قوات الأسد فرضت سيطرتها على الحقل الاستراتيجي في أيلول/ سبتمبر الماضي.")
Q("east-ctl-taim-3", "east-src-afp-lbc-2024-12-06b", AFP_B)
C("east-ctl-taim-4", "al-taim-oil-field", "2024-12-06", "~2024-12-10", "unknown", "low",
  "UNKNOWN: after the government withdrawal of 6 Dec 2024 the SDF advanced into government areas and held Deir ez-Zor city for several days, but no source names who held the field between 6 Dec and the "
  "MOC takeover of the Deir ez-Zor area (~10 Dec).")
Q("east-ctl-taim-4", "east-src-afp-lbc-2024-12-06b", AFP_B)
C("east-ctl-taim-5", "al-taim-oil-field", "~2024-12-10", "", "syria-transitional", "low",
  "Inferred from the MOC announcement on Deir ez-Zor city and airport (~10 Dec 2024) and the new government's hold on the west bank (TRT Indonesia); no field-specific report.")
Q("east-ctl-taim-5", "east-src-vestikavkaza-2024-12-11", VK_MOC)
Q("east-ctl-taim-5", "east-src-trtid-dez-south", TRTID)

# --- Khasham & Hatla (east bank 'seven villages')
C("east-ctl-khasham-1", "khasham", "1963", "2012", "syria-gov", "medium",
  "Start = Ba'athist state (shared source). End approximate (year only): the FSA seized large parts of Deir ez-Zor from May 2012 and the Euphrates countryside fell to rebels during 2012; no Khasham-specific date found.")
Q("east-ctl-khasham-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-khasham-1", "east-src-miamiherald-2014-07-14", MH_FSA)
C("east-ctl-khasham-2", "khasham", "2012", "~2014-07-14", "unknown", "low",
  "UNKNOWN: the east-bank countryside was outside government control (rebel groups, then ISIS from spring 2014), but no source names Khasham's holder or dates its changes of hands before ISIS consolidated "
  "control of the province in July 2014.")
Q("east-ctl-khasham-2", "east-src-miamiherald-2014-07-14", MH_FSA)
Q("east-ctl-khasham-2", "east-src-sauress-alriyadh-2014-07", "وباتت \"الدولة الإسلامية\" تسيطر على أكثر من 95 في المئة من مجمل محافظة دير الزور.")
C("east-ctl-khasham-3", "khasham", "~2014-07-14", "2017-09-23", "isis", "medium",
  "Start approximate: ISIS consolidated control of the province (>95%) in mid-July 2014. End: government forces, after crossing the Euphrates on Russian-built bridges on 18 Sep 2017, announced control of "
  "Khasham in the same days as the SDF took the Conoco field (SDF statement of Sat 23 Sep 2017) - Enab Baladi; SOHR (late Sep 2017). Day approximate.")
Q("east-ctl-khasham-3", "east-src-miamiherald-2014-07-14", MH_ISIS)
Q("east-ctl-khasham-3", "east-src-sauress-alriyadh-2014-07", "وباتت \"الدولة الإسلامية\" تسيطر على أكثر من 95 في المئة من مجمل محافظة دير الزور.")
Q("east-ctl-khasham-3", "east-src-enab-2017-09", "Al-Assad forces announced, in conjunction with SDF’s siege of the fields, the control the town of Khasham, southeast of the village of Mazloum")
C("east-ctl-khasham-4", "khasham", "2017-09-23", "2024-12-06", "syria-gov", "high",
  "Government-held pocket east of the Euphrates ('seven villages') with Iran-backed militias; Russian units in the villages at times. End: TRT World says government forces left the seven villages to the SDF on 6 Dec 2024; "
  "Rudaw reported the SDF capture already on Tue 3 Dec, but Enab Baladi and SANA/Al Mayadeen say the 3 Dec attack failed - the 6 Dec date is used.")
Q("east-ctl-khasham-4", "east-src-enab-2017-09", "Al-Assad forces announced, in conjunction with SDF’s siege of the fields, the control the town of Khasham, southeast of the village of Mazloum")
Q("east-ctl-khasham-4", "east-src-sohr-2017-09", SOHR17)
Q("east-ctl-khasham-4", "east-src-trt-2024-12-06", TRT_VILLAGES)
Q("east-ctl-khasham-4", "east-src-enab-2024-12", ENAB_FAIL)
C("east-ctl-khasham-5", "khasham", "2024-12-06", "~2026-01-18", "sdf", "medium",
  "SDF (Deir ez-Zor Military Council). Rudaw dates the SDF announcement to 3 Dec 2024 (contested, see east-ctl-khasham-4). The en.wikipedia infobox gives control as AANES. End approximate: Yeni Asır "
  "(19 Jan 2026) reports tribal forces taking all SDF-held places in the province, Huşam (Khasham) included, during the January 2026 government offensive and SDF withdrawal.")
Q("east-ctl-khasham-5", "east-src-trt-2024-12-06", TRT_VILLAGES)
Q("east-ctl-khasham-5", "east-src-rudaw-2024-12-03", RUDAW_SDF)
Q("east-ctl-khasham-5", "east-src-wiki-khasham-town", "| p1 = {{flag|Autonomous Administration of North and East Syria}}")
C("east-ctl-khasham-6", "khasham", "~2026-01-18", "", "syria-transitional", "low",
  "Tribal forces aligned with the government took the remaining SDF areas of Deir ez-Zor province (Yeni Asır, 19 Jan 2026); day approximate; single Turkish pro-government source for this village.")
Q("east-ctl-khasham-6", "east-src-yeniasir-2026-01-19", YA_1)
Q("east-ctl-khasham-6", "east-src-yeniasir-2026-01-19", YA_2)

C("east-ctl-hatla-1", "hatla", "1963", "2013-06-11", "syria-gov", "medium",
  "Start = Ba'athist state (shared source). Hatla's Shia quarter was defended by pro-government fighters until the rebel/Nusra assault of 11 June 2013 (Wikipedia, Hatla massacre).")
Q("east-ctl-hatla-1", "com-src-wiki-baathist-syria", BAATH_Q)
Q("east-ctl-hatla-1", "east-src-wiki-hatla-massacre", "According to opposition activists, most of the dead were pro-government fighters but civilians were killed as well, including women and children.")
C("east-ctl-hatla-2", "hatla", "2013-06-11", "~2014-07-14", "rebels", "medium",
  "FSA and Nusra Front fighters took the village on 11 June 2013. End approximate: ISIS consolidated control of the province in mid-July 2014 (McClatchy; SOHR via Al Riyadh).")
Q("east-ctl-hatla-2", "east-src-wiki-hatla-massacre", "conducted by Syrian opposition fighters and Salafist Al-Nusra Front members in the eastern Syrian village of Hatla, near Deir ez-Zor, on 11 June 2013")
Q("east-ctl-hatla-2", "east-src-sauress-alriyadh-2014-07", "وباتت \"الدولة الإسلامية\" تسيطر على أكثر من 95 في المئة من مجمل محافظة دير الزور.")
C("east-ctl-hatla-3", "hatla", "~2014-07-14", "2017-09-27", "isis", "medium",
  "Start approximate (see east-ctl-hatla-2). End = the Syrian army retook Hatla from ISIL on 27 Sep 2017 (Wikipedia, Hatla), after crossing the Euphrates on Russian-built bridges (SOHR).")
Q("east-ctl-hatla-3", "east-src-miamiherald-2014-07-14", MH_ISIS)
Q("east-ctl-hatla-3", "east-src-wiki-hatla", "2017年9月27日、シリア軍はハトラ村をISILから奪還した。")
C("east-ctl-hatla-4", "hatla", "2017-09-27", "2024-12-06", "syria-gov", "high",
  "Government-held 'seven villages' pocket east of the Euphrates. End: 6 Dec 2024 per TRT World (Rudaw: 3 Dec, contested - see east-ctl-khasham-4).")
Q("east-ctl-hatla-4", "east-src-wiki-hatla", "2017年9月27日、シリア軍はハトラ村をISILから奪還した。")
Q("east-ctl-hatla-4", "east-src-sohr-2017-09", SOHR17)
Q("east-ctl-hatla-4", "east-src-trt-2024-12-06", TRT_VILLAGES)
C("east-ctl-hatla-5", "hatla", "2024-12-06", "~2026-01-18", "sdf", "medium",
  "SDF (Deir ez-Zor Military Council); Rudaw dates the announcement to 3 Dec 2024 (contested). End approximate: Yeni Asır (19 Jan 2026) lists Hatla among places taken from the SDF.")
Q("east-ctl-hatla-5", "east-src-trt-2024-12-06", TRT_VILLAGES)
Q("east-ctl-hatla-5", "east-src-rudaw-2024-12-03", RUDAW_SDF)
C("east-ctl-hatla-6", "hatla", "~2026-01-18", "", "syria-transitional", "low",
  "Tribal forces aligned with the government took the remaining SDF areas of Deir ez-Zor province (Yeni Asır, 19 Jan 2026); day approximate; single source for this village.")
Q("east-ctl-hatla-6", "east-src-yeniasir-2026-01-19", YA_1)
Q("east-ctl-hatla-6", "east-src-yeniasir-2026-01-19", YA_2)
