package cn.laurel.scoring;

/** One judge's total for one candidate (or, after normalisation, what it became). */
public record Mark(long judgeId, double value) {
}
