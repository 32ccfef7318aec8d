package org.example.gov.hotline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * hotline-service: the 12345 hotline's tickets (工单). The platform foundation gives it its schema,
 * security, events and observability; the ticket domain is its own issue.
 */
@SpringBootApplication
public class HotlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(HotlineApplication.class, args);
    }
}
