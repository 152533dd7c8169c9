package cn.laurel.voting;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Until a module provides the candidate catalogue, voting knows no candidates and the pages say so. */
class PublishedCandidatesTests {

	@Test
	void withoutACatalogueThereAreNoCandidates() {
		PublishedCandidates candidates = new PublishedCandidates(
				new DefaultListableBeanFactory().getBeanProvider(CandidateCatalogue.class));

		assertThat(candidates.of(1)).isEmpty();
		assertThat(candidates.find(1)).isEmpty();
		assertThat(candidates.photo(1)).isEmpty();
	}

}
