package org.example.gov.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.example.gov.calendar.ClosedDay;
import org.example.gov.calendar.RegionalCalendars;
import org.example.gov.calendar.YearSchedule;
import org.example.gov.platform.testapp.TestApplication;
import org.example.gov.testsupport.CatalogCalendarStandIn;
import org.example.gov.testsupport.EventProbe;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.RealInfrastructureInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar replica every counting service runs: a loaded year reaches it by event, it survives a catalogue outage
 * and a restart during one, a refresh without news changes nothing, and listeners hear of every change.
 */
@PlatformIntegrationTest
@ContextConfiguration(classes = TestApplication.class, initializers = RealInfrastructureInitializer.class)
@Import(CalendarReplicaIntegrationTest.Listener.class)
class CalendarReplicaIntegrationTest {

    static final CatalogCalendarStandIn CATALOG = CatalogCalendarStandIn.start();
    /** A test fixture, not the official 2027 schedule: only so that the exact count differs from the estimate. */
    static final YearSchedule TEST_2027 = YearSchedule.of(2027, List.of(
            new YearSchedule.Entry(LocalDate.parse("2027-01-01"), true, "元旦"),
            new YearSchedule.Entry(LocalDate.parse("2027-01-11"), true, "测试假日")));

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("platform.calendar.replica.enabled", () -> "true");
        registry.add("platform.calendar.replica.catalog-url", CATALOG::url);
    }

    @TestConfiguration
    static class Listener {

        final List<RegionalCalendars> heard = new CopyOnWriteArrayList<>();

        @Bean
        CalendarChangeListener recordingListener() {
            return heard::add;
        }
    }

    @Autowired
    CalendarReplica replica;

    @Autowired
    Listener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectProvider<CalendarChangeListener> listeners;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @AfterEach
    void backToTheOfficialYears() {
        CATALOG.reset();
        replica.refresh();
    }

    @Test
    void aYearLoadedInTheCatalogueReachesTheReplicaByEventAndCountsExactly() {
        LocalDate acceptedOn = LocalDate.parse("2026-12-02");
        assertThat(replica.calendar().plusWorkingDays(acceptedOn, 30).provisional()).isTrue();
        int heardBefore = listener.heard.size();

        CATALOG.add(TEST_2027);
        EventProbe.publish(kafka, CalendarReplica.TOPIC, "2027", UUID.randomUUID().toString(), CalendarReplica.YEAR_LOADED,
                "{\"year\":2027}");

        await().atMost(Duration.ofSeconds(20)).until(() -> replica.calendar().isLoaded(2027));
        assertThat(replica.calendar().plusWorkingDays(acceptedOn, 30).exact()).isEqualTo(LocalDate.parse("2027-01-15"));
        await().atMost(Duration.ofSeconds(5)).until(() -> listener.heard.size() > heardBefore);
        assertThat(listener.heard.getLast().isLoaded(2027)).isTrue();
        assertThat(storedYears()).contains(2027);
    }

    @Test
    void anEventThatArrivesBeforeTheCatalogueServesTheChangeIsFollowedUp() {
        assertThat(replica.calendar().isLoaded(2027)).isFalse();
        long fetchesBefore = CATALOG.requests();

        // the catalogue's relay beat its own rebuild (or another catalogue replica answers): the first fetch is stale
        EventProbe.publish(kafka, CalendarReplica.TOPIC, "2027", UUID.randomUUID().toString(), CalendarReplica.YEAR_LOADED,
                "{\"year\":2027}");
        await().atMost(Duration.ofSeconds(20)).until(() -> CATALOG.requests() > fetchesBefore);
        CATALOG.add(TEST_2027);

        await().atMost(Duration.ofSeconds(20)).until(() -> replica.calendar().isLoaded(2027));
    }

    @Test
    void aRegionsClosedDayCountsForThatRegionOnly() {
        CATALOG.close(new ClosedDay("440300", LocalDate.parse("2025-10-10"), "大厅系统升级闭厅"));

        assertThat(replica.refresh()).isTrue();

        assertThat(replica.calendar("440300").plusWorkingDays(LocalDate.parse("2025-09-26"), 5).exact())
                .isEqualTo(LocalDate.parse("2025-10-11"));
        assertThat(replica.calendar("440100").plusWorkingDays(LocalDate.parse("2025-09-26"), 5).exact())
                .isEqualTo(LocalDate.parse("2025-10-10"));
    }

    @Test
    void aRefreshThatBringsNothingNewChangesNothing() {
        replica.refresh();
        long revision = storedRevision();
        int heard = listener.heard.size();

        assertThat(replica.refresh()).isFalse();

        assertThat(storedRevision()).isEqualTo(revision);
        assertThat(listener.heard).hasSize(heard);
    }

    @Test
    void duringACatalogueOutageTheReplicaKeepsCountingAndARestartStillHasTheStoredCopy() {
        CATALOG.add(TEST_2027);
        assertThat(replica.refresh()).isTrue();
        CATALOG.down(true);

        assertThat(replica.refresh()).as("a failed refresh is no change").isFalse();
        assertThat(replica.calendar().isLoaded(2027)).isTrue();

        // a second instance on the same schema = this service restarted while the catalogue is down
        CalendarReplica restarted = new CalendarReplica(new CatalogCalendarSource(CATALOG.url(), Duration.ofSeconds(1)),
                new CalendarReplicaRepository(jdbc), transactions, listeners, Clock.systemUTC(), Duration.ofHours(1),
                Duration.ofHours(1));
        assertThat(restarted.refresh()).isFalse();
        assertThat(restarted.calendar().isLoaded(2027)).as("from the stored copy, not the bundled years").isTrue();
        assertThat(restarted.calendar().plusWorkingDays(LocalDate.parse("2026-12-02"), 30).exact())
                .isEqualTo(LocalDate.parse("2027-01-15"));
    }

    @Test
    void anotherReplicaOfTheServiceSeesTheStoredChange() {
        CalendarReplica other = new CalendarReplica(new CatalogCalendarSource(CATALOG.url(), Duration.ofSeconds(1)),
                new CalendarReplicaRepository(jdbc), transactions, listeners, Clock.systemUTC(), Duration.ofHours(1),
                Duration.ofHours(1));
        other.calendars();
        CATALOG.add(TEST_2027);
        assertThat(replica.refresh()).isTrue();

        assertThat(other.checkStored()).isTrue();

        assertThat(other.calendar().isLoaded(2027)).isTrue();
        assertThat(other.checkStored()).as("nothing new the second time").isFalse();
    }

    private long storedRevision() {
        return jdbc.sql("SELECT revision FROM calendar_replica_state WHERE id = 1").query(Long.class).single();
    }

    private List<Integer> storedYears() {
        return jdbc.sql("SELECT year_number FROM calendar_replica_year ORDER BY year_number").query(Integer.class).list();
    }
}
