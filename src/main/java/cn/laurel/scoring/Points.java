package cn.laurel.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points as shown and compared: two decimals, rounded half up. Composites and tie-break points are
 * compared at this precision, so two candidates who read the same are the same and tie, instead of
 * being told apart by floating-point noise nobody can see.
 */
public final class Points {

	static final int SCALE = 2;

	private Points() {
	}

	public static BigDecimal shown(double points) {
		return BigDecimal.valueOf(points).setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** In hundredths of a point, for comparing. */
	static long hundredths(double points) {
		return shown(points).unscaledValue().longValueExact();
	}

}
