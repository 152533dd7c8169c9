package cn.laurel.nomination;

import java.time.Instant;

import cn.laurel.org.Capacity;

/** A nomination as lists and the progress board show it, without its answers. */
public record NominationSummary(long id, long campaignId, long categoryId, long unitId, String displayName,
		NominationStatus status, String segment, boolean shareCapped, Long waitingUnitId, Capacity waitingCapacity,
		int waitingStep, Instant submittedAt, Instant updatedAt, boolean flagged) {
}
