package cn.laurel.scoring;

import java.math.BigDecimal;

/** Numbers as typed into forms. */
public final class Numbers {

	private Numbers() {
	}

	/** The number typed, or {@code null} when blank or not a number. */
	public static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A number as a form shows it: no trailing zeros, no exponent. */
	public static String typed(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

}
