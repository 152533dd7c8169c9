package cn.laurel.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import cn.laurel.documents.NominationSheet.Field;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.documents.NominationSheet.Opinion;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported .docx opens with Apache POI and holds the form's fields, the deed text and the opinions. */
class NominationDocxTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final NominationDocx docx = new NominationDocx(Sheets.messages(), new DocumentNames(Sheets.messages()));

	@Test
	void theFormHoldsItsTitleUnitCategoryAndEveryFieldLabelAndValue() throws IOException {
		NominationSheet sheet = Sheets.aPartyMemberOfSeed003();
		try (XWPFDocument document = render(sheet)) {
			String text = text(document);
			assertThat(text).contains("洛阳市“我为群众办实事”党员服务标兵推荐表", "推荐单位：XX县党史学习教育领导小组", "推荐项目：党员服务标兵");
			for (NominationSheet.Entry entry : sheet.body()) {
				assertThat(text).contains(entry.label());
				if (entry instanceof Field field) {
					for (String line : field.value().split("\n")) {
						assertThat(text).contains(line);
					}
				}
			}
		}
	}

	@Test
	void theDeedTextIsPrintedInATallRowAcrossTheTable() throws IOException {
		try (XWPFDocument document = render(Sheets.aDeedWithItsTeamOfSeed000())) {
			XWPFTableRow row = rowStartingWith(document, "主要事迹");
			assertThat(row.getCell(1).getText()).isEqualTo(Sheets.DEED_TEXT);
			assertThat(row.getHeight()).isGreaterThanOrEqualTo(2835);
			assertThat(span(row.getCell(1))).isEqualTo(gridColumns(document) - span(row.getCell(0)));
		}
	}

	@Test
	void theTeamMembersArePrintedUnderTheirHeadersInOrderOfImportance() throws IOException {
		try (XWPFDocument document = render(Sheets.aDeedWithItsTeamOfSeed000())) {
			List<List<String>> rows = cellTexts(table(document));
			int header = rows.indexOf(List.of("若该实事涉及人员属于部门、集体或团队，请按参与的重要程度依次排序注明", "序号", "姓名", "政治面貌", "职务"));
			assertThat(header).isNotNegative();
			assertThat(rows.subList(header + 1, header + 4)).containsExactly(List.of("", "1", "王强", "中共党员", "中队长"),
					List.of("", "2", "刘芳", "中共党员", "副中队长"), List.of("", "3", "陈杰", "群众", "执法队员"));
			XWPFTable table = table(document);
			assertThat(merge(table.getRow(header).getCell(0))).isEqualTo(STMerge.RESTART);
			assertThat(merge(table.getRow(header + 3).getCell(0))).isEqualTo(STMerge.CONTINUE);
		}
	}

	@Test
	void theResumePeriodsArePrintedInOrder() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			List<List<String>> rows = cellTexts(table(document));
			int header = rows.indexOf(List.of("个人简历", "起止年月", "学习或工作单位及职务"));
			assertThat(rows.subList(header + 1, header + 4)).containsExactly(List.of("", "2003.09—2007.07", "河南科技大学学生"),
					List.of("", "2007.07—2012.12", "洛阳市西工区金谷园街道办事处科员"),
					List.of("", "2013.01—至今", "洛阳市西工区金谷园街道七一路社区党委副书记"));
		}
	}

	@Test
	void aTablesColumnsAreAsWideAsTheirLongestText() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			XWPFTableRow header = rowStartingWith(document, "个人简历");
			// 2003.09—2007.07 stays on one line; the longest unit, 洛阳市西工区金谷园街道七一路社区党委副书记, takes the rest
			assertThat(width(header.getCell(2))).isGreaterThan(2 * width(header.getCell(1)));
		}
		try (XWPFDocument document = render(Sheets.aDeedWithItsTeamOfSeed000())) {
			XWPFTableRow header = rowStartingWith(document, "若该实事涉及人员属于部门、集体或团队，请按参与的重要程度依次排序注明");
			assertThat(width(header.getCell(1))).isLessThan(width(header.getCell(3)));
		}
	}

	@Test
	void shortFieldsShareARowWithShadedLabelsAndThePortraitStandsTopRight() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			List<List<String>> rows = cellTexts(table(document));
			assertThat(rows.subList(0, 4)).containsExactly(List.of("姓名", "张某", "性别", "女", ""),
					List.of("民族", "汉族", "政治面貌", "中共党员", ""), List.of("籍贯", "河南省洛阳市", "出生日期", "1985.06", ""),
					List.of("工作单位", "洛阳市西工区金谷园街道七一路社区"));
			XWPFTable table = table(document);
			assertThat(table.getRow(0).getCell(0).getColor()).isEqualTo("F2F2F2");
			assertThat(table.getRow(0).getCell(2).getColor()).isEqualTo("F2F2F2");
			assertThat(table.getRow(0).getCell(1).getColor()).isNull();
			XWPFTableCell portrait = table.getRow(0).getCell(4);
			assertThat(pictures(portrait)).extracting(picture -> picture.getPictureData().getData())
				.containsExactly(Sheets.PORTRAIT.content());
			assertThat(merge(portrait)).isEqualTo(STMerge.RESTART);
			assertThat(merge(table.getRow(2).getCell(4))).isEqualTo(STMerge.CONTINUE);
			assertThat(document.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void thePortraitKeepsTheProportionsOfATwoInchPhoto() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			XWPFPicture portrait = pictures(table(document).getRow(0).getCell(4)).get(0);
			// 35 × 49 mm, 1985 × 2778 twips, in EMU
			assertThat(portrait.getWidth()).isCloseTo(1985 / 20.0, org.assertj.core.data.Offset.offset(0.5));
			assertThat(portrait.getDepth()).isCloseTo(2778 / 20.0, org.assertj.core.data.Offset.offset(0.5));
		}
	}

	@Test
	void photosOfTheDeedsGoInARowOfTheirOwnWhenTheFormHasNoPortraitSlot() throws IOException {
		try (XWPFDocument document = render(Sheets.anEnforcerOfSeed000())) {
			XWPFTableRow row = rowStartingWith(document, "照片");
			assertThat(pictures(row.getCell(1))).extracting(picture -> picture.getPictureData().getData())
				.containsExactly(Sheets.SCENE.content(), Sheets.CROWD.content());
			assertThat(cellTexts(table(document)).get(0)).containsExactly("姓名", "孙晓明", "出生年月", "1988.03");
		}
	}

	@Test
	void aPortraitWithNoShortFieldsToStandBesideGoesToThePhotoRow() throws IOException {
		NominationSheet sheet = new NominationSheet("推荐表", "直属一中队", "最美综合执法人", "孙晓明",
				List.of(new Field("主要事迹", "执法为民。", Layout.LONG)), Sheets.PORTRAIT, List.of(Sheets.SCENE), List.of());
		try (XWPFDocument document = render(sheet)) {
			assertThat(pictures(rowStartingWith(document, "照片").getCell(1)))
				.extracting(picture -> picture.getPictureData().getData())
				.containsExactly(Sheets.PORTRAIT.content(), Sheets.SCENE.content());
		}
	}

	@Test
	void opinionsPrintTheVerdictTextSignerDateAndTheSealMarkerWhereSealed() throws IOException {
		try (XWPFDocument document = render(Sheets.aDeedWithItsTeamOfSeed000())) {
			assertThat(rowStartingWith(document, "部门负责人意见").getCell(1).getText()).isEqualTo("同意签字：王强2021年10月8日");
			assertThat(paragraphs(rowStartingWith(document, "镇街（功能区、保护区）意见").getCell(1)))
				.containsExactly("同意", "派驻中队申报事项属实。", "签字：赵镇", "（盖章）", "2021年10月9日");
			assertThat(rowStartingWith(document, "分管（联系）局领导意见").getCell(1).getText()).contains("毕雷鸣", "2021年10月10日");
		}
	}

	@Test
	void anOpinionNotYetGivenLeavesBlanksToFillInByHand() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			assertThat(paragraphs(rowStartingWith(document, "洛阳市委党史学习教育领导小组审批意见").getCell(1)))
				.containsExactly("签字：", "（盖章）", "      年      月      日");
		}
	}

	@Test
	void theOpinionsComeLastInChainOrder() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			List<List<String>> rows = cellTexts(table(document));
			assertThat(rows.subList(rows.size() - 3, rows.size())).extracting(row -> row.get(0))
				.containsExactly("工作单位意见", "工作单位纪检监察部门意见", "洛阳市委党史学习教育领导小组审批意见");
		}
	}

	@Test
	void everyRowSpansTheWholeGridSoWordDrawsNoRaggedEdge() throws IOException {
		for (NominationSheet sheet : List.of(Sheets.aPartyMemberOfSeed003(), Sheets.aDeedWithItsTeamOfSeed000(),
				Sheets.anEnforcerOfSeed000())) {
			try (XWPFDocument document = render(sheet)) {
				int columns = gridColumns(document);
				int width = table(document).getCTTbl()
					.getTblGrid()
					.getGridColList()
					.stream()
					.mapToInt(column -> ((BigInteger) column.getW()).intValue())
					.sum();
				assertThat(width).isEqualTo(NominationDocx.TABLE_WIDTH);
				for (XWPFTableRow row : table(document).getRows()) {
					assertThat(row.getTableCells().stream().mapToInt(NominationDocxTests::span).sum())
						.as(sheet.nomineeName() + ": " + row.getTableCells().get(0).getText())
						.isEqualTo(columns);
				}
			}
		}
	}

	@Test
	void thePageIsA4AndTheTextIsSetInAChineseFontWithTimesNewRomanForDigits() throws IOException {
		try (XWPFDocument document = render(Sheets.aPartyMemberOfSeed003())) {
			CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(((BigInteger) size.getW()).intValue()).isEqualTo(11906);
			assertThat(((BigInteger) size.getH()).intValue()).isEqualTo(16838);
			List<XWPFRun> runs = new ArrayList<>();
			document.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
			table(document).getRows()
				.forEach(row -> row.getTableCells()
					.forEach(cell -> cell.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()))));
			assertThat(runs).filteredOn(run -> !run.getEmbeddedPictures().isEmpty() || !run.text().isBlank())
				.isNotEmpty()
				.filteredOn(run -> run.getEmbeddedPictures().isEmpty())
				.allSatisfy(run -> {
					assertThat(run.getFontFamily(FontCharRange.eastAsia)).isIn("FangSong", "SimHei");
					assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo("Times New Roman");
				});
		}
	}

	@Test
	void theWordsThatAreNotTheCallersFollowTheLocale() throws IOException {
		NominationSheet sheet = new NominationSheet("Nomination form", "Unit One", "Best Officer", "Sun",
				List.of(new Field("Name", "Sun", Layout.SHORT)), null, List.of(),
				List.of(new Opinion("Head of unit", "Agreed", null, "Liu", java.time.LocalDate.of(2021, 10, 8), true)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.docx.write(sheet, Locale.ENGLISH, out);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(text(document)).contains("Nominated by: Unit One", "Category: Best Officer", "Signature: Liu",
					"(seal)", "8 October 2021");
		}
	}

	@Test
	void aBatchZipHoldsOneDocumentPerNominationNamedAsTheSeedSays() throws IOException {
		List<NominationSheet> sheets = List.of(Sheets.aPartyMemberOfSeed003(), Sheets.aDeedWithItsTeamOfSeed000(),
				Sheets.anEnforcerOfSeed000(), Sheets.aPartyMemberOfSeed003());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.docx.writeBatch(sheets, CHINESE, out);
		List<String> names = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()),
				java.nio.charset.StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()))) {
					texts.add(text(document));
				}
			}
		}
		assertThat(names).containsExactly("【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某.docx",
				"【推荐表】派驻黄岛街道中队+综合执法系统最感动群众十件实事+老旧小区违建清零暖民心.docx", "【推荐表】直属一中队+最美综合执法人+孙晓明.docx",
				"【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某(2).docx");
		assertThat(texts.get(1)).contains(Sheets.DEED_TEXT);
		assertThat(texts.get(2)).contains("孙晓明");
	}

	private XWPFDocument render(NominationSheet sheet) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.docx.write(sheet, CHINESE, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	private static String text(XWPFDocument document) throws IOException {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static XWPFTable table(XWPFDocument document) {
		assertThat(document.getTables()).hasSize(1);
		return document.getTables().get(0);
	}

	private static List<List<String>> cellTexts(XWPFTable table) {
		return table.getRows().stream().map(row -> row.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
	}

	private static XWPFTableRow rowStartingWith(XWPFDocument document, String label) {
		return table(document).getRows()
			.stream()
			.filter(row -> row.getCell(0).getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row labelled " + label));
	}

	private static List<String> paragraphs(XWPFTableCell cell) {
		return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
	}

	private static List<XWPFPicture> pictures(XWPFTableCell cell) {
		return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).toList();
	}

	private static int gridColumns(XWPFDocument document) {
		return table(document).getCTTbl().getTblGrid().sizeOfGridColArray();
	}

	private static int width(XWPFTableCell cell) {
		return ((BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue();
	}

	private static int span(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return (properties.isSetGridSpan()) ? properties.getGridSpan().getVal().intValue() : 1;
	}

	private static STMerge.Enum merge(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties.isSetVMerge() ? properties.getVMerge().getVal() : null;
	}

}
