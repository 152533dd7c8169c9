package cn.laurel.campaign;

import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.audit.CampaignVisibility;
import cn.laurel.org.Accounts;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may manage which campaign: administrators every campaign, organisers the campaigns of the
 * leading-group office (unit) they act for. Used by method security as {@code @campaignAccess}.
 */
@Component("campaignAccess")
public class CampaignAccess implements CampaignVisibility {

	private final Campaigns campaigns;

	private final Categories categories;

	private final Accounts accounts;

	CampaignAccess(Campaigns campaigns, Categories categories, Accounts accounts) {
		this.campaigns = campaigns;
		this.categories = categories;
		this.accounts = accounts;
	}

	public boolean canManage(Long campaignId) {
		LaurelUser user = currentUser();
		if (user == null || campaignId == null) {
			return false;
		}
		if (user.is(Role.ADMIN)) {
			return true;
		}
		return user.is(Role.ORGANISER) && this.campaigns.findById(campaignId)
			.map(campaign -> campaign.getOrganiserUnitId().equals(user.unitId()))
			.orElse(false);
	}

	public boolean canManageCategory(Long categoryId) {
		return categoryId != null
				&& this.categories.findById(categoryId).map(c -> canManage(c.getCampaignId())).orElse(false);
	}

	/** Whether the current user may create a campaign for the office {@code organiserUnitId}. */
	public boolean canOrganiseFor(Long organiserUnitId) {
		LaurelUser user = currentUser();
		return user != null && organiserUnitId != null
				&& (user.is(Role.ADMIN) || (user.is(Role.ORGANISER) && organiserUnitId.equals(user.unitId())));
	}

	@Override
	public Set<Long> campaignsVisibleTo(String username) {
		return this.accounts.findByUsername(username)
			.filter(account -> account.getRole() == Role.ORGANISER)
			.map(account -> this.campaigns.findByOrganiserUnitIdOrderByCreatedAtDesc(account.getUnitId())
				.stream()
				.map(Campaign::getId)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	public static LaurelUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user ? user : null;
	}

}
