package org.example.gov.trading;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * trading-service: public-resource trading (公共资源交易). The platform foundation gives it its schema,
 * security, events and observability; the tendering domain is its own issue.
 */
@SpringBootApplication
public class TradingApplication {

    public static void main(String[] args) {
        SpringApplication.run(TradingApplication.class, args);
    }
}
