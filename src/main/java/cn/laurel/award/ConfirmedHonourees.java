package cn.laurel.award;

import java.util.List;
import java.util.Optional;

import cn.laurel.nomination.NominationReader;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The honourees a campaign's decision (审定) confirmed, by category in the roll's order, with their photos: for the
 * campaign's organisers and the modules that build on the decision (the 发布仪式's run of show and 大屏), whether or
 * not the public roll is shown yet.
 */
@Service
public class ConfirmedHonourees {

	private final Decisions decisions;

	private final NominationReader reader;

	ConfirmedHonourees(Decisions decisions, NominationReader reader) {
		this.decisions = decisions;
		this.reader = reader;
	}

	/** The decision's honourees; none before the decision. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public List<ShortlistEntry> of(long campaignId) {
		return this.decisions.find(campaignId).map(Decision::honourees).orElse(List.of());
	}

	/** An honouree's photo (the JPEG thumbnail), and nothing for anyone else. */
	@Transactional(readOnly = true)
	@PreAuthorize("@campaignAccess.canManage(#campaignId)")
	public Optional<byte[]> photo(long campaignId, long nominationId) {
		return this.decisions.find(campaignId)
			.filter(d -> d.honourees().stream().anyMatch(h -> h.nominationId() == nominationId))
			.flatMap(d -> this.reader.publicPhoto(nominationId));
	}

}
