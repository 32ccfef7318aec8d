package org.example.gov.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every partner's active keys, by key id, checked once at start: a partner has one or two keys (two while it rotates:
 * the new one is added, the partner switches, the old one is removed), key ids are unique over all partners, an
 * HMAC secret has at least {@value #MIN_SECRET_LENGTH} characters and an SM2 key is a public key on the SM2 curve. A
 * configuration that breaks any of this stops the gateway with every problem listed, rather than refusing partners
 * one by one later.
 */
public final class PartnerKeyRing {

    /** GM/T 0009's default signer id, used when a key names none. */
    public static final String DEFAULT_SM2_USER_ID = "1234567812345678";
    static final int MAX_KEYS_PER_PARTNER = 2;
    static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, PartnerKey> byId;

    private PartnerKeyRing(Map<String, PartnerKey> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static PartnerKeyRing of(PartnerKeysProperties properties) {
        return of(properties.partners(), "platform.partners", "Partner");
    }

    /**
     * A ring of another kind of machine client that signs the same way (guarantors, issue 14): its own keys under
     * {@code prefix}, so a key of one kind never opens the other's route.
     */
    public static PartnerKeyRing of(Map<String, PartnerKeysProperties.Partner> signers, String prefix, String kind) {
        List<String> problems = new ArrayList<>();
        Map<String, PartnerKey> byId = new HashMap<>();
        signers.forEach((partnerId, partner) -> {
            String where = prefix + "." + partnerId + ".keys";
            if (partner.keys().size() > MAX_KEYS_PER_PARTNER) {
                problems.add(where + ": at most " + MAX_KEYS_PER_PARTNER + " active keys (the current one and the one "
                        + "being rotated out), found " + partner.keys().size());
            }
            for (int i = 0; i < partner.keys().size(); i++) {
                PartnerKeysProperties.Key key = partner.keys().get(i);
                String at = where + "[" + i + "]";
                try {
                    PartnerKey built = build(partnerId, key, at);
                    PartnerKey clash = byId.putIfAbsent(built.keyId(), built);
                    if (clash != null) {
                        problems.add(at + ".id: '" + built.keyId() + "' is already a key of " + clash.partnerId()
                                + " (key ids are unique over all partners)");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException(kind + " signing keys are misconfigured:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new PartnerKeyRing(byId);
    }

    private static PartnerKey build(String partnerId, PartnerKeysProperties.Key key, String at) {
        if (key.id() == null || !KEY_ID.matcher(key.id()).matches()) {
            throw new IllegalArgumentException(at + ".id: 1-64 characters of A-Z a-z 0-9 . _ - required");
        }
        if (key.scheme() == null) {
            throw new IllegalArgumentException(at + ".scheme: HMAC-SHA256 or SM2 required");
        }
        return switch (key.scheme()) {
            case HMAC_SHA256 -> {
                if (key.secret() == null || key.secret().length() < MIN_SECRET_LENGTH) {
                    throw new IllegalArgumentException(at + ".secret: an HMAC-SHA256 key needs a secret of at least "
                            + MIN_SECRET_LENGTH + " characters");
                }
                yield new PartnerKey(partnerId, key.id(), key.scheme(),
                        new HmacSha256Verifier(key.secret().getBytes(StandardCharsets.UTF_8)));
            }
            case SM2 -> {
                if (key.publicKey() == null || key.publicKey().isBlank()) {
                    throw new IllegalArgumentException(at + ".public-key: an SM2 key needs the partner's public key");
                }
                try {
                    String userId = key.userId() == null || key.userId().isBlank() ? DEFAULT_SM2_USER_ID : key.userId();
                    yield new PartnerKey(partnerId, key.id(), key.scheme(),
                            new Sm2Verifier(Sm2Verifier.readPublicKey(key.publicKey()), userId));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(at + ".public-key: " + e.getMessage());
                }
            }
        };
    }

    /** The key with this id, if it is one of this partner's: another partner's key is as unknown as no key. */
    public Optional<PartnerKey> find(String partnerId, String keyId) {
        return Optional.ofNullable(byId.get(keyId)).filter(key -> key.partnerId().equals(partnerId));
    }

    public int size() {
        return byId.size();
    }
}
