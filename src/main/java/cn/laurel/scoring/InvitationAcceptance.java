package cn.laurel.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Violation;
import cn.laurel.org.Account;
import cn.laurel.org.Accounts;
import cn.laurel.org.JudgeEnrolment;
import cn.laurel.org.PasswordPolicy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following an invitation link: whoever holds an open link names themselves and chooses a password, and
 * gets a judge account seated on the invitation's panel (and on no other). The link then stops working.
 */
@Service
@Transactional
public class InvitationAcceptance {

	/** Display names as the organisation module allows them. */
	static final int MAX_NAME = 50;

	private final Invitations invitations;

	private final Panels panels;

	private final Campaigns campaigns;

	private final Accounts accounts;

	private final JudgeEnrolment enrolment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvitationAcceptance(Invitations invitations, Panels panels, Campaigns campaigns, Accounts accounts,
			JudgeEnrolment enrolment, ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.panels = panels;
		this.campaigns = campaigns;
		this.accounts = accounts;
		this.enrolment = enrolment;
		this.events = events;
		this.clock = clock;
	}

	/** What a link offers, and whether it still works. */
	public record Offer(Invitation invitation, Panel panel, Campaign campaign, InvitationState state) {
	}

	/** What the invitee types. */
	public record Acceptance(String displayName, String password, String repeatPassword) {
	}

	@Transactional(readOnly = true)
	public Offer offer(String token) {
		Invitation invitation = this.invitations.byTokenHash(PanelSetup.hash(token == null ? "" : token))
			.orElseThrow(() -> new ScoringNotFound("invitation", "?"));
		Panel panel = this.panels.find(invitation.panelId()).orElseThrow();
		return new Offer(invitation, panel, this.campaigns.findById(panel.campaignId()).orElseThrow(),
				invitation.state(this.clock.instant()));
	}

	/** Creates the judge account and seats it on the panel; returns the account, whose username is made up. */
	public Account accept(String token, Acceptance acceptance) {
		Offer offer = offer(token);
		if (offer.state() != InvitationState.OPEN) {
			throw ScoringRefused.of("invitation", "scoring.invitation.refused." + offer.state().name());
		}
		List<Violation> violations = new ArrayList<>();
		String name = acceptance.displayName() == null ? "" : acceptance.displayName().strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			violations.add(Violation.of("displayName", "scoring.invitation.name-required", MAX_NAME));
		}
		String username = username(offer.invitation());
		PasswordPolicy.check(acceptance.password(), username)
			.ifPresent(key -> violations.add(Violation.of("password", key)));
		if (acceptance.password() != null && !acceptance.password().equals(acceptance.repeatPassword())) {
			violations.add(Violation.of("repeatPassword", "password.repeat.mismatch"));
		}
		ScoringRefused.throwIfAny(violations);
		Instant now = this.clock.instant();
		Account account = this.enrolment.enrol(username, name, acceptance.password());
		if (!this.invitations.claim(offer.invitation().id(), account.getId(), now)) {
			// someone else followed the same link a moment earlier; this transaction rolls back
			throw ScoringRefused.of("invitation", "scoring.invitation.refused." + InvitationState.USED.name());
		}
		this.panels.addMember(offer.panel().id(), account.getId(), offer.invitation().unitId(), now);
		this.events.publishEvent(ScoringEvents.Changed.of("scoring.invitation-used", offer.panel(),
				Map.of("invitation", offer.invitation().id()),
				Map.of("invitation", offer.invitation().id(), "account", account.getUsername())));
		return account;
	}

	/** {@code judge-<invitation>}, with a random suffix in the unlikely case someone has it already. */
	private String username(Invitation invitation) {
		String username = "judge-" + invitation.id();
		while (this.accounts.existsByUsername(username)) {
			username = "judge-" + invitation.id() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
				.substring(0, 4);
		}
		return username;
	}

}
