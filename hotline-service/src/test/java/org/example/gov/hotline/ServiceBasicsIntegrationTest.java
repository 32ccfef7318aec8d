package org.example.gov.hotline;

import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.ServiceFoundationContract;
import org.example.gov.testsupport.TestTokens;

/** hotline-service on the platform foundation: its own schema, probes, API docs, security and problems, its topic. */
@PlatformIntegrationTest
class ServiceBasicsIntegrationTest extends ServiceFoundationContract {

    ServiceBasicsIntegrationTest() {
        super(new Expectations("hotline", "/api/hotline", "gov.hotline.events", "hotline-service", "12345",
                TestTokens.shared().mint("agent1", "440300", "12345热线", "HOTLINE_AGENT")));
    }
}
