package cn.laurel.scoring;

/** A submitted mark: one judge's total for one candidate of a panel, in the panel's points. */
record Score(long candidateId, long judgeId, double value) {

	Mark mark() {
		return new Mark(this.judgeId, this.value);
	}

}
