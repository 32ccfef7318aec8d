package org.example.gov.cases.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.example.gov.cases.partner.config.CallbackUrlGuard;
import org.example.gov.cases.partner.config.PartnersProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Callbacks carry case data over the internet: outside the local profile an http:// callback URL stops case-service
 * at start, with the property named; the local run (a stub on this machine) may use http://.
 */
class PartnerCallbackUrlTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PartnersProperties.class)
    @Import(CallbackUrlGuard.class)
    static class Partners {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Partners.class)
            .withPropertyValues("platform.cases.partners.partner-gx.name=南宁市政务服务平台",
                    "platform.cases.partners.partner-gx.secret=gx-secret",
                    "platform.cases.partners.partner-zj.name=杭州市政务服务平台");

    @Test
    void anHttpCallbackUrlStopsTheStartOutsideTheLocalProfile() {
        context.withPropertyValues("platform.cases.partners.partner-gx.callback-url=http://zwfw.nanning.example/callbacks")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("platform.cases.partners.partner-gx.callback-url must be https:// outside "
                                + "the local profile")
                        .hasMessageContaining("http://zwfw.nanning.example/callbacks")
                        .hasMessageNotContaining("gx-secret"));
        context.withPropertyValues("spring.profiles.active=prod",
                        "platform.cases.partners.partner-zj.callback-url=ftp://zj.example/callbacks")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("partner-zj.callback-url must be an https:// URL with a host"));
    }

    @Test
    void httpsAnywhereAndHttpInTheLocalProfileStart() {
        context.withPropertyValues("platform.cases.partners.partner-gx.callback-url=https://zwfw.nanning.example/callbacks")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(CallbackUrlGuard.class));
        context.withPropertyValues("spring.profiles.active=local",
                        "platform.cases.partners.partner-gx.callback-url=http://127.0.0.1:9999/callbacks")
                .run(started -> assertThat(started).hasNotFailed());
        context.run(started -> assertThat(started).as("no callback URL: callbacks wait").hasNotFailed());
    }
}
