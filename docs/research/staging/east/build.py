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
