//! One test per Azerbaijani mechanism, on sentences written for these
//! tests (not taken from the corpus), positive and negative. Expected
//! entities are written inline as in the gold files and follow
//! GUIDELINES.md.

mod common;
use common::{bases, check_all};
use vurgu::Lang::Az;

#[test]
fn case_endings_on_places_and_people() {
    check_all(
        &[
            "Nümayəndə heyəti {{PLACE|Gəncəyə}} yola düşüb.",
            "Toplantı {{PLACE|Sumqayıtda}} keçirilib, sonra qonaqlar {{PLACE|Şəkidən}} qayıdıblar.",
            "{{PLACE|Gürcüstanın}} paytaxtı {{PLACE|Tbilisidir}}.",
            "Nazir {{PERSON|Ceyhun Bayramovla}} görüşdü.",
            "Bu barədə {{PERSON|Mehriban Əliyevanın}} çıxışında deyilib.",
            "Qərar {{PLACE|Naxçıvandakı}} məktəblərə aiddir.",
            "Tədbirdə {{PLACE|Qazaxıstanı}} səfir təmsil edib.",
            "Qonaqlar {{PLACE|Lənkəranla}} {{PLACE|Astara}} arasında yolda idilər.",
            "Nümayəndə heyəti {{PLACE|Konqoya}} səfər edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn plural_possessive_and_copula_endings() {
    check_all(
        &[
            "Layihənin müəllifi {{PERSON|Rəşad Hüseynovdur}}.",
            "Əsas hədəf {{PLACE|Bakıdır}}.",
            "Görüşün yeri {{PLACE|Gəncədəki}} sarayıdır.",
        ],
        Az,
        None,
    );
}

#[test]
fn hyphen_apostrophe_and_quote_endings() {
    check_all(
        &[
            "{{ORG|ATƏT-in}} missiyası {{PLACE|ABŞ-a}} hesabat göndərib.",
            "Bəyanatı {{ORG|NATO-nun}} baş katibi oxuyub.",
            "Heyət {{PLACE|Ankara'ya}} çatıb.",
            "Qol “{{ORG|Neftçi”nin}} müdafiəçisinə aiddir.",
            "Məlumatı {{ORG|APA-ya}} şirkətin sözçüsü verib.",
        ],
        Az,
        None,
    );
}

#[test]
fn base_forms_drop_suffixes() {
    let b = bases("Prezident İlham Əliyevə, BMT-nin nümayəndəsinə və “Qarabağ”ın heyətinə Bakıda məktub verilib.", Az);
    assert_eq!(
        b,
        [
            ("İlham Əliyevə".to_string(), "İlham Əliyev".to_string()),
            ("BMT-nin".to_string(), "BMT".to_string()),
            ("Qarabağ”ın".to_string(), "Qarabağ".to_string()),
            ("Bakıda".to_string(), "Bakı".to_string()),
        ]
    );
    let b = bases("Ekologiya Nazirliyindən bildirilib ki, Soyuqbulağa yol bağlanıb.", Az);
    assert!(b.contains(&("Ekologiya Nazirliyindən".to_string(), "Ekologiya Nazirliyi".to_string())), "{b:?}");
}

#[test]
fn countries_cities_regions_and_natural_places() {
    check_all(
        &[
            "Heyət {{PLACE|Fransa}}, {{PLACE|Almaniya}} və {{PLACE|Yaponiyaya}} səfər edəcək.",
            "{{PLACE|Qəbələ}} rayonunda və {{PLACE|Quba}} şəhərində yağış yağıb.",
            "{{PLACE|Xəzərin}} səviyyəsi aşağı düşüb, {{PLACE|Araz}} çayı isə daşıb.",
            "{{PLACE|Şahdağda}} qar yağıb.",
            "Turistlər {{PLACE|Dağlıq Qarabağa}} və {{PLACE|Cənubi Qafqaza}} maraq göstərir.",
            "Sərhəd {{PLACE|Rusiya Federasiyası}} ilə razılaşdırılıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn descriptors_after_places_stay_outside() {
    check_all(
        &[
            "Sel {{PLACE|Zərgərli}} kəndinə ziyan vurub.",
            "{{PLACE|Göygöl}} gölünün sahilində və {{PLACE|Kəpəz}} dağında turistlər çoxdur.",
            "Yol {{PLACE|Çaykənd}} və {{PLACE|Tülallar}} kəndləri arasında bağlanıb.",
            "Yanğın {{PLACE|Binəqədi}} qəsəbəsində baş verib.",
            // Without its possessive ending the noun is a place of its own.
            "Məşqçi {{PERSON|Oqtay Süleymanov}} aeroportda jurnalistlərə açıqlama verib.",
        ],
        Az,
        None,
    );
}

#[test]
fn people_with_given_names_surnames_and_patterns() {
    check_all(
        &[
            "Tədbirdə {{PERSON|Leyla Məmmədova}} və {{PERSON|Tural Həsənli}} çıxış ediblər.",
            "Görüşdə {{PERSON|Aram Qriqoryan}} də iştirak edib.",
            "Hesabatı {{PERSON|Oleq Kovalenko}} təqdim edib.",
            "{{PERSON|Nigar Cəfərzadə}} qalib gəlib.",
            "Qərarı {{PERSON|Qasımov}} imzalayıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn titles_cue_people_and_stay_outside() {
    check_all(
        &[
            "Baş nazir {{PERSON|Ali Əsədov}} iclası açıb.",
            "{{PLACE|Almaniya}} kansleri {{PERSON|Olaf Şolts}} bəyanat verib.",
            "Məşqçi {{PERSON|Qurban Qurbanov}} oyunçuları təbrik edib.",
            "Xalq artisti {{PERSON|Fərhad Bədəlbəyli}} konsert verib.",
            "Sözçü {{PERSON|Ayxan Hacızadə}} məlumat verib.",
            "Cənab {{PERSON|Smit}} qonaqları salamlayıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn titles_alone_are_not_people() {
    check_all(
        &["Prezident bu barədə danışıb.", "Baş nazir iclasa sədrlik edib.", "Səfir və nazir birlikdə gəliblər."],
        Az,
        None,
    );
}

#[test]
fn patronymics_initials_and_particles() {
    check_all(
        &[
            "Sərəncamla {{PERSON|Rəşad Əli oğlu Nəbiyev}} nazir təyin edilib.",
            "Mükafatı {{PERSON|Gülnar Vaqif qızı Əliyeva}} alıb.",
            "{{PERSON|R.Nəbiyev}} bildirib ki, iş davam edir.",
            "Bu barədə {{PERSON|S. Qafarova}} danışıb.",
            "Görüşdə {{PERSON|Ursula fon der Lyayen}} çıxış edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn foreign_names_in_azerbaijani_spelling() {
    check_all(
        &[
            "{{PERSON|Emmanuel Makron}} və {{PERSON|Olaf Şolts}} {{PLACE|Parisdə}} görüşüblər.",
            "{{PERSON|Vladimir Putin}} {{PERSON|Rəcəb Tayyib Ərdoğanla}} telefonla danışıb.",
            "{{PERSON|Donald Tramp}} {{PLACE|Ağ Evdə}} jurnalistlərə müsahibə verib.",
        ],
        Az,
        None,
    );
}

#[test]
fn organisation_heads_legal_forms_and_abbreviations() {
    check_all(
        &[
            "{{ORG|Səhiyyə Nazirliyi}} yeni qaydalar təsdiqləyib.",
            "{{ORG|Dövlət Statistika Komitəsinin}} məlumatına görə, inflyasiya azalıb.",
            "{{ORG|Azərbaycan Dövlət İqtisad Universitetində}} konfrans keçirilib.",
            "{{ORG|Beynəlxalq Valyuta Fondu}} proqnozunu dəyişib.",
            "{{ORG|BMT}}, {{ORG|ATƏT}} və {{ORG|MDB}} nümayəndələri iştirak ediblər.",
            "“{{ORG|Azərsu” ASC-nin}} sədri məlumat verib.",
            "“{{ORG|Kapital Bank}}” ASC-lərə və digər banklara müraciət edilib.",
            "\"{{ORG|Azərbaycan Hava Yolları\" QSC}} yeni reys açır.",
            "“{{ORG|Bakı Metropoliteni}}” bildirib ki, stansiya bağlanıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn long_official_names_with_connectors() {
    check_all(
        &[
            "{{ORG|Elm və Təhsil Nazirliyinin}} qərarı dərc edilib.",
            "{{ORG|Prezident yanında Vətəndaş Cəmiyyətinə Dəstək Agentliyi}} qrant müsabiqəsi elan edib.",
            "{{ORG|Qaçqınların və Məcburi Köçkünlərin İşləri üzrə Dövlət Komitəsi}} yeni evlər verib.",
            // A sentence's first plural is the name's when `və` joins it on.
            "{{ORG|Gənclər və İdman Nazirliyi}} yarışı dəstəkləyib.",
        ],
        Az,
        None,
    );
}

#[test]
fn foreign_country_in_genitive_before_organisation() {
    check_all(
        &[
            "{{PLACE|Türkiyənin}} {{ORG|Fövqəladə Hallar və Təbii Fəlakətlər İdarəsi}} yardım göndərib.",
            "{{ORG|Azərbaycan Respublikasının Xarici İşlər Nazirliyi}} bəyanat yayıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn abbreviation_in_brackets_is_its_own_entity() {
    check_all(
        &[
            "{{ORG|Dövlət Sosial Müdafiə Fondu}} ({{ORG|DSMF}}) ödənişləri artırıb.",
            "{{ORG|Avropa İttifaqı}} ({{ORG|Aİ}}) yardım ayırıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn facilities_and_government_seats() {
    check_all(
        &[
            "Qonaqlar {{PLACE|Heydər Əliyev Beynəlxalq Aeroportunda}} qarşılanıb.",
            "Görüş {{PLACE|Kremldə}} keçirilib.",
            "Oyun {{PLACE|Tofiq Bəhramov Stadionunda}} olacaq.",
        ],
        Az,
        None,
    );
}

#[test]
fn quoted_names_take_their_label_from_the_next_word() {
    check_all(
        &[
            "“{{ORG|Sabah}}” klubu “{{ORG|Zirə}}” komandasını məğlub edib.",
            "Bu barədə “{{ORG|Xalq}}” qəzeti yazıb.",
            "Neft “{{PLACE|Günəşli}}” yatağından çıxarılır.",
            "Konsert “{{PLACE|Gülüstan}}” sarayında keçiriləcək.",
            "Teatr “Leyli və Məcnun” tamaşasını göstərəcək.",
            "“Sənsiz” filmi nümayiş olunub.",
            // Quotes listed before one plural noun share it; a hyphened
            // compound may stand before the noun.
            "Axın “{{PLACE|Koroğlu}}”, “{{PLACE|28 May}}” və “{{PLACE|Nəriman Nərimanov}}” stansiyalarında çoxdur.",
            "Turistlər “{{PLACE|Qırmızı Körpü}}” gömrük-keçid məntəqəsindən keçib.",
        ],
        Az,
        None,
    );
}

#[test]
fn hyphenated_lists_are_separate_entities() {
    check_all(
        &[
            "{{PLACE|Bakı}}-{{PLACE|Tbilisi}}-{{PLACE|Qars}} dəmir yolu işləyir.",
            "{{PLACE|Azərbaycan}}-{{PLACE|Gürcüstan}} sərhədində növbə yaranıb.",
            "{{ORG|Azərbaycan-Türkiyə Biznes Assosiasiyası}} toplantı keçirib.",
            // An economic region is named by its towns, each its own place.
            "Fındığın çoxu {{PLACE|Şəki}}-{{PLACE|Zaqatala}} iqtisadi rayonunda yetişir.",
            "Turistlər {{PLACE|Körfəz}} ölkələrindən gəlib.",
        ],
        Az,
        None,
    );
}

#[test]
fn sentence_initial_capitals_and_ethnonyms_are_rejected() {
    check_all(
        &[
            "Hazırda yollarda buz var.",
            "Erməni tərəfi cavab verməyib.",
            "Dövlətimizin başçısı çıxış edib.",
            "Xatırladaq ki, {{PLACE|Bakıda}} yağış yağır.",
            "Təhsil sahəsində islahatlar davam edir. Bu təhsil ilində yeni məktəblər açılıb.",
            "Azərbaycanlı idmançılar medal qazanıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn events_documents_and_holidays_are_opaque() {
    check_all(
        &[
            "Novruz bayramı {{PLACE|Bakıda}} qeyd olunub.",
            "XII Qlobal Bakı Forumu başa çatıb.",
            "Şuşa Bəyannaməsi imzalanıb.",
            "Avropa Oyunları yüksək səviyyədə keçirilib.",
            "{{PLACE|Ukrayna}} Minsk razılaşmalarına əməl etməyib.",
            // A person right before an event named after another person.
            "Qrossmeyster {{PERSON|Teymur Rəcəbov}} Vaqif Mustafayev Memorialında qalib gəlib.",
            "Prezident {{PERSON|İlham Əliyev}} Heydər Əliyev Mükafatını təqdim edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn document_level_consistency() {
    check_all(
        &[
            "{{PERSON|Paşinyan}} {{PLACE|Brüsselə}} gedib. {{PLACE|Ermənistanın}} Baş naziri {{PERSON|Nikol Paşinyan}} orada çıxış edəcək.",
            "Kənd sakini {{PERSON|Aydın Quliyev}} danışıb. {{PERSON|Quliyevin}} sözlərinə görə, su gəlmir.",
            "Sel {{PLACE|Zərgərli}} kəndini basıb. {{PLACE|Zərgərlidə}} evlər zədələnib.",
            // A person's family name that is also a village's goes on as the
            // person where nothing marks a place.
            "Güləşçi {{PERSON|Tural Bayramlı}} qalib gəlib. Reytinqdə {{PERSON|Bayramlı}} ikinci yerdədir.",
        ],
        Az,
        None,
    );
}

#[test]
fn mentions_of_one_person_share_a_group() {
    let t = "Prezident İlham Əliyev Bakıda görüşüb. İ.Əliyev bildirib ki, iş davam edir. Əliyevə təşəkkür edilib. Heydər Əliyev isə ...";
    let a = vurgu::analyze(t, &vurgu::Options { lang: vurgu::LangChoice::Fixed(Az), ..Default::default() });
    let g = |s: &str| a.entities.iter().find(|e| e.text == s).map(|e| e.group).expect(s);
    assert_eq!(g("İlham Əliyev"), g("İ.Əliyev"));
    assert_eq!(g("İlham Əliyev"), g("Əliyevə"));
    assert_ne!(g("İlham Əliyev"), g("Heydər Əliyev"));
    assert_ne!(g("İlham Əliyev"), g("Bakıda"));
}

#[test]
fn dates_day_month_year_with_endings() {
    check_all(
        &[
            "Görüş {{DATE:2024-03-12|martın 12-də}} olub.",
            "Sənəd {{DATE:2023-09-26|26 sentyabr 2023-cü il}} tarixində imzalanıb.",
            "{{DATE:2021-06-15|2021-ci il iyunun 15-də}} saziş imzalanıb.",
            "Qanun {{DATE:2009-09-05|2009-cu il 5 sentyabr}} tarixli fərmanla təsdiqlənib.",
            "Sərəncam {{DATE:2019-01-16|16.01.2019}} tarixində verilib.",
            "Tədbir {{DATE:2024-04-03|aprelin 3-dən}} başlayır.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn a_weekday_takes_the_direction_of_the_sentences_verb() {
    // 2026-02-20 is a Friday: the past Wednesday is the 18th, the next the 25th.
    check_all(
        &[
            "{{DATE:2026-02-25|Çərşənbə günü}} qonaq skripkaçı konsertdə çıxış edəcək.",
            "{{DATE:2026-02-18|Çərşənbə günü}} qonaq skripkaçı konsertdə çıxış edib.",
            "{{DATE:2026-02-16|Bazar ertəsi}} keçirilən iclasda qərar qəbul edildi.",
            "{{DATE:2026-02-22|Bazar günü}} növbəti tur keçiriləcək.",
            // Without a verb's tense: the nearest one.
            "{{DATE:2026-02-18|Çərşənbə günü}} qonaq skripkaçının konserti.",
        ],
        Az,
        Some("2026-02-20"),
    );
}

#[test]
fn dates_years_months_and_quarters() {
    check_all(
        &[
            "{{DATE:2023|2023-cü ildə}} ixrac artıb.",
            "{{DATE:2019/2021|2019-2021-ci illərdə}} layihə həyata keçirilib.",
            "{{DATE:2023-12|2023-cü ilin dekabr ayında}} qərar verilib.",
            "{{DATE:2024-01/2024-03|Yanvar-mart aylarında}} gəlir artıb.",
            "{{DATE:2024-02|fevral ayında}} qiymətlər qalxıb.",
            "{{DATE:2024-01/2024-03|birinci rübdə}} mənfəət azalıb.",
            "{{DATE:2024-02|Bu ilin fevralında}} yeni qanun qəbul edilib.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn dates_relative_to_the_reference() {
    check_all(
        &[
            "{{DATE:2024-03-19|Dünən}} yağış yağıb, {{DATE:2024-03-21|sabah}} isə qar gözlənilir.",
            "{{DATE:2024-03-20|Bu gün}} iclas keçirilib.",
            "{{DATE:2024-03-11/2024-03-17|Ötən həftə}} danışıqlar aparılıb.",
            "{{DATE:2025|Gələn il}} yeni zavod açılacaq.",
            "{{DATE:2023|Ötən il}} ixrac artıb, {{DATE:2024|bu il}} isə azalıb.",
            "{{DATE:2024-03-22|Cümə günü}} nəticələr açıqlanacaq.",
            "{{DATE:2024-03-18|Bazar ertəsi}} dərslər bərpa olunub.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn date_ranges() {
    check_all(
        &[
            "Sərgi {{DATE:2024-03-03/2024-03-07|martın 3-dən 7-dək}} davam edəcək.",
            "Seçkilər {{DATE:2024-04-14/2024-04-15|aprelin 14 və 15-də}} keçiriləcək.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn year_less_dates_keep_xxxx_without_a_reference() {
    check_all(&["{{DATE:XXXX-09-26|Sentyabrın 26-da}} görüş olub.", "Tədbir {{DATE|dünən}} olub."], Az, None);
}

#[test]
fn durations_clock_times_centuries_and_recurring_times_are_not_dates() {
    check_all(
        &[
            "İş iki il ərzində başa çatacaq.",
            "Görüş saat 15:00-da başlayıb.",
            "Məbəd XVIII əsrdə tikilib.",
            "Festival hər il may ayında keçirilir.",
            "Son beş gün ərzində 24 saat işləniblər.",
            "Oyunun 30-cu dəqiqəsində qol vurulub.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn named_days_and_numbered_events_are_opaque() {
    check_all(
        &[
            "{{PLACE|Bakıda}} 20 Yanvar faciəsinin qurbanları anılıb.",
            "Ölkədə 28 May Müstəqillik Günü qeyd edilir.",
            "{{PLACE|Bakı}} COP29 konfransına ev sahibliyi edib.",
            "Konfrans {{DATE:2024-01-20|20 yanvar}} tarixində keçiriləcək.",
        ],
        Az,
        Some("2024-01-10"),
    );
}

#[test]
fn arabic_articles_regnal_numbers_and_particles_in_names() {
    check_all(
        &[
            "Görüş {{PLACE|Ər-Riyadda}} keçirilib, {{PLACE|Misirin}} {{PLACE|Şarm-əş-Şeyx}} kurortunda davam edib.",
            "{{PLACE|Misir}} Prezidenti {{PERSON|Əbdülfəttah əs-Sisi}} çıxış edib.",
            "{{PLACE|İordaniya}} kralı {{PERSON|II Abdulla}} qonaqları qəbul edib.",
            "Əmir {{PERSON|Təmim bin Həməd Al Sani}} də iştirak edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn people_and_events_next_to_organisations() {
    check_all(
        &[
            "Dosent {{PERSON|Azad Novruzov}} {{ORG|Naxçıvan Dövlət Universitetinə}} rektor təyin edilib.",
            "{{ORG|Səhiyyə Nazirliyinin}} və {{ORG|Dövlət Tibbi Sığorta Agentliyinin}} nümayəndələri gəliblər.",
            "{{DATE|Dünən}} keçirilən Qlobal Bakı Forumunda {{PLACE|ABŞ}} nümayəndəsi çıxış edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn numbered_quoted_names_are_products() {
    check_all(
        &[
            "“Azerspace-1” peyki orbitə çıxarılıb.",
            "“Ariane-5” raketi {{PLACE|Kuru}} kosmodromundan buraxılıb.",
            "COVID-19 pandemiyası zamanı məktəblər bağlanıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn routes_and_lists_name_their_places() {
    check_all(
        &[
            "{{PLACE|Pirili}}-{{PLACE|Muradxan}}-{{PLACE|Sor-Sor}} avtomobil yolu açılıb.",
            "Yol {{PLACE|Bakı}}–{{PLACE|Ələt}}–{{PLACE|Qazax}} magistralına birləşir.",
            "Asfalt yol təmir edilib.",
        ],
        Az,
        None,
    );
}

#[test]
fn case_marked_words_stay_out_of_long_names() {
    check_all(
        &[
            "Mərasimdə {{ORG|Prezident Administrasiyasının}} şöbə müdiri çıxış edib.",
            "Tələbələr {{PLACE|Berklidəki}} {{ORG|Kaliforniya Universitetində}} oxuyacaq.",
            "{{ORG|Üzeyir Hacıbəyli adına Bakı Musiqi Akademiyası}} konsert verib.",
            "{{ORG|Milli Elmlər Akademiyası nəzdində Respublika Seysmoloji Xidmət Mərkəzinin}} məlumatına görə, zəlzələ olub.",
            "Qaz {{PLACE|Türkiyəyə}} Cənubi Qafqaz Boru Kəməri ilə çatdırılır.",
        ],
        Az,
        None,
    );
}

#[test]
fn surname_first_names_and_particles_at_sentence_start() {
    check_all(
        &[
            "Saxlanılan {{PERSON|Allahverdiyev Rövşən Oqtay oğlu}} istintaqa cəlb edilib.",
            "{{PERSON|Fon der Lyayen}} çıxış edib. Nazir {{PERSON|Bayramov}} {{PERSON|Di Mayonun}} səfərini xatırladıb.",
            "Güləşçi {{PERSON|Sabah Məmmədov}} finala yüksəlib, {{DATE|sabah}} yarışacaq.",
        ],
        Az,
        None,
    );
}

#[test]
fn parts_of_months_and_ranges_across_months() {
    check_all(
        &[
            "İşlər {{DATE:2024-09|sentyabrın sonunda}} başa çatacaq.",
            "Sərgi {{DATE:2024-03-30/2024-04-02|martın 30-dan aprelin 2-dək}} açıq olacaq.",
            "{{DATE:2023-05|2023-cü ilin mayında}} yeni qanun qüvvəyə minib.",
        ],
        Az,
        Some("2024-03-20"),
    );
}

#[test]
fn shouted_headlines_are_not_rows_of_abbreviations() {
    check_all(
        &[
            "PREZİDENT {{PERSON|İLHAM ƏLİYEV}} {{PLACE|BAKIDA}} YENİ XƏSTƏXANANIN AÇILIŞINDA İŞTİRAK EDİB\n\n{{ORG|BMT}} və {{ORG|ATƏT}} nümayəndələri gəliblər.",
        ],
        Az,
        None,
    );
}

#[test]
fn en_dashes_in_date_ranges() {
    check_all(
        &[
            "{{DATE:2013/2018|2013–2018-ci illərdə}} nazir işləyib.",
            "{{DATE:2024-04/2024-06|Aprel–iyun aylarında}} ixrac artıb.",
        ],
        Az,
        Some("2024-08-01"),
    );
}

#[test]
fn quoted_document_titles_are_opaque_dates_included() {
    check_all(
        &[
            "Sərəncamla “Azərbaycan gənclərinin 2022–2028-ci illər üçün Dövlət Proqramı” təsdiqlənib.",
            "“{{ORG|Azərsu}}” və “{{ORG|Azərişıq}}” birgə iş aparır.",
        ],
        Az,
        None,
    );
}

#[test]
fn strangers_names_mid_sentence_but_not_title_words() {
    check_all(
        &[
            "Məşqçi klubun yeni transferi {{PERSON|Neytan Tella}} ilə müqavilə imzalayıb.",
            "Tərəflər Regional Əməkdaşlığın Genişləndirilməsinə dair sənəd imzalayıb.",
            "Bu hissə Web Worker-də işləyir.",
            "{{PLACE|Naxçıvanda}} {{PERSON|Ağaəli İbrahimov}} {{PERSON|Rüstəmovu}} qəbul edib.",
            // A country as a word of its own after the pair stays outside it.
            "Finalda {{PERSON|Sigurd Haldorsen}} {{PLACE|Danimarka}} təmsilçisini məğlub edib.",
            "Oyunda {{PERSON|Ryo Takahaşi}} {{PLACE|Yaponiyanı}} təmsil edib.",
            // A listed given name of two words opens a longer name.
            "Konsertdə {{PERSON|Jan-Pyer Lefevr}} çıxış edib, {{PERSON|Jan-Pyer}} isə dinləyib.",
            // An unlisted first name before a listed one and a surname;
            // not a sentence's first word (`Sərgi`).
            "Partiyanı pianoçu {{PERSON|Ayşe Nərmin Karabulut}} ifa edəcək.",
            "Sərgi {{PERSON|Nərmin Karabulutun}} əsərlərindən ibarətdir.",
        ],
        Az,
        None,
    );
}

#[test]
fn where_one_organisation_ends_and_the_next_begins() {
    check_all(
        &[
            "Prezident {{ORG|Xarici İşlər Nazirliyinin}} fəaliyyətini müzakirə edib.",
            "{{ORG|Bakı Ağır Cinayətlər Məhkəməsi}} {{ORG|Gəncə Şəhər İcra Hakimiyyətinin}} iddiasına baxıb.",
            "{{ORG|Akademik Milli Dram Teatrı}} mövsümü bağlayıb.",
            "Nazirlik yeni layihə açıb. Nazirliyin mətbuat xidməti bildirib.",
            "{{PLACE|Londondakı}} səfirlik bəyanat yayıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn day_ranges_parts_of_years_and_day_adjectives() {
    check_all(
        &[
            "Qəbul {{DATE:2025-03-12/2025-03-14|12-14 mart 2025-ci il}} tarixlərində aparılacaq.",
            "Sənədlər {{DATE:2024-06-08/2024-06-18|2024-cü ilin iyunun 8-dən 18-dək}} qəbul edilir.",
            "Tikinti {{DATE:2027|2027-ci ilin sonunadək}} başa çatacaq.",
            "{{DATE:2024-05-06|Bugünkü}} iclasda büdcə müzakirə olunub.",
            "Hakim {{DATE:2024-05-05|dünənki}} prosesi təxirə salıb.",
            "Avadanlıq {{DATE:2024-06|gələn ayın əvvəlində}} gətiriləcək.",
            "Oyunçu 26-27 yaşlarında olan futbolçuları seçib.",
            "İclasda {{DATE:2024-01/2024-06|ilin ilk yarısının}} yekunları müzakirə olunub.",
            "İxrac {{DATE:2023-07/2023-12|2023-cü ilin ikinci yarısında}} artıb.",
            "Yağış günün ikinci yarısında gözlənilir.",
        ],
        Az,
        Some("2024-05-06"),
    );
}

#[test]
fn stations_circles_and_galleries() {
    check_all(
        &[
            "Yol “{{PLACE|Gənclik}}” metrostansiyasına qədər uzanır.",
            "Sıxlıq “{{PLACE|28 May}}” stansiyasından sonra azalıb.",
            "Rəssamın sərgisi {{ORG|Dövlət Rəsm Qalereyasının}} zalında açılıb.",
            "“28 May” bayramı münasibətilə konsert olub.",
            "{{PLACE|Azərbaycan Xalq Cümhuriyyətinin}} yubileyi qeyd olunub.",
        ],
        Az,
        None,
    );
}

#[test]
fn an_unknown_name_before_an_organisation_noun_with_adjectives() {
    check_all(
        &[
            "Abonentlər {{ORG|Nar}} və {{ORG|Naxtel}} mobil operatorları vasitəsilə qoşula bilər.",
            "Peyk sonra {{ORG|Intelsat}} beynəlxalq peyk təşkilatına verilib.",
            "Futbolçu {{PERSON|Frimponq}} yeni klubu ilə müqavilə imzalayıb.",
            "Paytaxtda metro şəbəkəsinin genişləndirilməsi davam edir.",
        ],
        Az,
        None,
    );
}

#[test]
fn an_inflected_opener_is_not_part_of_the_name_after_it() {
    check_all(
        &[
            "Foto çəkdirilib. Forumu {{ORG|Nizami Gəncəvi Beynəlxalq Mərkəzinin}} həmsədri açıb. Bu forum ənənəvidir.",
            "{{ORG|Xarici İşlər Nazirliyinin}} açıqlaması yayılıb. Nazir xarici qonaqları qəbul edib.",
        ],
        Az,
        None,
    );
}

#[test]
fn institutions_where_something_happens_are_places() {
    check_all(
        &[
            "Forum {{PLACE|Bakı Konqres Mərkəzində}} keçirilib.",
            "Rəssamın sərgisi {{PLACE|Milli İncəsənət Muzeyində}} açılıb.",
            "Məzunlar görüşü {{PLACE|Xəzər Universitetində}} keçirilən tədbirdə olub.",
            "O, {{ORG|Kaliforniya Universitetində}} təhsil alıb.",
            "{{ORG|Bakı Konqres Mərkəzi}} məlumat yayıb.",
        ],
        Az,
        None,
    );
}

#[test]
fn plural_and_known_name_openers() {
    check_all(
        &[
            "Bu barədə danışılıb. Tərəflər {{ORG|AŞ-ın Parlament Assambleyasının}} qərarını müzakirə edib.",
            "Bu barədə danışılıb. Məsələ {{ORG|Nazirlər Kabinetinin}} iclasında müzakirə olunub.",
            "{{ORG|Milli Hidrometeorologiya Xidmətinin}} məlumatına görə, yağış yağacaq.",
        ],
        Az,
        None,
    );
}

#[test]
fn weekdays_months_and_ranges_relative_to_the_article() {
    check_all(
        &[
            "Saziş {{DATE:2025-04-18|ötən cümə}} imzalanıb.",
            "Görüş {{DATE:2025-04-29|gələn çərşənbə axşamı}} olacaq.",
            "Seçki {{DATE:2025-04-27|bu bazar}} keçiriləcək.",
            "Proses {{DATE:2024-10-14|ötən ilin oktyabrın 14-də}} başlamışdı.",
            "{{DATE:2025-01/2025-09|Cari ilin doqquz ayında}} artım olub.",
            "Qrup {{DATE:2022-06/2023-11|2022-ci ilin iyunundan 2023-cü ilin noyabrınadək}} fəaliyyət göstərib.",
            "Reyslər həftədə üç dəfə – bazar ertəsi, çərşənbə və cümə günləri yerinə yetiriləcək.",
            "Muzey həftənin bazar ertəsindən başqa bütün günləri açıqdır.",
            "Hər iki göstərici {{DATE:2025|cari il}} üçün təsdiqlənib.",
            "Teatr hər il olduğu kimi {{DATE:2025|bu il}} də tamaşa göstərəcək.",
            "Tamaşa ilk dəfə {{DATE:1996|1996-cı ildə}} səhnəyə qoyulub.",
            "{{DATE:2025-01/2025-03|Birinci rübdə}} ixrac artıb. Göstərici {{DATE:2024-01/2024-03|ötən ilin eyni dövrü}} ilə müqayisədə çoxdur.",
            "Göstərici {{DATE:2024|ötən ilin eyni dövrü}} ilə müqayisədə çoxdur.",
            "{{DATE:2025-01/2025-07|Yanvar-iyul aylarında}} gələnlər {{DATE:2024-01/2024-07|2024-cü ilin eyni dövrü}} ilə müqayisədə çoxdur.",
        ],
        Az,
        Some("2025-04-22"),
    );
}

#[test]
fn places_by_their_endings_and_descriptors() {
    check_all(
        &[
            "Əsərlər rəssamın {{PLACE|Mərdəkandakı}} ev-muzeyindən gətirilib.",
            "Sınaqlar peykin zavodunda, {{PLACE|Tuluzada}} aparılacaq.",
            "Komanda axşam {{PLACE|Leverkuzendən}} qayıdacaq.",
            "Təyyarə {{PLACE|Milanın}} {{PLACE|Malpensa}} aeroportuna enəcək.",
            "Görüş nazirliyin iclas zalında keçirilib.",
        ],
        Az,
        None,
    );
}

#[test]
fn codes_works_and_named_institutions() {
    check_all(
        &[
            "Onlar Cinayət Məcəlləsinin 178-ci maddəsi ilə təqsirli bilinib.",
            "Faktla bağlı {{ORG|Xaçmaz Rayon Polis Şöbəsində}} araşdırma aparılır.",
            "Tədbirdə {{ORG|Nəsirəddin Tusi adına Şamaxı Astrofizika Rəsədxanasının}} alimləri çıxış edib.",
            "Sərgidə “Kəpəz”, “Göygöl” və “Abşeron torpağı” lövhələri nümayiş olunur.",
        ],
        Az,
        None,
    );
}
