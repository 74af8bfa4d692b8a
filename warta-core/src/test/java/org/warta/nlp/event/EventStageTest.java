package org.warta.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.model.EntityType.LOCATION;
import static org.warta.model.EntityType.ORGANIZATION;
import static org.warta.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.TimeType;

/** Per-type and per-rule examples, written for these tests in the style of Indonesian news. */
class EventStageTest {

  private static Event only(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void meetWithTargetPlaceAndTime() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nPresiden Hendra Wijaya bertemu dengan Perdana Menteri Lukas Berg di"
                    + " Jakarta pada Senin (3/6) untuk membahas kerja sama.")
            .entity("e1", PERSON, "Hendra Wijaya")
            .entity("e2", PERSON, "Lukas Berg")
            .entity("e3", LOCATION, "Jakarta")
            .time("t1", "Senin (3/6)", TimeType.DATE, "2025-06-03");
    Event e = only(f.events(EventType.MEET));
    assertThat(e.trigger().text()).isEqualTo("bertemu");
    assertThat(f.text().substring(e.trigger().start(), e.trigger().end())).isEqualTo("bertemu");
    assertThat(e.actors()).containsExactly("e1");
    assertThat(e.targets()).containsExactly("e2");
    assertThat(e.places()).containsExactly("e3");
    assertThat(e.time()).isEqualTo("t1");
  }

  @Test
  void visitObjectLocationIsAPlaceWithItsChain() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nMenteri Luar Negeri Sari Utami mengunjungi Yangon, Myanmar, pekan lalu.")
            .entity("e1", PERSON, "Sari Utami")
            .entity("e2", LOCATION, "Yangon")
            .entity("e3", LOCATION, "Myanmar")
            .time("t1", "pekan lalu", TimeType.DATE, "2025-W34");
    Event e = only(f.events(EventType.VISIT));
    assertThat(e.trigger().text()).isEqualTo("mengunjungi");
    assertThat(e.actors()).containsExactly("e1");
    assertThat(e.places()).containsExactly("e2", "e3");
    assertThat(e.targets()).isEmpty();
    assertThat(e.time()).isEqualTo("t1");
  }

  @Test
  void deployNeedsForcesNotMessages() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nTNI mengerahkan 500 personel ke Kabupaten Cianjur. Relawan mengirim"
                    + " makanan ke posko pengungsian. Warga mengirimkan pesan ulang tahun kepada"
                    + " Wali Kota Bima Sakti. Sebanyak 300 pasukan yang dikirim dari Garut tiba"
                    + " kemarin.")
            .entity("e1", ORGANIZATION, "TNI")
            .entity("e2", LOCATION, "Kabupaten Cianjur")
            .entity("e3", PERSON, "Bima Sakti")
            .entity("e4", LOCATION, "Garut")
            .quantity("n1", "500 personel", 500, "personel", "deployed");
    List<Event> deploy = f.events(EventType.DEPLOY);
    assertThat(deploy)
        .extracting(e -> e.trigger().text())
        .containsExactly("mengerahkan", "dikirim");
    assertThat(deploy.get(0).actors()).containsExactly("e1");
    assertThat(deploy.get(0).places()).containsExactly("e2");
    assertThat(deploy.get(0).quantities()).containsExactly("n1");
    assertThat(deploy.get(1).places()).containsExactly("e4");
    Event message = only(f.events(EventType.STATEMENT));
    assertThat(message.trigger().text()).isEqualTo("mengirimkan pesan");
    assertThat(message.targets()).containsExactly("e3");
  }

  @Test
  void attackActorAndObject() {
    ArticleFixture f =
        new ArticleFixture("Judul\n\nRusia kembali menyerang Kharkiv pada Minggu dini hari.")
            .entity("e1", LOCATION, "Rusia")
            .entity("e2", LOCATION, "Kharkiv")
            .time("t1", "Minggu dini hari", TimeType.TIME, "2025-08-24TMO");
    Event e = only(f.events(EventType.ATTACK));
    assertThat(e.actors()).containsExactly("e1");
    assertThat(e.targets()).containsExactly("e2");
    assertThat(e.time()).isEqualTo("t1");
  }

  @Test
  void passiveKillTakesAgentFromOleh() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nSeorang pedagang, Budi Santoso, dibunuh oleh Andi Wirawan di Medan.")
            .entity("e1", PERSON, "Budi Santoso")
            .entity("e2", PERSON, "Andi Wirawan")
            .entity("e3", LOCATION, "Medan");
    Event e = only(f.events(EventType.KILL));
    assertThat(e.trigger().text()).isEqualTo("dibunuh");
    assertThat(e.actors()).containsExactly("e2");
    assertThat(e.targets()).containsExactly("e1");
    assertThat(e.places()).containsExactly("e3");
  }

  @Test
  void causativeKillVersusDeath() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nLedakan itu menewaskan dua warga. Pelaku, Rudi Hartono, tewas di"
                    + " tempat.")
            .entity("e1", PERSON, "Rudi Hartono")
            .quantity("n1", "dua warga", 2, "warga", "killed");
    Event kill = only(f.events(EventType.KILL));
    assertThat(kill.trigger().text()).isEqualTo("menewaskan");
    assertThat(kill.quantities()).containsExactly("n1");
    Event die = only(f.events(EventType.DIE));
    assertThat(die.trigger().text()).isEqualTo("tewas");
    assertThat(die.targets()).containsExactly("e1");
    assertThat(die.actors()).isEmpty();
  }

  @Test
  void negatedTriggerIsNoEvent() {
    ArticleFixture f =
        new ArticleFixture(
            "Judul\n\nTidak ada korban jiwa dalam peristiwa itu. Warga belum dievakuasi.");
    assertThat(f.events(EventType.DIE)).isEmpty();
    assertThat(f.events(EventType.EVACUATE)).isEmpty();
  }

  @Test
  void dieReportedByAnAgencyDoesNotMakeTheAgencyTheVictim() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nBPBD mencatat tiga orang meninggal dunia akibat banjir di Kabupaten"
                    + " Bogor.")
            .entity("e1", ORGANIZATION, "BPBD")
            .entity("e2", LOCATION, "Kabupaten Bogor")
            .quantity("n1", "tiga orang", 3, "orang", "killed");
    Event die = only(f.events(EventType.DIE));
    assertThat(die.trigger().text()).isEqualTo("meninggal dunia");
    assertThat(die.targets()).isEmpty();
    assertThat(die.actors()).isEmpty();
    assertThat(die.quantities()).containsExactly("n1");
    Event flood = only(f.events(EventType.DISASTER));
    assertThat(flood.trigger().text()).isEqualTo("banjir");
    assertThat(flood.places()).containsExactly("e2");
  }

  @Test
  void injuryAndEvacuationCountsAttach() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nSebanyak 12 orang luka-luka. Sekitar 1.200 warga mengungsi ke Balai Desa"
                    + " Sukamaju.")
            .entity("e1", LOCATION, "Balai Desa Sukamaju")
            .quantity("n1", "12 orang", 12, "orang", "injured")
            .quantity("n2", "1.200 warga", 1200, "warga", "people");
    assertThat(only(f.events(EventType.INJURE)).quantities()).containsExactly("n1");
    Event ev = only(f.events(EventType.EVACUATE));
    assertThat(ev.quantities()).containsExactly("n2");
    assertThat(ev.places()).containsExactly("e1");
  }

  @Test
  void searchNounTakesActorThroughLightVerb() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nBasarnas melanjutkan pencarian korban di perairan Selat Sunda.")
            .entity("e1", ORGANIZATION, "Basarnas")
            .entity("e2", LOCATION, "Selat Sunda");
    Event e = only(f.events(EventType.SEARCH_RESCUE));
    assertThat(e.trigger().text()).isEqualTo("pencarian");
    assertThat(e.actors()).containsExactly("e1");
    assertThat(e.places()).containsExactly("e2");
  }

  @Test
  void disasterPlacesAndTime() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nGempa bermagnitudo 5,6 mengguncang Cianjur, Jawa Barat, Senin (21/11).")
            .entity("e1", LOCATION, "Cianjur")
            .entity("e2", LOCATION, "Jawa Barat")
            .time("t1", "Senin (21/11)", TimeType.DATE, "2022-11-21");
    Event e = only(f.events(EventType.DISASTER));
    assertThat(e.trigger().text()).isEqualTo("Gempa");
    assertThat(e.places()).containsExactly("e1", "e2");
    assertThat(e.time()).isEqualTo("t1");
  }

  @Test
  void protestWithOrganiserAndDuplicatesMerged() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nSerikat Buruh Nusantara menggelar unjuk rasa di Jakarta dan demo itu"
                    + " berlangsung damai.")
            .entity("e1", ORGANIZATION, "Serikat Buruh Nusantara")
            .entity("e2", LOCATION, "Jakarta");
    Event e = only(f.events(EventType.PROTEST));
    assertThat(e.trigger().text()).isEqualTo("unjuk rasa");
    assertThat(e.actors()).containsExactly("e1");
    assertThat(e.places()).containsExactly("e2");
  }

  @Test
  void arrestPassive() {
    ArticleFixture f =
        new ArticleFixture("Judul\n\nBupati Sutrisno ditangkap oleh KPK di Surabaya.")
            .entity("e1", PERSON, "Sutrisno")
            .entity("e2", ORGANIZATION, "KPK")
            .entity("e3", LOCATION, "Surabaya");
    Event e = only(f.events(EventType.ARREST));
    assertThat(e.actors()).containsExactly("e2");
    assertThat(e.targets()).containsExactly("e1");
    assertThat(e.places()).containsExactly("e3");
  }

  @Test
  void agreementWithCoordinatedActors() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nIndonesia dan Australia menandatangani perjanjian dagang di Canberra.")
            .entity("e1", LOCATION, "Indonesia")
            .entity("e2", LOCATION, "Australia")
            .entity("e3", LOCATION, "Canberra");
    Event e = only(f.events(EventType.AGREEMENT));
    assertThat(e.trigger().text()).isEqualTo("menandatangani");
    assertThat(e.actors()).containsExactly("e1", "e2");
    assertThat(e.places()).containsExactly("e3");
  }

  @Test
  void aidGivenAndReceived() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nJepang menyerahkan bantuan kepada Filipina. Vietnam juga menerima"
                    + " bantuan dari Korea Selatan.")
            .entity("e1", LOCATION, "Jepang")
            .entity("e2", LOCATION, "Filipina")
            .entity("e3", LOCATION, "Vietnam")
            .entity("e4", LOCATION, "Korea Selatan");
    List<Event> aid = f.events(EventType.AID);
    assertThat(aid).hasSize(2);
    assertThat(aid.get(0).trigger().text()).isEqualTo("menyerahkan bantuan");
    assertThat(aid.get(0).actors()).containsExactly("e1");
    assertThat(aid.get(0).targets()).containsExactly("e2");
    assertThat(aid.get(1).trigger().text()).isEqualTo("menerima bantuan");
    assertThat(aid.get(1).actors()).containsExactly("e4");
    assertThat(aid.get(1).targets()).containsExactly("e3");
  }

  @Test
  void appealForAidIsNotAidAndApologyIsNotAppeal() {
    ArticleFixture f =
        new ArticleFixture(
            "Judul\n\nTim gabungan meminta bantuan kepada nelayan. Kepala dinas meminta maaf"
                + " kepada warga.");
    assertThat(f.events(EventType.AID)).isEmpty();
    assertThat(f.events(EventType.APPEAL))
        .extracting(e -> e.trigger().text())
        .containsExactly("meminta bantuan");
  }

  @Test
  void promiseAcknowledgeDenyThreatenAccuse() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nGubernur Rahmat Hidayat berjanji membangun jembatan baru. Polda Sulteng"
                    + " mengakui kesalahan prosedur. Juru bicara Hendra Gunawan membantah kabar"
                    + " itu. Kelompok itu mengancam warga. Jaksa menuduh Dewi Lestari menerima"
                    + " suap.")
            .entity("e1", PERSON, "Rahmat Hidayat")
            .entity("e2", ORGANIZATION, "Polda Sulteng")
            .entity("e3", PERSON, "Hendra Gunawan")
            .entity("e4", PERSON, "Dewi Lestari");
    assertThat(only(f.events(EventType.PROMISE)).actors()).containsExactly("e1");
    assertThat(only(f.events(EventType.ACKNOWLEDGE)).actors()).containsExactly("e2");
    assertThat(only(f.events(EventType.DENY)).actors()).containsExactly("e3");
    assertThat(only(f.events(EventType.THREATEN)).trigger().text()).isEqualTo("mengancam");
    assertThat(only(f.events(EventType.ACCUSE)).targets()).containsExactly("e4");
  }

  @Test
  void emergencyAppointmentAndInvestigation() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nPemerintah Kabupaten Garut menetapkan status tanggap darurat selama 14"
                    + " hari. Surya Pratama dilantik sebagai bupati pada Senin (2/9). Nakhoda"
                    + " kapal itu kini diinterogasi oleh polisi.")
            .entity("e1", ORGANIZATION, "Pemerintah Kabupaten Garut")
            .entity("e2", PERSON, "Surya Pratama")
            .time("t1", "Senin (2/9)", TimeType.DATE, "2025-09-02");
    Event emergency = only(f.events(EventType.DECLARE_EMERGENCY));
    assertThat(emergency.trigger().text()).isEqualTo("menetapkan status tanggap darurat");
    assertThat(emergency.actors()).containsExactly("e1");
    Event appoint = only(f.events(EventType.APPOINT));
    assertThat(appoint.targets()).containsExactly("e2");
    assertThat(appoint.time()).isEqualTo("t1");
    assertThat(only(f.events(EventType.INVESTIGATE)).trigger().text()).isEqualTo("diinterogasi");
  }

  @Test
  void personalPronounIsTheLastPerson() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nMenteri Kesehatan Budi Lestiono tiba di Mataram. Ia kemudian mengunjungi"
                    + " korban gempa.")
            .entity("e1", PERSON, "Budi Lestiono")
            .entity("e2", LOCATION, "Mataram");
    List<Event> visits = f.events(EventType.VISIT);
    assertThat(visits).hasSize(2);
    assertThat(visits.get(0).trigger().text()).isEqualTo("tiba di");
    assertThat(visits.get(0).places()).containsExactly("e2");
    assertThat(visits.get(1).actors()).containsExactly("e1");
  }

  @Test
  void arrivalWithoutANamedActorIsDropped() {
    ArticleFixture f = new ArticleFixture("Judul\n\nKantong jenazah tiba di pelabuhan pagi ini.");
    assertThat(f.events(EventType.VISIT)).isEmpty();
  }

  @Test
  void possessiveCliticAndPluralPronoun() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nRaja Arman dijadwalkan bertemu Presiden Lena Ortiz di Manila pekan depan"
                    + " dalam kunjungannya ke Asia. Ini akan menjadi pertemuan kedua mereka.")
            .entity("e1", PERSON, "Raja Arman", "Arman")
            .entity("e2", PERSON, "Lena Ortiz")
            .entity("e3", LOCATION, "Manila")
            .entity("e4", LOCATION, "Asia")
            .time("t1", "pekan depan", TimeType.DATE, "2025-W36");
    List<Event> meet = f.events(EventType.MEET);
    assertThat(meet).hasSize(2);
    assertThat(meet.get(0).actors()).containsExactly("e1");
    assertThat(meet.get(0).targets()).containsExactly("e2");
    assertThat(meet.get(0).places()).containsExactly("e3");
    assertThat(meet.get(0).time()).isEqualTo("t1");
    Event visit = only(f.events(EventType.VISIT));
    assertThat(visit.trigger().text()).isEqualTo("kunjungannya");
    assertThat(visit.actors()).containsExactly("e1");
    assertThat(visit.places()).contains("e4");
    // "pertemuan kedua mereka": mereka = the two participants; time from the same-participant rule
    assertThat(meet.get(1).actors()).containsExactlyInAnyOrder("e1", "e2");
    assertThat(meet.get(1).time()).isEqualTo("t1");
  }

  @Test
  void leadEventTakesTheDateOfTheNextParagraphAboutTheSameActor() {
    ArticleFixture f =
        new ArticleFixture(
                "Wali Kota Temui Pedagang Pasar\n\nWali Kota Sinta Maharani telah bertemu dengan"
                    + " para pedagang korban kebakaran pasar.\n\nDalam acara yang digelar Rabu"
                    + " lalu, Sinta terlihat berbincang dengan pedagang.\n\nJadi, saya mengatur"
                    + " pertemuan ini,\" kata Sinta.")
            .entity("e1", PERSON, "Sinta Maharani", "Sinta")
            .time("t1", "Rabu lalu", TimeType.DATE, "2025-08-27");
    List<Event> meet = f.events(EventType.MEET);
    assertThat(meet)
        .extracting(e -> e.trigger().text())
        .containsExactly("Temui", "bertemu", "pertemuan");
    assertThat(meet).allSatisfy(e -> assertThat(e.time()).isEqualTo("t1"));
    assertThat(meet.get(1).actors()).containsExactly("e1");
    // "pertemuan ini" is anaphoric: it takes the actors of the earlier meeting
    assertThat(meet.get(2).actors()).containsExactly("e1");
  }

  @Test
  void speakerPronounInsideQuote() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\n\"Kami akan mengerahkan 200 personel,\" kata Kepala Basarnas Agus"
                    + " Haryono.")
            .entity("e1", PERSON, "Agus Haryono")
            .quote("q1", "Kami akan mengerahkan 200 personel,", "e1");
    assertThat(only(f.events(EventType.DEPLOY)).actors()).containsExactly("e1");
  }

  @Test
  void timeOutsideTheQuoteIsWhenItWasSaidNotWhenItHappened() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\n\"Empat orang meninggal dunia di Lebak,\" kata Agus Wibisono, Sabtu"
                    + " (3/8).")
            .entity("e1", PERSON, "Agus Wibisono")
            .entity("e2", LOCATION, "Lebak")
            .time("t1", "Sabtu (3/8)", TimeType.DATE, "2019-08-03");
    Event die = only(f.events(EventType.DIE));
    assertThat(die.places()).containsExactly("e2");
    assertThat(die.time()).isNull();
  }

  @Test
  void triggerInsideAnOrganisationNameIsNoEvent() {
    ArticleFixture f =
        new ArticleFixture(
                "Judul\n\nBadan Nasional Penanggulangan Bencana mencatat kerusakan. Kepala Badan"
                    + " Penanggulangan Bencana Daerah hadir.")
            .entity("e1", ORGANIZATION, "Badan Nasional Penanggulangan Bencana");
    assertThat(f.events(EventType.DISASTER)).isEmpty();
  }

  @Test
  void worksWithoutSegmenterLayers() {
    ArticleFixture f =
        new ArticleFixture("Judul\n\nRusia menyerang Kharkiv. Dua warga tewas.")
            .entity("e1", LOCATION, "Rusia")
            .entity("e2", LOCATION, "Kharkiv")
            .withoutSegmenter();
    assertThat(f.events()).extracting(Event::type).containsExactly(EventType.ATTACK, EventType.DIE);
  }
}
