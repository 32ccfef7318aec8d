package org.example.gov.trading.tender;

/**
 * A capability's say on whether a draft may be announced, asked inside the announcement's transaction with the project
 * locked (so nothing it looked at can change before the announcement commits). It throws a 422 problem naming what must
 * happen first; the negative-list scan of the tender documents (negativelist/) is one.
 */
public interface AnnouncementCheck {

    void check(Project draft);
}
