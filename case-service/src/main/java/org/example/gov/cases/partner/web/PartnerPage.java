package org.example.gov.cases.partner.web;

import java.util.List;

/** One page of a partner's list, in the platform's paging shape. */
public record PartnerPage<T>(List<T> content, int page, int size, long totalElements) {
}
