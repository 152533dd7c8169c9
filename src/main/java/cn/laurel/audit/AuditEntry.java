package cn.laurel.audit;

import java.time.Instant;

/** One line of the audit trail as stored. */
record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
		Long campaignId, String before, String after, String reason, String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	/** The hash this entry must carry given its predecessor's hash; any edit to a stored field changes it. */
	static String chain(String prevHash, Instant occurredAt, String actor, String action, String subjectType,
			String subjectId, Long campaignId, String before, String after, String reason) {
		return Hashing.sha256Hex(String.join("\u001f", prevHash, occurredAt.toString(), actor, action, subjectType,
				subjectId, String.valueOf(campaignId), String.valueOf(before), String.valueOf(after),
				String.valueOf(reason)));
	}

	boolean isIntact() {
		return hash.equals(chain(prevHash, occurredAt, actor, action, subjectType, subjectId, campaignId, before,
				after, reason));
	}

}
