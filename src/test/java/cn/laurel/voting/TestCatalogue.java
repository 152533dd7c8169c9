package cn.laurel.voting;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Candidates the tests publish, in memory: the stand-in for the nomination module's catalogue. */
class TestCatalogue implements CandidateCatalogue {

	/** A 1×1 PNG. */
	static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

	private final Map<Long, PublicCandidate> candidates = new ConcurrentHashMap<>();

	PublicCandidate publish(long campaignId, long categoryId, String categoryName, String name) {
		PublicCandidate candidate = new PublicCandidate(IDS.incrementAndGet(), campaignId, categoryId, categoryName, 1,
				name, "直属一中队", "长期坚守一线，" + name + "耐心化解群众矛盾……", "长期坚守一线，" + name + "耐心化解群众矛盾，办实事解难题。", List.of());
		this.candidates.put(candidate.id(), candidate);
		return candidate;
	}

	@Override
	public List<PublicCandidate> candidates(long campaignId) {
		return this.candidates.values().stream().filter(c -> c.campaignId() == campaignId).toList();
	}

	@Override
	public Optional<PublicCandidate> candidate(long candidateId) {
		return Optional.ofNullable(this.candidates.get(candidateId));
	}

	@Override
	public Optional<CandidatePhoto> photo(long candidateId) {
		return candidate(candidateId).map(c -> new CandidatePhoto(PHOTO, "image/png"));
	}

}
