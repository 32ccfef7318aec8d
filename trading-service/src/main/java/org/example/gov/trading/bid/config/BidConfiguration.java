package org.example.gov.trading.bid.config;

import java.time.Clock;
import java.util.List;

import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.trading.bid.BidService;
import org.example.gov.trading.bid.ReceiptKeyStore;
import org.example.gov.trading.bid.ReceiptKeys;
import org.example.gov.trading.bid.SealedBidStore;
import org.example.gov.trading.client.BidderKeys;
import org.example.gov.trading.client.ReceiptKey;
import org.example.gov.trading.client.ReceiptSigner;
import org.example.gov.trading.tender.TenderService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The receipt keys (configured, or the database's) and the bid service. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BidProperties.class)
class BidConfiguration {

    @Bean
    ReceiptKeys receiptKeys(BidProperties properties, ReceiptKeyStore store, Clock clock) {
        BidProperties.ReceiptKey configured = properties.receiptKey();
        if (configured != null && configured.configured()) {
            var privateKey = BidderKeys.readPrivateKey(configured.privateKey());
            var signer = new ReceiptSigner(configured.keyId(), privateKey);
            var publicKey = BidderKeys.readPublicKey(BidderKeys.toPem(derivePublic(privateKey)));
            return new ReceiptKeys(signer, List.of(new ReceiptKey(configured.keyId(), publicKey)));
        }
        return store.loadOrGenerate(clock.instant());
    }

    @Bean
    BidService bidService(SealedBidStore store, TenderService tenders, ReceiptKeys keys, TransactionTemplate transactions,
            AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.example.gov.trading.bid.SubmissionEvidence> evidence) {
        return new BidService(store, tenders, keys, transactions, audit, clock,
                evidence.getIfAvailable(() -> org.example.gov.trading.bid.SubmissionEvidence.NONE));
    }

    /** The SM2 public key of a private key: Q = d·G on the key's curve. */
    private static java.security.PublicKey derivePublic(java.security.PrivateKey privateKey) {
        var key = (org.bouncycastle.jce.interfaces.ECPrivateKey) privateKey;
        var spec = key.getParameters();
        var q = spec.getG().multiply(key.getD()).normalize();
        try {
            return java.security.KeyFactory.getInstance("EC", org.bouncycastle.jce.provider.BouncyCastleProvider.PROVIDER_NAME)
                    .generatePublic(new org.bouncycastle.jce.spec.ECPublicKeySpec(q, spec));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the receipt public key", e);
        }
    }
}
