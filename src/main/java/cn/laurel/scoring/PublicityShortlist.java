package cn.laurel.scoring;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.nomination.Candidates;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;
import cn.laurel.publicity.ShortlistEntry;
import cn.laurel.publicity.ShortlistSource;
import cn.laurel.scoring.Shortlists.Entry;

import org.springframework.stereotype.Component;

/**
 * The shortlist the publicity module publishes, and the candidate who fills in for a withdrawn one:
 * the next ranked in the same category who was left out only because the places were taken — the
 * quota or the withdrawn candidate's segment, or the allocation the withdrawn candidate's unit held.
 */
@Component
class PublicityShortlist implements ShortlistSource {

	/** How much of the deed text the 公示 shows. */
	private static final int SUMMARY_CHARACTERS = 150;

	private static final Set<Outcome> LEFT_OUT_FOR_PLACES = EnumSet.of(Outcome.QUOTA_FULL, Outcome.SEGMENT_FULL);

	private final Shortlists shortlists;

	private final Candidates candidates;

	private final Categories categories;

	private final Units units;

	PublicityShortlist(Shortlists shortlists, Candidates candidates, Categories categories, Units units) {
		this.shortlists = shortlists;
		this.candidates = candidates;
		this.categories = categories;
		this.units = units;
	}

	@Override
	public List<ShortlistEntry> shortlist(long campaignId) {
		List<Entry> selected = this.shortlists.of(campaignId).map(Shortlists.Shortlist::selected).orElse(List.of());
		return publicised(campaignId, selected);
	}

	@Override
	public Optional<ShortlistEntry> nextFitting(long campaignId, long withdrawnNominationId, Set<Long> taken) {
		List<Entry> ranked = this.shortlists.of(campaignId).map(Shortlists.Shortlist::entries).orElse(List.of());
		Optional<Entry> withdrawn = ranked.stream().filter(e -> e.candidateId() == withdrawnNominationId).findFirst();
		return withdrawn.flatMap(gone -> ranked.stream()
			.filter(e -> !taken.contains(e.candidateId()) && e.candidateId() != withdrawnNominationId)
			.filter(e -> fillsIn(gone, e))
			.findFirst())
			.flatMap(next -> publicised(campaignId, List.of(next)).stream().findFirst());
	}

	/** Whether {@code candidate} may take the place {@code withdrawn} leaves, in rank order. */
	static boolean fillsIn(Entry withdrawn, Entry candidate) {
		if (candidate.categoryId() != withdrawn.categoryId() || candidate.selected()
				|| !Objects.equals(candidate.segment(), withdrawn.segment())) {
			return false;
		}
		return LEFT_OUT_FOR_PLACES.contains(candidate.outcome())
				|| (candidate.outcome() == Outcome.ALLOCATION_FULL && candidate.unitId() == withdrawn.unitId());
	}

	private List<ShortlistEntry> publicised(long campaignId, List<Entry> entries) {
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId);
		Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
		Map<Long, String> unitNames = this.units
			.findAllById(entries.stream().map(Entry::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
		return entries.stream().map(entry -> {
			Category category = byId.get(entry.categoryId());
			return new ShortlistEntry(entry.candidateId(), entry.categoryId(), category.getName(),
					categories.indexOf(category), entry.rank(), entry.displayName(),
					unitNames.getOrDefault(entry.unitId(), ""), summary(entry.candidateId()), entry.segment(),
					category.getNomineeKind());
		}).toList();
	}

	private String summary(long candidateId) {
		return this.candidates.dossier(candidateId).map(dossier -> dossier.summary(SUMMARY_CHARACTERS)).orElse("");
	}

}
