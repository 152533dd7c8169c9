package cn.laurel.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * Reads the trail on behalf of a signed-in person. Administrators see every entry; organisers only
 * the entries of campaigns that {@link CampaignVisibility} grants them — none while no module
 * provides it — and never entries outside any campaign. Everyone else is refused.
 */
@Service
public class AuditReader {

	private static final String ADMIN = "ROLE_ADMIN";

	private final AuditTrail trail;

	private final ObjectProvider<CampaignVisibility> visibility;

	private final ActionNames actionNames;

	private final JsonMapper json;

	private final ZoneId zone;

	AuditReader(AuditTrail trail, ObjectProvider<CampaignVisibility> visibility, ActionNames actionNames,
			JsonMapper json, Clock clock) {
		this.trail = trail;
		this.visibility = visibility;
		this.actionNames = actionNames;
		this.json = json;
		this.zone = clock.getZone();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
	public AuditPage read(AuditQuery query, Authentication reader, Locale locale) {
		List<AuditEntry> found = this.trail.search(query, visibleCampaigns(reader), this.zone);
		List<AuditEntryView> entries = found.stream()
			.limit(AuditQuery.PAGE_SIZE)
			.map(entry -> view(entry, locale))
			.toList();
		return new AuditPage(entries, query.page(), AuditQuery.PAGE_SIZE, query.page() > 0,
				found.size() > AuditQuery.PAGE_SIZE);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Integrity integrity() {
		return Integrity.of(this.trail.firstBrokenEntry());
	}

	public static boolean seesEverything(Authentication reader) {
		return reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
	}

	/** {@code null} means every entry, as {@link AuditTrail#search} expects. */
	private Set<Long> visibleCampaigns(Authentication reader) {
		if (seesEverything(reader)) {
			return null;
		}
		CampaignVisibility campaigns = this.visibility.getIfAvailable();
		return (campaigns != null) ? campaigns.campaignsVisibleTo(reader.getName()) : Set.of();
	}

	private AuditEntryView view(AuditEntry entry, Locale locale) {
		return new AuditEntryView(entry.id(), entry.occurredAt().atZone(this.zone).toOffsetDateTime(), entry.actor(),
				entry.action(), this.actionNames.nameOf(entry.action(), locale), entry.subjectType(),
				entry.subjectId(), entry.campaignId(), indented(entry.before()), indented(entry.after()),
				entry.reason());
	}

	private String indented(String state) {
		return (state != null) ? this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.json.readTree(state))
				: null;
	}

}
