package cn.laurel.nomination;

import cn.laurel.campaign.CampaignAccess;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a nomination: the organiser of its campaign everything; the clerk of its
 * unit their own; an endorser what waits at their step in their unit, and what they signed.
 */
@Component
class NominationAccess {

	private final CampaignAccess campaigns;

	NominationAccess(CampaignAccess campaigns) {
		this.campaigns = campaigns;
	}

	boolean canRead(Nomination nomination) {
		LaurelUser user = currentUser();
		if (user == null) {
			return false;
		}
		return switch (user.role()) {
			case ADMIN, ORGANISER -> this.campaigns.canManage(nomination.getCampaignId());
			case CLERK -> isOwnUnit(user, nomination);
			case ENDORSER -> canEndorse(nomination) || nomination.getEndorsements().stream()
				.anyMatch(e -> e.accountId() == user.accountId());
			case JUDGE -> false;
		};
	}

	boolean canEdit(Nomination nomination) {
		LaurelUser user = currentUser();
		return user != null && user.is(Role.CLERK) && isOwnUnit(user, nomination);
	}

	boolean canEndorse(Nomination nomination) {
		LaurelUser user = currentUser();
		return user != null && user.is(Role.ENDORSER) && user.unitId() != null
				&& nomination.isWaitingFor(user.unitId(), user.capacity());
	}

	boolean canReview(Nomination nomination) {
		return canReviewCampaign(nomination.getCampaignId());
	}

	boolean canReviewCampaign(long campaignId) {
		return this.campaigns.canManage(campaignId);
	}

	/** Whether the current user acts for the nominating unit, which sees its uploads as they were uploaded. */
	boolean isOwnUnit(Nomination nomination) {
		LaurelUser user = currentUser();
		return user != null && isOwnUnit(user, nomination);
	}

	private static boolean isOwnUnit(LaurelUser user, Nomination nomination) {
		return user.unitId() != null && user.unitId() == nomination.getUnitId();
	}

	static LaurelUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof LaurelUser user ? user : null;
	}

}
