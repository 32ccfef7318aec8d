package org.example.gov.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    @Test
    void masksIdNumbersLikeTheIdCardNumberType() {
        assertThat(PersonalDataRedactor.redact("id=11010519491231002X;")).isEqualTo("id=110***********002X;");
        assertThat(PersonalDataRedactor.redact("身份证11010519491231002x号")).isEqualTo("身份证110***********002x号");
        assertThat(PersonalDataRedactor.redact("old 110105491231002 id")).isEqualTo("old 110********1002 id");
    }

    @Test
    void masksMobileNumbersInTheirUsualSpellings() {
        assertThat(PersonalDataRedactor.redact("call 13812345678.")).isEqualTo("call 138****5678.");
        assertThat(PersonalDataRedactor.redact("+8613812345678")).isEqualTo("+86138****5678");
        assertThat(PersonalDataRedactor.redact("8613812345678")).isEqualTo("86138****5678");
        assertThat(PersonalDataRedactor.redact("电话:138 1234 5678")).isEqualTo("电话:138 **** 5678");
        assertThat(PersonalDataRedactor.redact("138-1234-5678")).isEqualTo("138-****-5678");
    }

    @Test
    void leavesOtherNumbersAlone() {
        String text = "snowflake 1381234567890123456, millis 1735689600000, amount 13812345678901, date 2025-01-01, "
                + "uuid 3f2a9c1e-0b7d-4e5f-9a8b-138123456789, 15 digits 123456789012345, 12812345678";
        assertThat(PersonalDataRedactor.redact(text)).isEqualTo(text);
        assertThat(PersonalDataRedactor.redact(null)).isNull();
    }
}
