package org.example.gov.evaluation.rectification;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;

import org.example.gov.platform.problem.DependencyUnavailableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** {@link WorkingDays} from item-catalog-service's official calendar: GET /api/calendar/due-date, 2 s timeout. */
@Component
public class CatalogCalendarClient implements WorkingDays {

    static final String DEPENDENCY = "item-catalog-service";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final RestClient http;

    public CatalogCalendarClient(@Value("${platform.clients.item-catalog.url:${CATALOG_URL:http://127.0.0.1:8101}}") String baseUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
    }

    @Override
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        try {
            DueDate answer = http.get()
                    .uri(u -> u.path("/api/calendar/due-date").queryParam("from", from).queryParam("workingDays", workingDays)
                            .build())
                    .retrieve()
                    .body(DueDate.class);
            if (answer == null || answer.dueDate() == null) {
                throw new DependencyUnavailableException(DEPENDENCY, null);
            }
            return answer.dueDate();
        } catch (RestClientException e) {
            throw new DependencyUnavailableException(DEPENDENCY, e);
        }
    }

    record DueDate(LocalDate from, int workingDays, LocalDate dueDate) {
    }
}
