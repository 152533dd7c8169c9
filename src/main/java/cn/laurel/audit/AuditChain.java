package cn.laurel.audit;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the trail's hash chain still holds, for the checks of other modules (the campaign's invariant checker).
 * It names no entry's content, so it does not check who asks: the caller does.
 */
@Service
public class AuditChain {

	private final AuditTrail trail;

	AuditChain(AuditTrail trail) {
		this.trail = trail;
	}

	/** The id of the first entry whose hash or link no longer matches; empty while the chain is intact. */
	@Transactional(readOnly = true)
	public Optional<Long> firstBrokenEntryId() {
		return this.trail.firstBrokenEntry().map(AuditEntry::id);
	}

}
