package cn.laurel.voting;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * What this node knows of each voter's day: the votes it stored for them. A voter it has not seen
 * starts empty, without a database read; if the database already holds the number a vote takes (a vote
 * through another node, or before a restart) the insert is refused on the key and {@link #reload} reads
 * the truth.
 */
@Component
class VoterDays {

	private final Cache<Key, VoterDay> days = Caffeine.newBuilder()
		.maximumSize(2_000_000)
		.expireAfterAccess(Duration.ofHours(2))
		// clean-ups run on the calling thread rather than on a pool thread woken for each new voter
		.executor(Runnable::run)
		.build();

	private final VoteStore store;

	VoterDays(VoteStore store) {
		this.store = store;
	}

	VoterDay of(long campaignId, byte[] voterKey, LocalDate day) {
		return this.days.get(new Key(campaignId, voterKey, day), key -> new VoterDay());
	}

	VoterDay reload(long campaignId, byte[] voterKey, LocalDate day) {
		VoterDay stored = this.store.voterDay(campaignId, voterKey, day);
		this.days.put(new Key(campaignId, voterKey, day), stored);
		return stored;
	}

	/**
	 * A voter's day. Voter keys are HMAC outputs, as good as random, so their first eight bytes hash as
	 * well as all 32; the hash is computed once because the cache asks for it several times.
	 */
	private static final class Key {

		private final long campaignId;

		private final byte[] voterKey;

		private final long epochDay;

		private final int hash;

		Key(long campaignId, byte[] voterKey, LocalDate day) {
			this.campaignId = campaignId;
			this.voterKey = voterKey;
			this.epochDay = day.toEpochDay();
			this.hash = Long.hashCode(ByteBuffer.wrap(voterKey).getLong() ^ (campaignId * 31 + this.epochDay));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.campaignId == this.campaignId && key.epochDay == this.epochDay
					&& Arrays.equals(key.voterKey, this.voterKey);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
