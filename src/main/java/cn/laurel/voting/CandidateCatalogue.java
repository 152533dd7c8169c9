package cn.laurel.voting;

import java.util.List;
import java.util.Optional;

/**
 * Where the voting module finds the candidates the public votes on. The module that turns
 * nominations into candidates implements it; without an implementation the public pages say that
 * there are no candidates yet. Implementations return published candidates only, and nothing personal.
 */
public interface CandidateCatalogue {

	/** The published candidates of a campaign, all categories. */
	List<PublicCandidate> candidates(long campaignId);

	Optional<PublicCandidate> candidate(long candidateId);

	/** The candidate's photo, JPEG or PNG. */
	Optional<CandidatePhoto> photo(long candidateId);

}
