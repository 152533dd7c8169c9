package cn.laurel.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import cn.laurel.system.InstanceClock;
import cn.laurel.voting.TallyDisplay;
import cn.laurel.voting.VoteIntake;
import cn.laurel.voting.VoteRules;
import cn.laurel.voting.VotingAdministration;

import org.springframework.stereotype.Component;

/**
 * The demo's 网络投票: the office's rules (three votes a day, one per candidate, counts shown live), and citizens
 * verified by SMS voting through the public vote's own intake, spread over each day's waking hours.
 */
@Component
class DemoVotes {

	private static final LocalTime FIRST_VOTE = LocalTime.of(7, 0);

	private static final long VOTING_SECONDS = 15 * 3600;

	private final InstanceClock clock;

	private final VotingAdministration voting;

	private final VoteIntake intake;

	DemoVotes(InstanceClock clock, VotingAdministration voting, VoteIntake intake) {
		this.clock = clock;
		this.voting = voting;
		this.intake = intake;
	}

	void setRules(long campaignId) {
		this.voting.saveRules(campaignId, new VoteRules(null, null, 3, null, 1, TallyDisplay.LIVE, 0));
	}

	/**
	 * The day's voters, each choosing one to three candidates by their weights; today's vote now, the clock being
	 * the real one. The votes are written as the public's are, many to a commit.
	 * @return the votes stored
	 */
	int castOn(LocalDate day, boolean today, List<Long> candidates, DemoSeed.VotesSeed seed) {
		Random random = new Random(day.toEpochDay());
		int total = seed.weights().stream().mapToInt(Integer::intValue).sum();
		List<CompletableFuture<Boolean>> votes = new ArrayList<>();
		for (int voter = 0; voter < seed.votersPerDay(); voter++) {
			if (!today) {
				this.clock.moveTo(day, FIRST_VOTE.plusSeconds(voter * VOTING_SECONDS / seed.votersPerDay()));
			}
			String phone = "139%08d".formatted(random.nextInt(100_000_000));
			String ip = "%d.%d.%d.%d".formatted(36 + random.nextInt(180), random.nextInt(256), random.nextInt(256),
					1 + random.nextInt(254));
			String device = Long.toHexString(random.nextLong());
			Set<Long> chosen = new LinkedHashSet<>();
			int wanted = 1 + random.nextInt(Math.min(3, candidates.size()));
			while (chosen.size() < wanted) {
				chosen.add(candidates.get(pick(seed.weights(), random.nextInt(total))));
			}
			chosen.forEach(candidate -> votes.add(this.intake.castVerified(candidate, phone, ip, device)));
		}
		return (int) votes.stream().filter(CompletableFuture::join).count();
	}

	private static int pick(List<Integer> weights, int ticket) {
		int index = 0;
		for (int left = ticket; left >= weights.get(index); index++) {
			left -= weights.get(index);
		}
		return index;
	}

}
