package cn.laurel.nomination;

import java.time.LocalDate;

/**
 * The 公示 the nominating unit ran itself before recommending (seed 003: in the county's main media or at the
 * unit, at least 3 working days). Its proof is a file of purpose {@link FilePurpose#UNIT_PUBLICITY_PROOF}.
 *
 * @param startsOn its first day; {@code null} while the clerk has not said
 * @param publishedAt where it was published (a newspaper, a website, the unit's notice board)
 */
public record UnitPublicity(LocalDate startsOn, String publishedAt) {

	public UnitPublicity {
		publishedAt = publishedAt == null || publishedAt.isBlank() ? null : publishedAt.strip();
	}

	public static final UnitPublicity NONE = new UnitPublicity(null, null);

	public boolean isEmpty() {
		return this.startsOn == null && this.publishedAt == null;
	}

}
