package cn.laurel.nomination;

import java.time.Instant;
import java.time.LocalDate;

import cn.laurel.org.Capacity;

/**
 * An opinion signed at one step of the chain (同意/不同意, the opinion text, the signer's name and
 * the date), with the seal where the step requires one.
 *
 * @param round which submission it was signed for; a resubmission walks the chain again
 * @param title the step's opinion row as it was named when signed, e.g. 分管（联系）局领导意见
 * @param sealFileId the uploaded stamped image, or {@code null}
 * @param electronicSeal whether the endorser confirmed the electronic seal instead
 */
public record Endorsement(int round, int stepOrder, String title, Capacity capacity, long endorserUnitId, boolean agreed,
		String opinion, String signerName, LocalDate signedOn, Long sealFileId, boolean electronicSeal,
		long accountId, Instant recordedAt) {

	public String verdictKey() {
		return this.agreed ? "endorsement.verdict.agree" : "endorsement.verdict.disagree";
	}

}
