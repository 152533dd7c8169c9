package cn.laurel.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;

import cn.laurel.TestMessages;
import cn.laurel.documents.NominationSheet.Field;
import cn.laurel.documents.NominationSheet.Opinion;
import cn.laurel.documents.NominationSheet.Photo;
import cn.laurel.documents.NominationSheet.Table;

import static cn.laurel.documents.NominationSheet.Layout.LONG;
import static cn.laurel.documents.NominationSheet.Layout.SHORT;
import static cn.laurel.documents.NominationSheet.Layout.WIDE;

/** Nominations of the seeds as their forms print them, and the documents bundle the application loads. */
final class Sheets {

	static final String DEED_TEXT = "2021年以来，中队聚焦老旧小区私搭乱建顽疾，逐户走访、耐心劝导，拆除违建42处，"
			+ "腾出公共空间3000余平方米，建成口袋公园2处，群众拍手称快。";

	static final String PARTY_MEMBER_DEEDS = "扎根社区十余年，建立“小巷管家”服务队，帮助困难群众解决就医、就业等难题300余件。\n"
			+ "疫情期间连续奋战60天，守护辖区群众平安。";

	static final Photo PORTRAIT = new Photo(image(350, 490, "png"), "image/png");

	static final Photo SCENE = new Photo(image(800, 600, "jpg"), "image/jpeg");

	static final Photo CROWD = new Photo(image(600, 800, "png"), "image/png");

	private Sheets() {
	}

	static MessageSource messages() {
		return TestMessages.bundle("messages/documents");
	}

	/** Seed 003 附件3: a 党员服务标兵 with a portrait, a resume and three opinions, the last not yet given. */
	static NominationSheet aPartyMemberOfSeed003() {
		return new NominationSheet("洛阳市“我为群众办实事”党员服务标兵推荐表", "XX县党史学习教育领导小组", "党员服务标兵", "张某",
				List.of(new Field("姓名", "张某", SHORT), new Field("性别", "女", SHORT), new Field("民族", "汉族", SHORT),
						new Field("政治面貌", "中共党员", SHORT), new Field("籍贯", "河南省洛阳市", SHORT),
						new Field("出生日期", "1985.06", SHORT), new Field("工作单位", "洛阳市西工区金谷园街道七一路社区", WIDE),
						new Field("家庭住址", "洛阳市西工区七一路12号", WIDE), new Field("通信地址", "洛阳市西工区七一路18号", WIDE),
						new Field("邮政编码", "471000", SHORT), new Field("联系电话", "13903790000", SHORT),
						new Field("电子邮箱", "zhang@example.cn", SHORT), new Field("身份证号码", "410303198506150027", SHORT),
						new Field("工作单位联系人", "李明", SHORT), new Field("联系人职务", "社区党委书记", SHORT),
						new Table("个人简历", List.of("起止年月", "学习或工作单位及职务"),
								List.of(List.of("2003.09—2007.07", "河南科技大学学生"),
										List.of("2007.07—2012.12", "洛阳市西工区金谷园街道办事处科员"),
										List.of("2013.01—至今", "洛阳市西工区金谷园街道七一路社区党委副书记"))),
						new Field("获奖情况", "2020年获洛阳市优秀共产党员", LONG),
						new Field("主要事迹（300字以内）", PARTY_MEMBER_DEEDS, LONG)),
				PORTRAIT, List.of(),
				List.of(new Opinion("工作单位意见", "同意", "同意推荐张某同志为党员服务标兵候选人。", "李明", LocalDate.of(2021, 12, 27),
						true),
						new Opinion("工作单位纪检监察部门意见", "同意", "经核查，该同志无违纪违法问题。", "王纪",
								LocalDate.of(2021, 12, 28), true),
						new Opinion("洛阳市委党史学习教育领导小组审批意见", null, null, null, null, true)));
	}

	/** Seed 000 附件3: a deed with its team in order of importance, by a 派驻中队 whose town seals it. */
	static NominationSheet aDeedWithItsTeamOfSeed000() {
		return new NominationSheet("“综合执法系统最感动群众十件实事”申报表", "派驻黄岛街道中队", "综合执法系统最感动群众十件实事", "老旧小区违建清零暖民心",
				List.of(new Field("实事简称", "老旧小区违建清零暖民心", WIDE),
						new Field("实事涉及的人员（部门、集体、团队）", "派驻黄岛街道中队执法二组", WIDE),
						new Table("若该实事涉及人员属于部门、集体或团队，请按参与的重要程度依次排序注明", List.of("序号", "姓名", "政治面貌", "职务"),
								List.of(List.of("1", "王强", "中共党员", "中队长"), List.of("2", "刘芳", "中共党员", "副中队长"),
										List.of("3", "陈杰", "群众", "执法队员"))),
						new Field("联系人及联系电话", "王强 18866220000", WIDE), new Field("主要事迹", DEED_TEXT, LONG)),
				null, List.of(SCENE),
				List.of(new Opinion("部门负责人意见", "同意", null, "王强", LocalDate.of(2021, 10, 8), false),
						new Opinion("镇街（功能区、保护区）意见", "同意", "派驻中队申报事项属实。", "赵镇", LocalDate.of(2021, 10, 9), true),
						new Opinion("分管（联系）局领导意见", "同意", null, "毕雷鸣", LocalDate.of(2021, 10, 10), false)));
	}

	/** Seed 000 附件2: a person with two photos of the deeds and no portrait slot. */
	static NominationSheet anEnforcerOfSeed000() {
		return new NominationSheet("“最美综合执法人”申报表", "直属一中队", "最美综合执法人", "孙晓明",
				List.of(new Field("姓名", "孙晓明", SHORT), new Field("出生年月", "1988.03", SHORT),
						new Field("性别", "男", SHORT), new Field("文化程度", "大学本科", SHORT),
						new Field("民族", "汉族", SHORT), new Field("政治面貌", "中共党员", SHORT),
						new Field("参加综合执法工作时间", "2012.07", SHORT),
						new Field("工作单位及职务职级", "直属一中队 副中队长 四级主任科员", WIDE),
						new Field("主要事迹", "执法为民，化解群众矛盾百余起。", LONG)),
				null, List.of(SCENE, CROWD), List.of(new Opinion("部门负责人意见", "同意", null, "刘伟德", null, false)));
	}

	/** Seed 003 附件1: a project, named by its project name. */
	static NominationSheet aProjectOfSeed003() {
		return new NominationSheet("洛阳市群众满意度高的实事（服务项目）推荐表", "洛阳市涧西区党史学习教育领导小组", "群众满意度高的实事（服务项目）",
				"老旧小区加装电梯", List.of(new Field("实事项目名称", "老旧小区加装电梯", WIDE)), null, List.of(), List.of());
	}

	/** Seed 003 附件2: an organisation, named by its full name. */
	static NominationSheet anOrganisationOfSeed003() {
		return new NominationSheet("洛阳市“我为群众办实事”先进服务单位（团队）推荐表", "洛阳市卫生健康委员会", "先进服务单位（团队）",
				"洛阳市中心医院“120”急救团队", List.of(new Field("候选组织名称", "洛阳市中心医院“120”急救团队", WIDE)), null,
				List.of(), List.of());
	}

	static NominationSheet named(String unit, String category, String nominee) {
		return new NominationSheet("推荐表", unit, category, nominee, List.of(), null, List.of(), List.of());
	}

	private static byte[] image(int width, int height, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
