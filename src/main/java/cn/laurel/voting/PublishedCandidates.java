package cn.laurel.voting;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The candidates of the {@link CandidateCatalogue}, if a module provides one, kept for a few seconds:
 * every vote looks its candidate up, and the catalogue need not be built for that load. A stale entry
 * is reloaded in the background while votes go on reading it, so no vote waits for the catalogue.
 */
@Component
public class PublishedCandidates {

	private static final Duration FRESHNESS = Duration.ofSeconds(5);

	private static final Comparator<PublicCandidate> PAGE_ORDER = Comparator
		.comparingInt(PublicCandidate::categoryOrder)
		.thenComparingLong(PublicCandidate::categoryId)
		.thenComparingLong(PublicCandidate::id);

	private final LoadingCache<Long, List<PublicCandidate>> byCampaign;

	private final LoadingCache<Long, Optional<PublicCandidate>> byId;

	private final ObjectProvider<CandidateCatalogue> catalogue;

	PublishedCandidates(ObjectProvider<CandidateCatalogue> catalogue) {
		this.catalogue = catalogue;
		this.byCampaign = fresh(1_000).build(campaignId -> {
			CandidateCatalogue source = catalogue.getIfAvailable();
			return source == null ? List.of() : source.candidates(campaignId).stream().sorted(PAGE_ORDER).toList();
		});
		this.byId = fresh(100_000).build(candidateId -> {
			CandidateCatalogue source = catalogue.getIfAvailable();
			return source == null ? Optional.empty() : source.candidate(candidateId);
		});
	}

	private static Caffeine<Object, Object> fresh(int entries) {
		return Caffeine.newBuilder()
			.maximumSize(entries)
			.refreshAfterWrite(FRESHNESS)
			.expireAfterWrite(FRESHNESS.multipliedBy(2));
	}

	public List<PublicCandidate> of(long campaignId) {
		return this.byCampaign.get(campaignId);
	}

	public List<PublicCandidate> of(long campaignId, long categoryId) {
		return of(campaignId).stream().filter(candidate -> candidate.categoryId() == categoryId).toList();
	}

	public Optional<PublicCandidate> find(long candidateId) {
		return this.byId.get(candidateId);
	}

	public Optional<CandidatePhoto> photo(long candidateId) {
		CandidateCatalogue source = this.catalogue.getIfAvailable();
		return source == null ? Optional.empty() : source.photo(candidateId);
	}

}
