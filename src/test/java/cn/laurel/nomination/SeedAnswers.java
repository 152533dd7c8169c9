package cn.laurel.nomination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a clerk types on a seed plan's form, for tests of any module that submit a real nomination. */
public final class SeedAnswers {

	/** A valid 身份证号 (checksum X). */
	public static final String ID_NUMBER = "11010519491231002X";

	private SeedAnswers() {
	}

	/** The 出生年月 the ID number gives, which the form must repeat. */
	public static String birthMonthIn(String idNumber) {
		return idNumber.substring(6, 10) + "." + idNumber.substring(10, 12);
	}

	/** Seed 003's person form (党员服务标兵) filled in completely, resume rows included. */
	public static Drafting.Revision seed003Person(String idNumber) {
		Map<String, String> values = new HashMap<>();
		values.putAll(Map.of("name", "赵红梅", "gender", "女", "ethnicity", "汉族", "politicalStatus", "中共党员",
				"nativePlace", "河南省洛阳市", "birthMonth", birthMonthIn(idNumber), "homeAddress", "洛阳市西工区九都路100号",
				"mailingAddress", "洛阳市民政局办公室", "postcode", "471000", "phone", "13903790000"));
		values.putAll(Map.of("idNumber", idNumber, "workContactName", "钱进", "workContactPost", "科长",
				"workContactPhone", "0379-63331234", "workContactPostcode", "471000", "deeds", "办".repeat(280),
				"material", "实".repeat(900)));
		List<List<String>> resume = List.of(List.of("1998.09", "2002.07", "郑州大学学习"),
				List.of("2002.07", "", "洛阳市民政局科员、科长"));
		return new Drafting.Revision(new Answers(values, Map.of("resume", resume)), null, false, List.of());
	}

	/** The 2-inch portrait seed 003's form asks for, as a PNG of 350 × 490. */
	public static byte[] seed003Photo() {
		return Images.of("png", 350, 490);
	}

}
