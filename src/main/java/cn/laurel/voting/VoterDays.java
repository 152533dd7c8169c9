package cn.laurel.voting;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * What this node knows of each voter's day: the slots its own votes took. A voter it has not seen
 * starts empty, without a database read; if the database already holds a slot (a vote through another
 * node, or before a restart) the insert is refused on the key and {@link #reload} reads the truth.
 */
@Component
class VoterDays {

	private final Cache<Key, VoterDay> days = Caffeine.newBuilder()
		.maximumSize(2_000_000)
		.expireAfterAccess(Duration.ofHours(2))
		.build();

	private final VoteStore store;

	VoterDays(VoteStore store) {
		this.store = store;
	}

	VoterDay of(long campaignId, byte[] voterKey, LocalDate day) {
		return this.days.get(new Key(campaignId, ByteBuffer.wrap(voterKey), day), key -> new VoterDay());
	}

	VoterDay reload(long campaignId, byte[] voterKey, LocalDate day) {
		VoterDay stored = this.store.voterDay(campaignId, voterKey, day);
		this.days.put(new Key(campaignId, ByteBuffer.wrap(voterKey), day), stored);
		return stored;
	}

	private record Key(long campaignId, ByteBuffer voterKey, LocalDate day) {
	}

}
