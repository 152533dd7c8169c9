package cn.laurel.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Campaigns;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.Category;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bench-only additions, compiled by bench/vote/run.sh and put on the class path of the packaged app;
 * never part of the jar. With {@code laurel.voting.bench.enabled=true} they give the demo campaign
 * synthetic candidates (an in-memory catalogue), open its voting, and issue voter tokens without SMS.
 * They refuse to run against a configured (production) database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("laurel.voting.bench.enabled")
class VoteBench {

	/** Candidates per category: ids are categoryId * 1000 + 1..N. */
	static final int PER_CATEGORY = 10;

	/** Every candidate's photo: a 480 × 640 JPEG, about what a re-encoded portrait weighs. */
	static final byte[] PHOTO = portrait();

	private static byte[] portrait() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(480, 640,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 640; y++) {
			for (int x = 0; x < 480; x++) {
				image.setRGB(x, y, ((x * 255 / 480) << 16) | ((y * 255 / 640) << 8) | ((x ^ y) & 255));
			}
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "jpg", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	VoteBench(Environment environment) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new IllegalStateException("The voting bench bypasses voter verification; it is refused on a "
					+ "configured database (spring.datasource.url / LAUREL_DB_URL). Use the embedded database.");
		}
	}

	/**
	 * With {@code laurel.voting.bench.floor=true} (FLOOR=1), votes go through everything but the database: the
	 * writer's batches are acknowledged without being stored. What is left between the two endpoints is then
	 * the vote's work in the application alone.
	 */
	@Bean
	@Primary
	@ConditionalOnProperty("laurel.voting.bench.floor")
	VoteWriter.BatchStore unstoredBatches() {
		return votes -> {
			boolean[] stored = new boolean[votes.size()];
			java.util.Arrays.fill(stored, true);
			return stored;
		};
	}

	/** Synthetic candidates take the place of the demo's real ones (which have not passed 初审). */
	@Bean
	@Primary
	CandidateCatalogue benchCatalogue(Categories categories) {
		return new CandidateCatalogue() {

			@Override
			public List<PublicCandidate> candidates(long campaignId) {
				return categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaignId)
					.stream()
					.flatMap(category -> java.util.stream.IntStream.rangeClosed(1, PER_CATEGORY)
						.mapToObj(i -> candidate(category, category.getId() * 1000 + i)))
					.toList();
			}

			@Override
			public Optional<PublicCandidate> candidate(long candidateId) {
				return categories.findById(candidateId / 1000)
					.filter(category -> candidateId % 1000 >= 1 && candidateId % 1000 <= PER_CATEGORY)
					.map(category -> candidate(category, candidateId));
			}

			@Override
			public Optional<CandidatePhoto> photo(long candidateId) {
				return candidate(candidateId).map(candidate -> new CandidatePhoto(PHOTO, "image/jpeg"));
			}

			private PublicCandidate candidate(Category category, long id) {
				return new PublicCandidate(id, category.getCampaignId(), category.getId(), category.getName(),
						category.getSortOrder(), "Candidate " + id, "Unit " + (id % 1000), "Bench candidate", "Bench candidate");
			}

		};
	}

	@RestController
	@ConditionalOnProperty("laurel.voting.bench.enabled")
	static class Endpoints {

		private final Campaigns campaigns;

		private final PublishedCandidates candidates;

		private final VoteRuleStore rules;

		private final VotingCampaigns votingCampaigns;

		private final VoterKeys keys;

		private final VoterTokens tokens;

		private final JdbcClient jdbc;

		private final VoteTallies tallies;

		private final Clock clock;

		private final MeterRegistry meters;

		Endpoints(Campaigns campaigns, PublishedCandidates candidates, VoteRuleStore rules,
				VotingCampaigns votingCampaigns, VoterKeys keys, VoterTokens tokens, JdbcClient jdbc,
				VoteTallies tallies, Clock clock, MeterRegistry meters) {
			this.campaigns = campaigns;
			this.candidates = candidates;
			this.rules = rules;
			this.votingCampaigns = votingCampaigns;
			this.keys = keys;
			this.tokens = tokens;
			this.jdbc = jdbc;
			this.tallies = tallies;
			this.clock = clock;
			this.meters = meters;
		}

		/**
		 * Puts the demo campaign in its voting stage and opens voting for a day: 20 votes a day, 10 per category,
		 * one per candidate. Answers the campaign id, then the candidate ids, one a line.
		 */
		@GetMapping(path = "/public/vote/bench/setup", produces = MediaType.TEXT_PLAIN_VALUE)
		String setup() {
			Campaign campaign = this.campaigns.findAllByOrderByCreatedAtDesc()
				.stream()
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "demo not loaded yet"));
			Instant now = this.clock.instant();
			// votes are taken only in the 网络投票 stage; the demo waits in 推荐申报 with nominations in its chains,
			// which the organiser's advance would rightly refuse to leave behind, so the bench moves it there directly
			this.jdbc.sql("update campaign set phase = 'VOTING' where id = ?").param(campaign.getId()).update();
			this.rules.save(campaign.getId(), new VoteRules(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
					20, 10, 1, TallyDisplay.LIVE, 0));
			this.votingCampaigns.refresh(campaign.getId());
			StringBuilder out = new StringBuilder().append(campaign.getId()).append('\n');
			this.candidates.of(campaign.getId()).forEach(c -> out.append(c.id()).append('\n'));
			return out.toString();
		}

		/** Voter tokens for voters {@code from}..{@code from+count-1}: "voterKeyHex token" a line. */
		@GetMapping(path = "/public/vote/bench/tokens", produces = MediaType.TEXT_PLAIN_VALUE)
		String tokens(@RequestParam int from, @RequestParam int count) {
			StringBuilder out = new StringBuilder(count * 120);
			Instant now = this.clock.instant();
			for (int i = from; i < from + count; i++) {
				byte[] key = this.keys.voterKey("bench", "voter-" + i);
				out.append(HexFormat.of().formatHex(key)).append(' ').append(this.tokens.issue(key, now)).append('\n');
			}
			return out.toString();
		}

		/** The campaign's valid votes as the tallies count them. */
		@GetMapping(path = "/public/vote/bench/counted", produces = MediaType.TEXT_PLAIN_VALUE)
		String counted(@RequestParam long campaign) {
			return String.valueOf(this.tallies.validVotes(campaign).values().stream().mapToLong(Long::longValue).sum());
		}

		/** Commits so far, their mean votes and how many a taken number made the writer retry: "commits mean retried". */
		@GetMapping(path = "/public/vote/bench/commits", produces = MediaType.TEXT_PLAIN_VALUE)
		String commits() {
			DistributionSummary commits = this.meters.get("laurel.voting.commit.votes").summary();
			return commits.count() + " " + commits.mean() + " "
					+ (long) this.meters.get("laurel.voting.commit.retried").counter().count();
		}

		/** Every stored vote of the campaign: "voterKeyHex candidateId" a line. */
		@GetMapping(path = "/public/vote/bench/stored", produces = MediaType.TEXT_PLAIN_VALUE)
		String stored(@RequestParam long campaign) {
			StringBuilder out = new StringBuilder();
			this.jdbc.sql("select encode(voter_key, 'hex'), candidate_id from vote where campaign_id = ?")
				.param(campaign)
				.query(rs -> {
					out.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append('\n');
				});
			return out.toString();
		}

	}

}
