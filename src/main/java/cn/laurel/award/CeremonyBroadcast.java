package cn.laurel.award;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Where the public watches a campaign's 发布仪式 live (seed 000 invites 人民网, 大众日报 and others to broadcast it),
 * shown on the public honour roll; contributed as a bean by the module that plans the ceremony.
 */
public interface CeremonyBroadcast {

	/** The live stream of {@code campaignId}'s ceremony, if one is set. */
	Optional<LiveStream> of(long campaignId);

	/**
	 * @param title the ceremony's name
	 * @param url the stream's web address (http or https)
	 * @param startsAt when it starts, or {@code null} when the time is not set
	 */
	record LiveStream(String title, String url, LocalDate heldOn, LocalTime startsAt) {
	}

}
