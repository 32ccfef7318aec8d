package org.example.gov.trading.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The seam to the tender and award capabilities (wired in {@code InspectionConfiguration}): the projects of a region
 * and the regions below it with a lot AWARDED, CONTRACTED or COMPLETE whose bid deadline fell within the period (both
 * ends included, Asia/Shanghai), and the bidders awarded a lot of a project.
 */
public interface InspectableProjects {

    List<InspectedProject> concluded(String region, LocalDate from, LocalDate until);

    Set<String> winners(InspectedProject project);
}
