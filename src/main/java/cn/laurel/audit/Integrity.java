package cn.laurel.audit;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Whether the hash chain still holds; {@code firstBrokenId} is always written, {@code null} when intact. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Integrity(boolean intact, Long firstBrokenId) {

	static Integrity of(Optional<AuditEntry> firstBroken) {
		return new Integrity(firstBroken.isEmpty(), firstBroken.map(AuditEntry::id).orElse(null));
	}

}
