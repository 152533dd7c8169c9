package cn.laurel.nomination;

import java.util.List;

import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Violation;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.laurel.nomination.NominationStore.actor;
import static cn.laurel.nomination.NominationStore.requireRole;
import static cn.laurel.nomination.NominationStore.requireStage;

/**
 * The endorsement chain: the endorser at the step a nomination waits at signs its opinion (with the seal or the
 * filled 征求意见表 where the step requires one), from the first submissions until 初审 ends. The chain itself, step
 * by step, is the nomination's ({@link Nomination#endorse}).
 */
@Service
public class Endorsing {

	private final NominationStore store;

	private final Nominations nominations;

	private final NominationFiles files;

	private final NominationAccess access;

	Endorsing(NominationStore store, Nominations nominations, NominationFiles files, NominationAccess access) {
		this.store = store;
		this.nominations = nominations;
		this.files = files;
		this.access = access;
	}

	/** The endorser at the waiting step signs their opinion. */
	@Transactional
	public Nomination endorse(long id, Nomination.Opinion opinion) {
		Nomination nomination = this.store.visible(id, this.access::canEndorse);
		requireStage(this.store.campaignOf(nomination), CampaignAction.ENDORSE);
		List<StoredFile> attached = this.files.of(id);
		if (opinion.sealFileId() != null && attached.stream()
			.noneMatch(f -> f.id() == opinion.sealFileId() && f.purpose() == FilePurpose.SEAL)) {
			throw new NominationRefused(List.of(Violation.of("seal", "nomination.rule.seal-required")));
		}
		boolean consulted = attached.stream().anyMatch(f -> f.purpose() == FilePurpose.OPINION_FORM);
		nomination.endorse(opinion, consulted, NominationAccess.currentUser().accountId(), actor(), this.store.now());
		return this.store.store(nomination);
	}

	/** What waits at the current endorser's step in their unit. */
	@Transactional(readOnly = true)
	public List<NominationSummary> waitingForMe() {
		LaurelUser user = requireRole(Role.ENDORSER);
		return this.nominations.summaries(NominationQuery.waitingAt(user.unitId(), user.capacity()));
	}

}
