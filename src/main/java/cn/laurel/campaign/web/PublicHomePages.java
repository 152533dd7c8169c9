package cn.laurel.campaign.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.laurel.audit.AuditableEvent;
import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.PublicEntrance;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a citizen who opens the site rather than a shared link finds each campaign's public pages: voting,
 * 公示 and the honour roll, as the modules offer them ({@link PublicEntrance}). Campaigns with none are left out.
 * <p>
 * The list is the page a crowd arriving from a share lands on, and making it asks every module about every
 * campaign, so it is made once per change: every change is audited, so an audited event on this node clears it,
 * a new day (an honour roll's or a 公示's last day past) makes it anew, and changes on other nodes and within the
 * day (a voting window opening) show within {@link #CROSS_NODE_FRESHNESS}.
 */
@Controller
class PublicHomePages {

	static final Duration CROSS_NODE_FRESHNESS = Duration.ofSeconds(5);

	private final Campaigns campaigns;

	private final List<PublicEntrance> entrances;

	private final Clock clock;

	private final LoadingCache<LocalDate, List<Entry>> entries;

	PublicHomePages(Campaigns campaigns, List<PublicEntrance> entrances, Clock clock) {
		this.campaigns = campaigns;
		this.entrances = entrances;
		this.clock = clock;
		this.entries = Caffeine.newBuilder()
			.maximumSize(1)
			.expireAfterWrite(CROSS_NODE_FRESHNESS)
			.build(today -> load());
	}

	/** A campaign and its public pages in order. */
	record Entry(Campaign campaign, List<PublicEntrance.Link> links) {
	}

	@GetMapping("/public")
	String home(Model model) {
		model.addAttribute("entries", this.entries.get(LocalDate.now(this.clock)));
		return "campaign/public-home";
	}

	// after completion, as VotingCampaigns forgets: a rolled-back change only costs a reload
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void changed(AuditableEvent change) {
		this.entries.invalidateAll();
	}

	private List<Entry> load() {
		return this.campaigns.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter(campaign -> campaign.getPhase() != CampaignPhase.PREPARATION)
			.map(campaign -> new Entry(campaign, this.entrances.stream()
				.map(entrance -> entrance.of(campaign))
				.flatMap(Optional::stream)
				.sorted(Comparator.comparingInt(PublicEntrance.Link::order))
				.toList()))
			.filter(entry -> !entry.links().isEmpty())
			.toList();
	}

}
