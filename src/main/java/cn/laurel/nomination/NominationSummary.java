package cn.laurel.nomination;

import java.time.Instant;

import cn.laurel.org.Capacity;

/**
 * A nomination as lists and the progress board show it, without its answers.
 *
 * @param waitingSince when it reached the step of its chain it waits at, or {@code null} when it waits at none
 */
public record NominationSummary(long id, long campaignId, long categoryId, long unitId, String displayName,
		NominationStatus status, String segment, boolean shareCapped, Long waitingUnitId, Capacity waitingCapacity,
		int waitingStep, Instant submittedAt, Instant updatedAt, boolean flagged, Instant waitingSince) {
}
