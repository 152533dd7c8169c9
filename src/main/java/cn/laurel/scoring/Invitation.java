package cn.laurel.scoring;

import java.time.Instant;

/**
 * A one-time link inviting an outsider (a 社会监督员, an expert, a media representative) onto a
 * panel. Following it before it expires creates their judge account and seats them on the panel;
 * it works once only.
 *
 * @param invitee the name the organiser wrote, offered as the account's display name
 * @param unitId where the invitee works, if anywhere in the organisation, for automatic recusal
 */
public record Invitation(long id, long panelId, String invitee, Long unitId, Instant expiresAt, String createdBy,
		Instant createdAt, Instant usedAt, Long accountId, Instant revokedAt) {

	InvitationState state(Instant now) {
		if (this.usedAt != null) {
			return InvitationState.USED;
		}
		if (this.revokedAt != null) {
			return InvitationState.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? InvitationState.OPEN : InvitationState.EXPIRED;
	}

}
