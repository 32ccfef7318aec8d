package org.example.gov.cases.partner;

import java.util.UUID;

import org.example.gov.cases.support.CaseIntegrationTest;
import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.TestTokens;
import org.example.gov.testsupport.TestApplicants;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the partner tests: the case-service context plus two partner cities, partner-gx (南宁, callbacks to
 * {@link #PARTNER_ENDPOINT}) and partner-zj (no callback URL), and a dispatcher that looks for due callbacks every
 * 200 ms. That is a second application context next to the shared one, so it is closed after each class: its
 * dispatcher and consumers must not keep running while other test classes use the database.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("local") // the partner stub listens on http://127.0.0.1; outside "local" only https:// callbacks start
abstract class PartnerIntegrationTest extends CaseIntegrationTest {

    static final String GX_SECRET = "gx-test-secret-0123456789";
    static final String GX_CALLBACK_KEY_ID = "gx-callback-2025";
    static final PartnerEndpointStub PARTNER_ENDPOINT = new PartnerEndpointStub();

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("platform.cases.partners.partner-gx.name", () -> "南宁市政务服务平台");
        registry.add("platform.cases.partners.partner-gx.callback-url", PARTNER_ENDPOINT::url);
        registry.add("platform.cases.partners.partner-gx.secret", () -> GX_SECRET);
        registry.add("platform.cases.partners.partner-gx.callback-key-id", () -> GX_CALLBACK_KEY_ID);
        registry.add("platform.cases.partner-idempotency.batch-size", () -> "2"); // purges take several batches
        registry.add("platform.cases.partners.partner-zj.name", () -> "杭州市政务服务平台");
        registry.add("platform.cases.partners.partner-zj.secret", () -> "zj-test-secret");
        registry.add("platform.cases.partner-callbacks.interval", () -> "PT0.2S");
        registry.add("platform.cases.partner-callbacks.initial-delay", () -> "PT0.5S");
    }

    protected final String partnerGx = TestTokens.shared().mint("partner-gx", "450100", null, "PARTNER");
    protected final String partnerZj = TestTokens.shared().mint("partner-zj", "330100", null, "PARTNER");

    static String forwardBody(String itemId, String reference) {
        return forwardBody(itemId, reference, "张三");
    }

    static String forwardBody(String itemId, String reference, String applicantName) {
        return """
                {"itemId":"%s","partnerReference":"%s","applicant":{"id":"gx-citizen-1034","name":"%s","idNumber":"11010519491231002X","phone":"13800138000"},
                 "location":"青秀区政务服务中心 3号窗口"}""".formatted(itemId, reference, applicantName);
    }

    ApiClient.Response forward(String token, String key, String body) {
        return api.send("POST", "/api/partner/cases", token, body, "Idempotency-Key", key);
    }

    /** Forwards a new case for a random item as the given partner; returns its id. */
    String forwardNew(String token) {
        return forward(token, UUID.randomUUID().toString(),
                forwardBody(UUID.randomUUID().toString(), "REF-" + UUID.randomUUID())).expect(201).text("id");
    }
}
