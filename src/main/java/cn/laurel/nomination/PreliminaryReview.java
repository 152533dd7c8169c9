package cn.laurel.nomination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.laurel.campaign.CampaignAction;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormVersions;
import cn.laurel.campaign.Violation;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.laurel.nomination.NominationStore.actor;
import static cn.laurel.nomination.NominationStore.requireStage;

/**
 * The organiser's 初审, in its window: clearing a flag, passing, returning for revision and rejecting; later,
 * withdrawing a candidate (after an upheld objection); and taking in a nomination recommended from another
 * campaign, which waits at 初审. Leaving 初审 with work still waiting is guarded by {@link ReviewSettledGuard}.
 */
@Service
public class PreliminaryReview {

	private final NominationStore store;

	private final Nominations nominations;

	private final NominationAccess access;

	private final Categories categories;

	private final FormVersions forms;

	private final Units units;

	PreliminaryReview(NominationStore store, Nominations nominations, NominationAccess access, Categories categories,
			FormVersions forms, Units units) {
		this.store = store;
		this.nominations = nominations;
		this.access = access;
		this.categories = categories;
		this.forms = forms;
		this.units = units;
	}

	@Transactional
	public Nomination clearFlag(long id, int flagIndex, String reason) {
		return inReview(id, nomination -> nomination.clearFlag(flagIndex, reason, actor(), this.store.now()));
	}

	@Transactional
	public Nomination pass(long id) {
		return inReview(id, nomination -> nomination.pass(actor(), this.store.now()));
	}

	@Transactional
	public Nomination returnForRevision(long id, String reason) {
		return inReview(id, nomination -> nomination.returnForRevision(reason, actor(), this.store.now()));
	}

	@Transactional
	public Nomination reject(long id, String reason) {
		return inReview(id, nomination -> nomination.reject(reason, actor(), this.store.now()));
	}

	/** Withdraws a candidate (e.g. after an upheld objection), in whatever stage the objection came. */
	@Transactional
	public Nomination withdraw(long id, String reason) {
		return organisers(id, nomination -> nomination.withdraw(reason, actor(), this.store.now()));
	}

	/**
	 * The organiser of the category's campaign takes in a nomination recommended from elsewhere (a verified
	 * package of another campaign's result) on the category's current form, nominated by {@code unitId}. Answers
	 * to fields the form does not have are dropped; the form's first field (the name) falls back to
	 * {@code nominee}. It waits at 初审; {@code source} goes into its history. Its {@code photos} are checked as
	 * uploads to the form are, and those the form does not take are left for 初审 to ask for.
	 */
	@Transactional
	public Nomination importNomination(long categoryId, long unitId, Answers answers, String nominee, String source,
			List<NominationReader.Photo> photos) {
		Category category = this.categories.findById(categoryId).orElseThrow(() -> new NominationNotFound(categoryId));
		if (!this.access.canReviewCampaign(category.getCampaignId())) {
			throw new NominationNotFound(categoryId);
		}
		Unit unit = this.units.findById(unitId).orElseThrow(() -> new NominationNotFound(unitId));
		var current = this.forms.current(categoryId)
			.orElseThrow(() -> new NominationRefused(List.of(Violation.of("form", "nomination.rule.no-form"))));
		FormDefinition form = current.definition();
		Answers kept = answers.only(form.fields().stream().map(FormDefinition.Field::key).collect(Collectors.toSet()));
		if (!form.fields().isEmpty() && kept.value(form.fields().get(0).key()).isBlank()) {
			Map<String, String> named = new LinkedHashMap<>(kept.values());
			named.put(form.fields().get(0).key(), nominee);
			kept = new Answers(named, kept.tables());
		}
		Nomination imported = this.store.store(Nomination.imported(category.getCampaignId(), categoryId,
				unit.getId(), current.version(), kept, source, actor(), this.store.now()));
		int stored = 0;
		for (NominationReader.Photo photo : photos) {
			if (stored == form.photos().max()) {
				break;
			}
			try {
				this.store.storeChecked(imported.getId(), form, FilePurpose.PHOTO, photo.fileName(), photo.bytes());
				stored++;
			}
			catch (NominationRefused refused) {
				// not the kind of photo this form takes (a 2-inch portrait, say): 初审 asks the unit for one
			}
		}
		return imported;
	}

	/** Every nomination of a campaign that left the drafting desk, for its organiser. */
	@Transactional(readOnly = true)
	public List<NominationSummary> ofCampaign(long campaignId) {
		if (!this.access.canReviewCampaign(campaignId)) {
			throw new NominationNotFound(campaignId);
		}
		return this.nominations.summaries(NominationQuery.ofCampaign(campaignId));
	}

	/** A verb of 初审, in the phases it belongs to. */
	private Nomination inReview(long id, Consumer<Nomination> verb) {
		return organisers(id, nomination -> {
			requireStage(this.store.campaignOf(nomination), CampaignAction.REVIEW);
			verb.accept(nomination);
		});
	}

	private Nomination organisers(long id, Consumer<Nomination> verb) {
		Nomination nomination = this.store.visible(id, this.access::canReview);
		verb.accept(nomination);
		return this.store.store(nomination);
	}

}
