package cn.laurel.scoring;

/** A submitted ballot: one judge's 同意 / 不同意 / 弃权 on one candidate. */
record Cast(long candidateId, long judgeId, Ballot ballot) {
}
