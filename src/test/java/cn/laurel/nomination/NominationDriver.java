package cn.laurel.nomination;

import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.Violation;

import org.springframework.stereotype.Component;

/**
 * One handle on the stage services of a nomination's life (drafting, endorsing, 初审, reading), so that fixtures
 * walk a nomination from draft to candidate in a few lines, as whoever is signed in. Tests of one stage's rules may
 * as well call its service.
 */
@Component
public class NominationDriver {

	private final Drafting drafting;

	private final Endorsing endorsing;

	private final PreliminaryReview review;

	private final NominationReader reader;

	NominationDriver(Drafting drafting, Endorsing endorsing, PreliminaryReview review, NominationReader reader) {
		this.drafting = drafting;
		this.endorsing = endorsing;
		this.review = review;
		this.reader = reader;
	}

	public Nomination startDraft(long categoryId) {
		return this.drafting.startDraft(categoryId);
	}

	public void discardDraft(long id) {
		this.drafting.discardDraft(id);
	}

	public Nomination saveDraft(long id, Drafting.Revision revision) {
		return this.drafting.saveDraft(id, revision);
	}

	public List<Violation> submit(long id, Drafting.Revision revision) {
		return this.drafting.submit(id, revision);
	}

	public StoredFile attach(long id, FilePurpose purpose, String fileName, byte[] bytes) {
		return this.drafting.attach(id, purpose, fileName, bytes);
	}

	public List<Campaign> draftingCampaigns() {
		return this.drafting.draftingCampaigns();
	}

	public Nomination endorse(long id, Nomination.Opinion opinion) {
		return this.endorsing.endorse(id, opinion);
	}

	public List<NominationSummary> waitingForMe() {
		return this.endorsing.waitingForMe();
	}

	public Nomination pass(long id) {
		return this.review.pass(id);
	}

	public Nomination returnForRevision(long id, String reason) {
		return this.review.returnForRevision(id, reason);
	}

	public Nomination reject(long id, String reason) {
		return this.review.reject(id, reason);
	}

	public Nomination importNomination(long categoryId, long unitId, Answers answers, String nominee, String source,
			List<NominationReader.Photo> photos) {
		return this.review.importNomination(categoryId, unitId, answers, nominee, source, photos);
	}

	public List<NominationSummary> ofCampaign(long campaignId) {
		return this.review.ofCampaign(campaignId);
	}

	public Nomination read(long id) {
		return this.reader.read(id);
	}

	public FormDefinition formOf(Nomination nomination) {
		return this.reader.formOf(nomination);
	}

	public List<StoredFile> filesOf(long id) {
		return this.reader.filesOf(id);
	}

	public List<NominationReader.Photo> photosForFiling(long id) {
		return this.reader.photosForFiling(id);
	}

	public Optional<byte[]> publicPhoto(long nominationId) {
		return this.reader.publicPhoto(nominationId);
	}

}
