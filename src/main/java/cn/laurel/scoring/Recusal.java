package cn.laurel.scoring;

import java.time.Instant;

/**
 * A judge kept out of a candidate's judgement: automatically by their unit ({@code relation} set),
 * or by their own declaration ({@code declaredBy} set).
 */
public record Recusal(long panelId, long judgeId, long candidateId, RecusalReason reason, UnitRelation relation,
		String note, String declaredBy, Instant declaredAt) {

	public boolean isAutomatic() {
		return this.relation != null;
	}

	public boolean concerns(long panelId, long judgeId, long candidateId) {
		return this.panelId == panelId && this.judgeId == judgeId && this.candidateId == candidateId;
	}

}
