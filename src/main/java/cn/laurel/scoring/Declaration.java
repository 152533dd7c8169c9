package cn.laurel.scoring;

import java.time.Instant;

/** A recusal a judge declared: from which candidate, why, and when. */
record Declaration(long panelId, long judgeId, long candidateId, RecusalReason reason, String note,
		String declaredBy, Instant declaredAt) {
}
