package cn.laurel.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every stage of a nomination's life shares: finding one the current user may act on, checking the campaign's
 * stage, and storing it so that its history, its events and its status transitions are published together.
 */
@Component
class NominationStore {

	private final Nominations nominations;

	private final NominationFiles files;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The most pixels an uploaded image may have; its header is read before it is decoded. */
	private final long maxPixels;

	NominationStore(Nominations nominations, NominationFiles files, Campaigns campaigns,
			ApplicationEventPublisher events, Clock clock, @Value("${laurel.uploads.max-pixels}") long maxPixels) {
		this.nominations = nominations;
		this.files = files;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
		this.maxPixels = maxPixels;
	}

	Nomination find(long id) {
		return this.nominations.findById(id).orElseThrow(() -> new NominationNotFound(id));
	}

	/** The nomination, if {@code rule} lets the current user at it; otherwise it does not exist for them. */
	Nomination visible(long id, Predicate<Nomination> rule) {
		Nomination nomination = find(id);
		if (!rule.test(nomination)) {
			throw new NominationNotFound(id);
		}
		return nomination;
	}

	Nomination store(Nomination nomination) {
		Nomination saved = this.nominations.save(nomination, now());
		saved.history().events().forEach(this.events::publishEvent);
		saved.transitions(saved.nomineeOn(form(saved))).forEach(this.events::publishEvent);
		return saved;
	}

	/** Publishes a fact that is not the nomination's own (one that outlives it, such as its discarding). */
	void published(Object event) {
		this.events.publishEvent(event);
	}

	/** The form version the nomination was created on. */
	FormDefinition form(Nomination nomination) {
		return this.nominations.form(nomination.getCategoryId(), nomination.getFormVersion());
	}

	Campaign campaignOf(Nomination nomination) {
		return this.campaigns.findById(nomination.getCampaignId()).orElseThrow();
	}

	/** Stores a file once its bytes pass the checks of {@code purpose} on {@code form}; returns its id. */
	long storeChecked(long id, FormDefinition form, FilePurpose purpose, String name, byte[] bytes) {
		UploadCheck.Accepted accepted = UploadCheck.check(purpose, name, bytes, form.photos().portrait(),
				this.maxPixels);
		return this.files.store(id, purpose, name, accepted, bytes, actor(), now());
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Refuses the action outside the campaign's stages it belongs to, naming the stage and when it opens. */
	static void requireStage(Campaign campaign, CampaignAction action) {
		action.refusalIn(campaign).ifPresent(refusal -> {
			throw new NominationRefused(List.of(refusal));
		});
	}

	static LaurelUser requireRole(Role role) {
		LaurelUser user = NominationAccess.currentUser();
		if (user == null || !user.is(role) || user.unitId() == null) {
			throw new NominationNotFound(0);
		}
		return user;
	}

	static String actor() {
		return Optional.ofNullable(NominationAccess.currentUser()).map(LaurelUser::getUsername).orElse("system");
	}

}
