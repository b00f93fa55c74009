package vn.parcomms.assessment;

import java.time.LocalDateTime;

/**
 * One change of a province's criteria set by an administrator: {@code CREATED} (the province's own
 * set made from the one in force), {@code COPIED} (from another year), {@code ADDED}, {@code
 * CHANGED} or {@code REMOVED} for a criterion, with the criterion as it was and as it is, each as
 * one line of text; {@code at} in the application's time zone.
 */
public record CriteriaChange(long id, int year, String action, String criterionCode, String before, String after,
        String actorName, LocalDateTime at) {
}
