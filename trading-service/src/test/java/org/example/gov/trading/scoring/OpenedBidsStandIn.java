package org.example.gov.trading.scoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.example.gov.trading.expert.LotBidders;
import org.example.gov.trading.tender.LotId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the published opening record of each lot shows — the opened bids with their prices — set by the tests in
 * {@link #BIDS}, so an evaluation can start without sealed bids and a real opening (CommitteeIntegrationTest gives the
 * bidders the same way).
 */
@TestConfiguration
public class OpenedBidsStandIn {

    public static final Map<LotId, List<BidUnderEvaluation>> BIDS = new ConcurrentHashMap<>();

    @Bean
    @Primary
    OpenedBids testOpenedBids() {
        return lot -> BIDS.getOrDefault(lot, List.of());
    }

    @Bean
    @Primary
    LotBidders testLotBidders() {
        return lot -> BIDS.getOrDefault(lot, List.of()).stream().map(BidUnderEvaluation::bidder)
                .collect(Collectors.toSet());
    }
}
