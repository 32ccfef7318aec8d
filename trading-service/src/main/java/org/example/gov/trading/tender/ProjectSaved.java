package org.example.gov.trading.tender;

/**
 * Published (synchronously, in the saving transaction) each time {@link ProjectRepository#save} stores a project: the
 * one point every change of a project passes through, whichever capability made it. The open-data feed (ocds/) listens
 * to it, so no capability has to remember to tell it.
 */
public record ProjectSaved(ProjectId projectId) {
}
