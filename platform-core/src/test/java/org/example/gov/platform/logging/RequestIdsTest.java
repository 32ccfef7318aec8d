package org.example.gov.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void tokenLikeIdsAreKeptEverythingElseReplacedByAFreshUuid() {
        assertThat(RequestIds.acceptOrNew("gw-7f3a9c.2")).isEqualTo("gw-7f3a9c.2");
        assertThat(RequestIds.acceptOrNew(null)).hasSize(36);
        assertThat(RequestIds.acceptOrNew("")).hasSize(36);
        assertThat(RequestIds.acceptOrNew("x".repeat(65))).hasSize(36);
        assertThat(RequestIds.acceptOrNew("a b\n")).hasSize(36);
        assertThat(RequestIds.acceptOrNew("a b\n")).isNotEqualTo(RequestIds.acceptOrNew("a b\n"));
    }

    @Test
    void anIdThatReadsAsAnIdCardOrPhoneNumberIsReplaced() {
        assertThat(RequestIds.acceptOrNew("440304199001011233")).hasSize(36);
        assertThat(RequestIds.acceptOrNew("13812345678")).hasSize(36);
        assertThat(RequestIds.acceptOrNew("req-13812345678")).hasSize(36);
        assertThat(RequestIds.acceptOrNew("1733212345678901234")).as("19 digits: a snowflake id, not an ID number")
                .isEqualTo("1733212345678901234");
    }
}
