package org.example.gov.hotline.open311;

/** Who holds an Open311 api_key: a civic-tech app (FixMyStreet and the like) or a partner organisation. */
public enum ClientKind {
    APP, PARTNER
}
