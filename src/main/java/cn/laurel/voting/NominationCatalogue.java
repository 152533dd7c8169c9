package cn.laurel.voting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;
import cn.laurel.nomination.Candidates;
import cn.laurel.org.Unit;
import cn.laurel.org.Units;

import org.springframework.stereotype.Component;

/**
 * The ballot: a campaign's candidates (nominations that passed 初审) as the public sees them — name,
 * unit, category and its 评选标准, the start of the deeds, never personal data — and each one's first photo.
 */
@Component
class NominationCatalogue implements CandidateCatalogue {

	/** How much of the deed text a candidate card shows. */
	private static final int SUMMARY_CHARACTERS = 120;

	private final Candidates candidates;

	private final Categories categories;

	private final Units units;

	NominationCatalogue(Candidates candidates, Categories categories, Units units) {
		this.candidates = candidates;
		this.categories = categories;
		this.units = units;
	}

	@Override
	public List<PublicCandidate> candidates(long campaignId) {
		List<Candidates.Candidate> candidates = this.candidates.ofCampaign(campaignId);
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId);
		Map<Long, String> unitNames = this.units
			.findAllById(candidates.stream().map(Candidates.Candidate::unitId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Unit::getId, Unit::getName));
		return candidates.stream()
			.map(candidate -> published(candidate, categories, unitNames.getOrDefault(candidate.unitId(), "")))
			.toList();
	}

	@Override
	public Optional<PublicCandidate> candidate(long candidateId) {
		return this.candidates.dossier(candidateId).map(dossier -> {
			Candidates.Candidate candidate = dossier.candidate();
			List<Category> categories = this.categories
				.findByCampaignIdOrderBySortOrderAscIdAsc(candidate.campaignId());
			String unit = this.units.findById(candidate.unitId()).map(Unit::getName).orElse("");
			return published(candidate, categories, unit);
		});
	}

	@Override
	public Optional<CandidatePhoto> photo(long candidateId) {
		return this.candidates.dossier(candidateId)
			.flatMap(dossier -> dossier.photoIds().stream().findFirst())
			.flatMap(photoId -> this.candidates.photo(candidateId, photoId, true))
			.map(photo -> new CandidatePhoto(photo.bytes(), photo.contentType()));
	}

	private PublicCandidate published(Candidates.Candidate candidate, List<Category> categories, String unitName) {
		Map<Long, Category> byId = categories.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
		Category category = byId.get(candidate.categoryId());
		Optional<Candidates.Dossier> dossier = this.candidates.dossier(candidate.id());
		return new PublicCandidate(candidate.id(), candidate.campaignId(), candidate.categoryId(), category.getName(),
				categories.indexOf(category), candidate.displayName(), unitName,
				dossier.map(d -> d.summary(SUMMARY_CHARACTERS)).orElse(""),
				dossier.map(Candidates.Dossier::deeds).orElse(""), category.getCriteriaParagraphs());
	}

}
