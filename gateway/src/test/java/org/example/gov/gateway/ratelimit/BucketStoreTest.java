package org.example.gov.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.example.gov.testsupport.EmbeddedMariaDb;
import org.example.gov.testsupport.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared token buckets against a real MariaDB 11.4 (the gateway's own migration, the production statement). The
 * caller's clock is a parameter, so refills are checked to the microsecond without waiting.
 */
class BucketStoreTest {

    static final long SECOND = 1_000_000;
    static final RateLimitProperties.Limit FIVE_THEN_ONE_PER_SECOND =
            new RateLimitProperties.Limit(1, Duration.ofSeconds(1), 5);

    static HikariDataSource dataSource;
    static BucketStore store;

    @BeforeAll
    static void migrate() {
        EmbeddedMariaDb db = SharedInfrastructure.mariaDb();
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl("gateway_bucket_test"));
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        store = new BucketStore(dataSource);
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void aNewBucketGrantsUpToTheBurstAtOnceThenNothing() throws Exception {
        long t0 = 1_700_000_000L * SECOND;
        assertThat(store.take("u:burst", t0, 3, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(3);
        assertThat(store.take("u:burst", t0, 3, FIVE_THEN_ONE_PER_SECOND)).as("only 2 of the 5 are left").isEqualTo(2);
        assertThat(store.take("u:burst", t0, 1, FIVE_THEN_ONE_PER_SECOND)).isZero();
        assertThat(store.take("u:burst", t0 + SECOND / 2, 1, FIVE_THEN_ONE_PER_SECOND)).isZero();
    }

    @Test
    void permitsComeBackAtTheSustainedRate() throws Exception {
        long t0 = 1_700_000_100L * SECOND;
        assertThat(store.take("u:refill", t0, 10, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(5);
        assertThat(store.take("u:refill", t0 + SECOND - 1, 1, FIVE_THEN_ONE_PER_SECOND)).isZero();
        assertThat(store.take("u:refill", t0 + SECOND, 1, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(1);
        assertThat(store.take("u:refill", t0 + 3 * SECOND, 10, FIVE_THEN_ONE_PER_SECOND)).as("two more seconds, two more")
                .isEqualTo(2);
    }

    @Test
    void aQuietBucketRefillsOnlyUpToTheBurst() throws Exception {
        long t0 = 1_700_000_200L * SECOND;
        assertThat(store.take("u:quiet", t0, 5, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(5);
        assertThat(store.take("u:quiet", t0 + 3600 * SECOND, 100, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(5);
    }

    @Test
    void eachKeyHasItsOwnBucket() throws Exception {
        long t0 = 1_700_000_300L * SECOND;
        assertThat(store.take("u:one", t0, 5, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(5);
        assertThat(store.take("u:one", t0, 1, FIVE_THEN_ONE_PER_SECOND)).isZero();
        assertThat(store.take("u:two", t0, 1, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(1);
        assertThat(store.take("p:one", t0, 1, FIVE_THEN_ONE_PER_SECOND)).isEqualTo(1);
    }

    @Test
    void purgeDeletesOnlyBucketsIdleSinceTheCutOff() throws Exception {
        long t0 = 1_500_000_000L * SECOND;
        store.take("a:idle", t0, 1, FIVE_THEN_ONE_PER_SECOND);
        store.take("a:recent", t0 + 600 * SECOND, 1, FIVE_THEN_ONE_PER_SECOND);
        assertThat(store.purge(t0 + 300 * SECOND)).isEqualTo(1);
        assertThat(store.take("a:recent", t0 + 600 * SECOND, 5, FIVE_THEN_ONE_PER_SECOND)).as("kept: 1 of 5 was used")
                .isEqualTo(4);
        assertThat(store.take("a:idle", t0 + 600 * SECOND, 5, FIVE_THEN_ONE_PER_SECOND)).as("gone = a full bucket")
                .isEqualTo(5);
    }
}
