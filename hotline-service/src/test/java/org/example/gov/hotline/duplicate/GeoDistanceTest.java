package org.example.gov.hotline.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoDistanceTest {

    @Test
    void oneThousandthOfADegreeOfLatitudeIsAbout111Metres() {
        assertThat(GeoDistance.metres(22.547, 114.059, 22.548, 114.059)).isCloseTo(111.19, within(0.05));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithTheCosineOfTheLatitude() {
        // 0.001° east at 22.547° N: 111.19 m × cos(22.547°) = 102.69 m
        assertThat(GeoDistance.metres(22.547, 114.059, 22.547, 114.060)).isCloseTo(102.69, within(0.05));
    }

    @Test
    void theBoundingBoxContainsEveryPointWithinTheRadius() {
        GeoDistance.Box box = GeoDistance.around(22.547, 114.059, 250);
        // the corners of the box are farther than 250 m, its edges' midpoints at least 250 m
        assertThat(GeoDistance.metres(22.547, 114.059, box.maxLatitude(), 114.059)).isCloseTo(250, within(0.01));
        assertThat(GeoDistance.metres(22.547, 114.059, 22.547, box.maxLongitude())).isGreaterThanOrEqualTo(250);
        assertThat(GeoDistance.metres(22.547, 114.059, 22.547, box.minLongitude())).isGreaterThanOrEqualTo(250);
    }
}
