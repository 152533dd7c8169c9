package cn.laurel.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shortlists (初选名单) generated when scoring was locked, for the modules that publish and decide
 * on them (公示, 审定). A read of stored results: it checks nobody, so callers show it only where the
 * campaign's phase makes it public.
 */
@Service
@Transactional(readOnly = true)
public class Shortlists {

	private final ScoringRecords records;

	private final Categories categories;

	Shortlists(ScoringRecords records, Categories categories) {
		this.records = records;
		this.categories = categories;
	}

	/**
	 * A campaign's generated shortlist: every ranked candidate of every category, selected or not.
	 *
	 * @param entries by category (in the campaign's category order), then by rank
	 */
	public record Shortlist(long campaignId, String generatedBy, Instant generatedAt, List<Entry> entries) {

		public Shortlist {
			entries = List.copyOf(entries);
		}

		/** The entries of each category, categories and ranks in order. */
		public Map<Long, List<Entry>> byCategory() {
			Map<Long, List<Entry>> byCategory = new LinkedHashMap<>();
			this.entries.forEach(e -> byCategory.computeIfAbsent(e.categoryId(), id -> new ArrayList<>())
				.add(e));
			return byCategory;
		}

		/** Those selected, in order. */
		public List<Entry> selected() {
			return this.entries.stream().filter(Entry::selected).toList();
		}

	}

	/**
	 * One ranked candidate.
	 *
	 * @param candidateId the nomination's id
	 * @param rank 1 for the first; candidates tied and not separated share a rank
	 * @param composite the composite score, two decimals
	 * @param outcome {@link Outcome#SELECTED} on the shortlist, otherwise why not
	 * @param unitId the nominating unit
	 */
	public record Entry(long categoryId, long candidateId, int rank, BigDecimal composite, Outcome outcome,
			String segment, long unitId, String displayName) {

		public boolean selected() {
			return this.outcome.isSelected();
		}

	}

	public Optional<Shortlist> of(long campaignId) {
		Map<Long, Integer> order = new HashMap<>();
		List<Category> categories = this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId);
		for (int i = 0; i < categories.size(); i++) {
			order.put(categories.get(i).getId(), i);
		}
		return this.records.shortlist(campaignId)
			.map(shortlist -> new Shortlist(shortlist.campaignId(), shortlist.generatedBy(), shortlist.generatedAt(),
					shortlist.entries()
						.stream()
						.sorted(Comparator.comparing((Entry e) -> order.getOrDefault(e.categoryId(), Integer.MAX_VALUE))
							.thenComparingInt(Entry::rank)
							.thenComparingLong(Entry::candidateId))
						.toList()));
	}

}
