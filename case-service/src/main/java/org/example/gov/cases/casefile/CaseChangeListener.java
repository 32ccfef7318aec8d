package org.example.gov.cases.casefile;

import java.util.List;

/**
 * Told of every stored transition inside its transaction, so work that must follow a change (a partner callback,
 * a bundle's completion) is stored atomically with it. Implemented by capabilities that build on cases.
 */
public interface CaseChangeListener {

    void changed(Case c, List<HistoryEntry> entries);
}
