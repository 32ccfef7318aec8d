package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.example.gov.cases.casefile.Applicant;
import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.problem.PlatformException;
import org.junit.jupiter.api.Test;

class PartnerIdempotencyKeyTest {

    @Test
    void aKeyIsRequiredAndAtMostOneHundredPrintableCharacters() {
        assertThat(IdempotencyKey.of(" gx-2025-000123 ").value()).isEqualTo("gx-2025-000123");
        assertThat(IdempotencyKey.of("k".repeat(100)).value()).hasSize(100);
        for (String bad : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> IdempotencyKey.of(bad)).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.status()).isEqualTo(400));
        }
        for (String bad : new String[] {"k".repeat(101), "two words", "办件"}) {
            assertThatThrownBy(() -> IdempotencyKey.of(bad)).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID"));
        }
    }

    @Test
    void theRequestHashChangesWithAnyFieldAndNotWithTheSameRequest() {
        Forward forward = new Forward("item-1", "GX-1", person("gx-1", "张三", "13800138000"), "青秀区政务服务中心");
        assertThat(forward.hash()).isEqualTo(new Forward("item-1", "GX-1",
                person("gx-1", "张三", "13800138000"), "青秀区政务服务中心").hash()).hasSize(64);
        assertThat(new Forward("item-2", "GX-1", forward.applicant(), forward.hall()).hash()).isNotEqualTo(forward.hash());
        assertThat(new Forward("item-1", "GX-2", forward.applicant(), forward.hall()).hash()).isNotEqualTo(forward.hash());
        assertThat(new Forward("item-1", "GX-1", person("gx-1", "李四", "13800138000"), forward.hall()).hash())
                .isNotEqualTo(forward.hash());
        assertThat(new Forward("item-1", "GX-1", forward.applicant(), null).hash()).isNotEqualTo(forward.hash());
        assertThat(new Forward("item-1", "GX-1", person("gx-1", "张三", "13912345678"), forward.hall()).hash())
                .as("another phone is another request").isNotEqualTo(forward.hash());
        assertThat(new Forward("item-1", "GX-", person("1", "x", "13800138000"), null).hash())
                .isNotEqualTo(new Forward("item-1", "GX", person("-1", "x", "13800138000"), null).hash());
    }

    private static Applicant person(String id, String name, String phone) {
        return new Applicant(id, name, IdCardNumber.of("11010519491231002X"), PhoneNumber.of(phone));
    }
}
