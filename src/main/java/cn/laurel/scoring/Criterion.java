package cn.laurel.scoring;

import java.math.BigDecimal;

/** One line of a scoresheet: what is judged (e.g. 思想道德) and the most points it can give. */
public record Criterion(String name, BigDecimal maxPoints) {
}
