package org.example.gov.trading;

import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.ServiceFoundationContract;
import org.example.gov.testsupport.TestTokens;

/** trading-service on the platform foundation: its own schema, probes, API docs, security and problems, its topic. */
@PlatformIntegrationTest
class ServiceBasicsIntegrationTest extends ServiceFoundationContract {

    ServiceBasicsIntegrationTest() {
        super(new Expectations("trading", "/api/trading", "gov.trading.events", "trading-service", "公共资源交易",
                TestTokens.shared().mint("staff1", "440300", "公共资源交易中心", "TRADING_STAFF")));
    }
}
