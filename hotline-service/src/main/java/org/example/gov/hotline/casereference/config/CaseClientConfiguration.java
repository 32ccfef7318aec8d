package org.example.gov.hotline.casereference.config;

import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** The case-service client (a ticket's case reference); its guards are in application.yml. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(basePackages = "org.example.gov.hotline.casereference")
public class CaseClientConfiguration {
}
