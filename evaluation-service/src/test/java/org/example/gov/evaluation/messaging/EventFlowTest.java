package org.example.gov.evaluation.messaging;

import org.example.gov.testsupport.ApiClient;
import org.example.gov.testsupport.PlatformIntegrationTest;
import org.example.gov.testsupport.SharedInfrastructure;
import org.example.gov.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the event-flow tests share: the service over HTTP, applicant1's token, the database and the Kafka broker. */
@PlatformIntegrationTest
abstract class EventFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String applicant;
    String bootstrap;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
        applicant = TestTokens.shared().mint("applicant1", "440300", null, "APPLICANT");
        bootstrap = SharedInfrastructure.kafka().bootstrapServers();
    }
}
