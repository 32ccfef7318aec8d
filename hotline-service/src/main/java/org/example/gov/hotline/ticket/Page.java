package org.example.gov.hotline.ticket;

import java.util.List;

/** A page of a list; {@code totalExact} false: there are at least {@code totalElements} (counting stopped there). */
public record Page<T>(List<T> content, int page, int size, long totalElements, boolean totalExact) {

    /** A page of a list counted in full. */
    public Page(List<T> content, int page, int size, long totalElements) {
        this(content, page, size, totalElements, true);
    }
}
