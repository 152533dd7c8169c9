package cn.laurel.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An award category (奖项) of a campaign: what kind of nominee it honours, how many, how the quota
 * is split and allocated, and who is eligible. Its form lives in versions of its own ({@link FormVersion}).
 */
@Table("category")
public class Category {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long campaignId;

	private String name;

	private NomineeKind nomineeKind;

	private int quota;

	private int sortOrder;

	private String criteria;

	@Embedded.Nullable(prefix = "share_cap_")
	private ShareCap shareCap;

	@MappedCollection(idColumn = "category_id", keyColumn = "position")
	private List<Segment> segments = new ArrayList<>();

	@MappedCollection(idColumn = "category_id", keyColumn = "position")
	private List<Allocation> allocations = new ArrayList<>();

	@MappedCollection(idColumn = "category_id", keyColumn = "position")
	private List<EligibilityRule> eligibilityRules = new ArrayList<>();

	@PersistenceCreator
	Category(Long id, Long version, Long campaignId, String name, NomineeKind nomineeKind, int quota, int sortOrder,
			String criteria, ShareCap shareCap) {
		this.id = id;
		this.version = version;
		this.campaignId = campaignId;
		this.name = name;
		this.nomineeKind = nomineeKind;
		this.quota = quota;
		this.sortOrder = sortOrder;
		this.criteria = criteria;
		this.shareCap = shareCap;
	}

	Category(Long campaignId, Settings settings) {
		this(null, null, campaignId, null, null, 0, 0, null, null);
		configure(settings);
	}

	/**
	 * Everything about a category except its eligibility rules and form.
	 *
	 * @param shareCap optional; {@code null} when no share of the allocations is capped
	 * @param criteria the 评选标准 as the plan words them, one paragraph a line; {@code null} when there are none
	 */
	public record Settings(String name, NomineeKind nomineeKind, int quota, int sortOrder, List<Segment> segments,
			List<Allocation> allocations, ShareCap shareCap, String criteria) {

		public Settings {
			segments = segments == null ? List.of() : List.copyOf(segments);
			allocations = allocations == null ? List.of() : List.copyOf(allocations);
		}

		/** Settings without criteria text. */
		public Settings(String name, NomineeKind nomineeKind, int quota, int sortOrder, List<Segment> segments,
				List<Allocation> allocations, ShareCap shareCap) {
			this(name, nomineeKind, quota, sortOrder, segments, allocations, shareCap, null);
		}

	}

	void configure(Settings settings) {
		CampaignRefused.throwIfAny(CampaignRules.category(settings));
		this.name = settings.name().trim();
		this.nomineeKind = settings.nomineeKind();
		this.quota = settings.quota();
		this.sortOrder = settings.sortOrder();
		this.segments = new ArrayList<>(settings.segments());
		this.allocations = new ArrayList<>(settings.allocations());
		this.shareCap = settings.shareCap();
		this.criteria = Criteria.tidy(settings.criteria());
	}

	void setEligibilityRules(List<EligibilityRule> rules, LocalDate today) {
		CampaignRefused.throwIfAny(CampaignRules.eligibility(rules, today));
		this.eligibilityRules = new ArrayList<>(rules);
	}

	public CategorySnapshot snapshot() {
		return new CategorySnapshot(this.id, this.campaignId, this.name, this.nomineeKind, this.quota, this.sortOrder,
				List.copyOf(this.segments), List.copyOf(this.allocations), this.shareCap,
				List.copyOf(this.eligibilityRules), this.criteria);
	}

	public Settings settings() {
		return new Settings(this.name, this.nomineeKind, this.quota, this.sortOrder, this.segments, this.allocations,
				this.shareCap, this.criteria);
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public Long getCampaignId() {
		return this.campaignId;
	}

	public String getName() {
		return this.name;
	}

	public NomineeKind getNomineeKind() {
		return this.nomineeKind;
	}

	public int getQuota() {
		return this.quota;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getCriteria() {
		return this.criteria;
	}

	/** The criteria text's paragraphs, for pages to show each as plain text. */
	public List<String> getCriteriaParagraphs() {
		return Criteria.paragraphs(this.criteria);
	}

	public ShareCap getShareCap() {
		return this.shareCap;
	}

	public List<Segment> getSegments() {
		return List.copyOf(this.segments);
	}

	public List<Allocation> getAllocations() {
		return List.copyOf(this.allocations);
	}

	public List<EligibilityRule> getEligibilityRules() {
		return List.copyOf(this.eligibilityRules);
	}

}
