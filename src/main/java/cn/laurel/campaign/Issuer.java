package cn.laurel.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a campaign's 公文 (the 表彰决定, the 公示公告) say of who issues them and how to reach the office: the 发文机关
 * (printed red as the 发文机关标志 and as the 署名), the 主送机关, the 公示's 发文字号, and the contact for objections
 * (phone, address, how to object) that the 公示公告 carries. The seal is stored beside it ({@link Issuers}).
 *
 * @param issuingBody the 发文机关, e.g. 青岛西海岸新区综合行政执法局
 * @param recipients the 主送机关, e.g. 局机关各科室、各直属单位、各中队
 * @param publicityNumber the 公示公告's 发文字号; blank: printed without one
 * @param objectionPhone the phone for objections
 * @param objectionAddress the address letters of objection go to
 * @param objectionMethod how to object (in writing, signed, by letter or visit)
 * @param hasSeal whether a seal image is uploaded
 */
public record Issuer(String issuingBody, String recipients, String publicityNumber, String objectionPhone,
		String objectionAddress, String objectionMethod, boolean hasSeal) {

	static final int MAX_LENGTH = 200;

	private static final Pattern PHONE = Pattern.compile("[0-9()+\\-,;/ ]{7,40}");

	/** None of it filled in. */
	public static Issuer none() {
		return new Issuer(null, null, null, null, null, null, false);
	}

	/** The 发文机关, or {@code fallback} (the organiser's name) while none is set. */
	public String issuingBodyOr(String fallback) {
		return blank(this.issuingBody) ? fallback : this.issuingBody;
	}

	/** Whether the contact for objections is filled in at all. */
	public boolean hasObjectionContact() {
		return !blank(this.objectionPhone) || !blank(this.objectionAddress) || !blank(this.objectionMethod);
	}

	Issuer trimmed(boolean seal) {
		return new Issuer(trim(this.issuingBody), trim(this.recipients), trim(this.publicityNumber),
				trim(this.objectionPhone), trim(this.objectionAddress), trim(this.objectionMethod), seal);
	}

	List<Violation> check() {
		List<Violation> violations = new ArrayList<>();
		String[][] fields = { { "issuingBody", this.issuingBody }, { "recipients", this.recipients },
				{ "publicityNumber", this.publicityNumber }, { "objectionPhone", this.objectionPhone },
				{ "objectionAddress", this.objectionAddress }, { "objectionMethod", this.objectionMethod } };
		for (String[] field : fields) {
			if (field[1] != null && field[1].strip().length() > MAX_LENGTH) {
				violations.add(Violation.of(field[0], "campaign.rule.issuer-too-long", MAX_LENGTH));
			}
		}
		if (!blank(this.objectionPhone) && !PHONE.matcher(this.objectionPhone.strip()).matches()) {
			violations.add(Violation.of("objectionPhone", "campaign.rule.issuer-phone"));
		}
		return violations;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}

}
