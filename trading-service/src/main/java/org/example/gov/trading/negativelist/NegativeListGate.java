package org.example.gov.trading.negativelist;

import org.example.gov.trading.tender.AnnouncementCheck;
import org.example.gov.trading.tender.Project;

/**
 * The block at announcement: asked by the tender's announcement with the project locked, so the text checked is the
 * text announced. A project without a drafted text here (documents prepared outside the platform) is not blocked.
 */
public class NegativeListGate implements AnnouncementCheck {

    private final TenderDocumentRepository documents;

    public NegativeListGate(TenderDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public void check(Project draft) {
        documents.find(draft.id().toString()).ifPresent(TenderDocument::checkAnnounceable);
    }
}
