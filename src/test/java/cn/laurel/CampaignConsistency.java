package cn.laurel;

import java.util.List;

import cn.laurel.campaign.CampaignInvariants;
import cn.laurel.campaign.InvariantViolation;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a test asserts after moving a campaign along: the invariant checker finds nothing wrong with the campaign's
 * data (quotas kept, honourees properly selected, votes matching their tallies and window, the audit chain intact).
 * Cheap enough to call at the end of any test that changes a campaign.
 */
public final class CampaignConsistency {

	private CampaignConsistency() {
	}

	/** Fails with every violation's code and record when the checker, run as {@code organiser}, finds any. */
	public static void assertConsistent(CampaignInvariants checker, UserDetails organiser, long campaignId) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(organiser, null, organiser.getAuthorities()));
		List<InvariantViolation> violations;
		try {
			violations = checker.check(campaignId);
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
		assertThat(violations).as("invariant violations of campaign %d", campaignId).isEmpty();
	}

}
