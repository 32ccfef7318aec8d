package org.example.gov.hotline.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.example.gov.hotline.category.Category;
import org.example.gov.platform.scope.RegionCode;
import org.springframework.stereotype.Service;

/** Proposes the department for a demand from the responsibility list; the dispatcher confirms or overrides it. */
@Service
public class ResponsibilityService {

    private final ResponsibilityRepository lines;

    public ResponsibilityService(ResponsibilityRepository lines) {
        this.lines = lines;
    }

    /** The applicable line for a category leaf in a region (the region, then its city, then its province). */
    public Optional<Responsibility> propose(String categoryCode, String region) {
        List<String> regions = new ArrayList<>();
        for (Optional<RegionCode> r = RegionCode.parse(region); r.isPresent(); r = r.get().parent()) {
            regions.add(r.get().value());
        }
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        return Responsibility.mostSpecific(lines.candidates(Category.lineage(categoryCode), regions));
    }
}
