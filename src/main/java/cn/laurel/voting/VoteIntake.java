package cn.laurel.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Casting a vote: rate limits, then the campaign's rules against what this node knows of the
 * voter's day, then the group-commit writer; the vote is settled only after the commit. A number in
 * the day the database already holds means this node's picture of the voter was stale: it is read
 * again from the database (off the writer's thread) and the vote judged once more.
 */
@Service
public class VoteIntake {

	private static final Base64.Encoder VOTER_SUBJECT = Base64.getUrlEncoder().withoutPadding();

	/** Times a vote whose number was taken is judged again from the database. */
	private static final int REREADS = 3;

	private final PublishedCandidates candidates;

	private final VotingCampaigns campaigns;

	private final RateLimits limits;

	private final VoterDays voterDays;

	private final VoteWriter writer;

	private final Executor rereads;

	private final Duration ackTimeout;

	private final Clock clock;

	private final VoterKeys keys;

	VoteIntake(PublishedCandidates candidates, VotingCampaigns campaigns, RateLimits limits, VoterDays voterDays,
			VoteWriter writer, @Qualifier("applicationTaskExecutor") Executor rereads, VotingProperties properties,
			Clock clock, VoterKeys keys) {
		this.candidates = candidates;
		this.campaigns = campaigns;
		this.limits = limits;
		this.voterDays = voterDays;
		this.writer = writer;
		this.rereads = rereads;
		this.ackTimeout = properties.writer().ackTimeout();
		this.clock = clock;
		this.keys = keys;
	}

	/**
	 * The vote's fate: settled at once when a limit or a rule refuses it, else when its batch has committed
	 * (on the writer's thread, which must not be kept: callers only answer the voter).
	 */
	public CompletableFuture<VoteResult> cast(long candidateId, Voter voter) {
		Optional<PublicCandidate> candidate = this.candidates.find(candidateId);
		Optional<VotingCampaign> campaign = candidate.flatMap(c -> this.campaigns.find(c.campaignId()));
		if (campaign.isEmpty()) {
			return CompletableFuture.completedFuture(new VoteResult.NoSuchCandidate());
		}
		Map<RateLimit, String> subjects = new LinkedHashMap<>();
		subjects.put(RateLimit.VOTES_PER_ADDRESS, voter.ip());
		subjects.put(RateLimit.VOTES_PER_DEVICE, voter.deviceId());
		// the key's shortest text: a bucket per voter of the last minute is kept
		subjects.put(RateLimit.VOTES_PER_VOTER, VOTER_SUBJECT.encodeToString(voter.key()));
		Optional<RateLimits.Exceeded> exceeded = this.limits.takeEach(subjects);
		if (exceeded.isPresent()) {
			return CompletableFuture.completedFuture(new VoteResult.Limited(exceeded.get()));
		}
		Instant now = this.clock.instant();
		Optional<Admission.Refused> outsideStage = campaign.get().outsideStage(now);
		if (outsideStage.isPresent()) {
			return CompletableFuture.completedFuture(new VoteResult.Refused(outsideStage.get()));
		}
		VoteRules rules = campaign.get().rules();
		PublicCandidate chosen = candidate.get();
		LocalDate day = LocalDate.ofInstant(now, this.clock.getZone());
		VoterDay voterDay = this.voterDays.of(chosen.campaignId(), voter.key(), day);
		return admitAndWrite(rules, now, voterDay, chosen, voter)
			.thenCompose(result -> rereadIfTaken(result, REREADS, rules, now, chosen, voter, day));
	}

	/**
	 * {@code result}, or, if the vote's number was taken ({@code null}), the vote judged again on the voter's
	 * day as the database holds it. Another node may take the next number meanwhile (the same voter voting
	 * through two nodes at once), so this is tried a few times before the voter is asked to try again.
	 */
	private CompletableFuture<VoteResult> rereadIfTaken(VoteResult result, int rereadsLeft, VoteRules rules,
			Instant now, PublicCandidate candidate, Voter voter, LocalDate day) {
		if (result != null) {
			return CompletableFuture.completedFuture(result);
		}
		if (rereadsLeft == 0) {
			return CompletableFuture.completedFuture(new VoteResult.Unavailable());
		}
		return CompletableFuture
			.supplyAsync(() -> this.voterDays.reload(candidate.campaignId(), voter.key(), day), this.rereads)
			.thenCompose(stored -> admitAndWrite(rules, now, stored, candidate, voter))
			.thenCompose(again -> rereadIfTaken(again, rereadsLeft - 1, rules, now, candidate, voter, day));
	}

	/**
	 * A vote of the citizen who verified {@code phone} by SMS, from address {@code ip} on device {@code deviceId}:
	 * the public vote for voters played without a browser (the local demo's).
	 * @return whether it was stored, once settled
	 */
	public CompletableFuture<Boolean> castVerified(long candidateId, String phone, String ip, String deviceId) {
		Voter voter = new Voter(this.keys.voterKey(SmsIdentity.ID, phone), ip, VoterRequests.networkOf(ip),
				phone.hashCode(), deviceId);
		return cast(candidateId, voter).thenApply(VoteResult.Accepted.class::isInstance);
	}

	/** {@link #cast}, waited for: for pages that show the outcome. */
	public VoteResult castAndWait(long candidateId, Voter voter) {
		try {
			return cast(candidateId, voter).get(this.ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			// not settled in time: it may still commit, and the voter's next vote waits for it
			return new VoteResult.Unavailable();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new VoteResult.Unavailable();
		}
	}

	/**
	 * The result, or {@code null} when the vote's number in the day turned out to be taken in the database.
	 * Judged only once the voter's previous vote on this node has settled (see {@link VoterDay}).
	 */
	private CompletableFuture<VoteResult> admitAndWrite(VoteRules rules, Instant now, VoterDay voterDay,
			PublicCandidate candidate, Voter voter) {
		return voterDay.inTurn(() -> {
			Admission admission = rules.admit(now, this.clock.getZone(), voterDay, candidate.categoryId(),
					candidate.id());
			if (admission instanceof Admission.Refused refused) {
				return CompletableFuture.completedFuture(new VoteResult.Refused(refused));
			}
			Admission.Admitted admitted = (Admission.Admitted) admission;
			NewVote vote = new NewVote(candidate.campaignId(), voter.key(), admitted.day(), candidate.id(),
					candidate.categoryId(), admitted.seq(), now, voter.ip(), voter.ipNet(), voter.agentHash(),
					voter.deviceId());
			return this.writer.submit(vote).handle((outcome, failure) -> {
				// rolled back, never queued, or its number taken: then it is forgotten
				boolean stored = failure == null && outcome == VoteWriter.Outcome.STORED;
				voterDay.settled(candidate.categoryId(), candidate.id(), admitted.seq(), stored);
				if (failure != null) {
					return new VoteResult.Unavailable();
				}
				return stored ? new VoteResult.Accepted(candidate) : null;
			});
		});
	}

}
