package cn.laurel.scoring;

import java.time.Instant;

/**
 * A judge on a panel.
 *
 * @param unitId where the judge works, for automatic recusal; {@code null} for outsiders
 * @param number the judge's place on the panel (1, 2 …), which names them where judges are anonymised
 */
public record Member(long panelId, long accountId, String username, String displayName, Long unitId, Instant addedAt,
		int number) {
}
