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

import cn.laurel.documents.OfficialDocument.Block;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003 附件4: the 推荐表 and the 典型事迹材料 in one Word file named 【推荐表】推荐单位+推荐项目+名称, the material in
 * 2号方正小标宋简体 (title), 3号楷体 (subtitle), 3号仿宋 at a fixed 28 pt line (body), 3号黑体 (一级标题), margins of
 * 3.7/3.5/2.7/2.7 cm and page numbers centred in 4号宋体, read back from the document's XML.
 */
class DeedMaterialDocxTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final String MATERIAL = """
			聚焦“一老一小”办实事 持续提升群众满意度

			张某同志扎根社区一线12年，带领居民解决急难愁盼问题300余件。
			一、把老人的事当作自家的事
			她建立独居老人“每日一问”台账，覆盖辖区老人1200人。
			二、让孩子有个好去处
			她牵头建成“四点半课堂”，服务双职工家庭子女。""";

	private final DeedMaterialDocx docx = new DeedMaterialDocx(
			new NominationDocx(Sheets.messages(), new DocumentNames(Sheets.messages())),
			new DocumentNames(Sheets.messages()));

	static DeedMaterial material() {
		return DeedMaterial.of(MATERIAL, "——张某同志典型事迹材料", "张某");
	}

	@Test
	void theMaterialsFirstShortLineIsItsTitleAndNumberedShortLinesAreItsHeadings() {
		DeedMaterial material = material();
		assertThat(material.title()).isEqualTo("聚焦“一老一小”办实事 持续提升群众满意度");
		assertThat(material.blocks()).extracting(Block::kind)
			.containsExactly(OfficialDocument.Kind.PARAGRAPH, OfficialDocument.Kind.HEADING,
					OfficialDocument.Kind.PARAGRAPH, OfficialDocument.Kind.HEADING, OfficialDocument.Kind.PARAGRAPH);
		DeedMaterial untitled = DeedMaterial.of("张某同志扎根社区一线12年。\n一、她建台账，覆盖老人1200人，此后又坚持走访十二年，记录的台账堆满了社区的柜子，群众都说她是贴心人。",
				"——张某同志典型事迹材料", "张某");
		assertThat(untitled.title()).isEqualTo("张某");
		assertThat(untitled.blocks()).extracting(Block::kind)
			.containsOnly(OfficialDocument.Kind.PARAGRAPH);
	}

	@Test
	void theFileIsNamedAsTheSeedAsksAndHoldsTheFormThenTheMaterial() throws IOException {
		NominationSheet sheet = Sheets.aPartyMemberOfSeed003();
		assertThat(this.docx.fileName(sheet, CHINESE)).isEqualTo("【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某.docx");
		try (XWPFDocument document = render()) {
			assertThat(document.getTables()).hasSize(1);
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts.get(0)).isEqualTo(sheet.title());
			assertThat(texts).containsSubsequence("聚焦“一老一小”办实事 持续提升群众满意度", "——张某同志典型事迹材料", "",
					"张某同志扎根社区一线12年，带领居民解决急难愁盼问题300余件。", "一、把老人的事当作自家的事");
			int formEnd = texts.indexOf("聚焦“一老一小”办实事 持续提升群众满意度") - 1;
			CTSectPr formSection = document.getParagraphs().get(formEnd).getCTP().getPPr().getSectPr();
			assertThat(formSection).as("the form ends its own section, without page numbers").isNotNull();
			assertThat(formSection.getFooterReferenceList()).isEmpty();
		}
	}

	@Test
	void theMaterialIsTypesetWithTheFontsSizesAndSpacingOfAttachment4() throws IOException {
		try (XWPFDocument document = render()) {
			XWPFParagraph title = paragraph(document, "聚焦");
			assertRun(title, "方正小标宋简体", 22);
			assertThat(title.getCTP().getPPr().getJc().getVal()).isEqualTo(STJc.CENTER);
			assertThat(((BigInteger) title.getCTP().getPPr().getSpacing().getBefore()).intValue())
				.as("two blank lines of 28 pt above the title").isEqualTo(2 * 560);
			XWPFParagraph subtitle = paragraph(document, "——张某同志");
			assertRun(subtitle, "楷体_GB2312", 16);
			assertThat(subtitle.getCTP().getPPr().getJc().getVal()).isEqualTo(STJc.CENTER);
			XWPFParagraph body = paragraph(document, "她建立独居老人");
			assertRun(body, "仿宋_GB2312", 16);
			assertFixed28(body);
			assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
			XWPFParagraph heading = paragraph(document, "二、让孩子");
			assertRun(heading, "黑体", 16);
			assertFixed28(heading);
		}
	}

	@Test
	void theMaterialsPageHasTheSeedsMarginsAndCentredPageNumbersFromOneInSizeFourSong() throws IOException {
		try (XWPFDocument document = render()) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			CTPageMar margins = section.getPgMar();
			// 3.7 cm, 3.5 cm and 2.7 cm at 1440 twips to the inch
			assertThat(((BigInteger) margins.getTop()).intValue()).isEqualTo(2098);
			assertThat(((BigInteger) margins.getBottom()).intValue()).isEqualTo(1984);
			assertThat(((BigInteger) margins.getLeft()).intValue()).isEqualTo(1531);
			assertThat(((BigInteger) margins.getRight()).intValue()).isEqualTo(1531);
			assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
			assertThat(section.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
			assertThat(section.getFooterReferenceList()).hasSize(1);
			XWPFFooter footer = document.getFooterArray(0);
			XWPFParagraph number = footer.getParagraphs().get(0);
			assertThat(number.getCTP().getPPr().getJc().getVal()).isEqualTo(STJc.CENTER);
			assertThat(number.getCTP().xmlText()).contains("PAGE");
			for (XWPFRun run : number.getRuns()) {
				CTRPr properties = run.getCTR().getRPr();
				assertThat(properties.getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
				assertThat(properties.getRFontsArray(0).getAscii()).isEqualTo("宋体");
				assertThat(((BigInteger) properties.getSzArray(0).getVal()).intValue()).isEqualTo(28);
			}
		}
	}

	@Test
	void aBatchHoldsOneMergedFilePerNominationByTheSeedsNames() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.docx.writeBatch(List.of(new DeedMaterialDocx.Filed(Sheets.aPartyMemberOfSeed003(), material()),
				new DeedMaterialDocx.Filed(Sheets.aPartyMemberOfSeed003(), material())), CHINESE, out);
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				names.add(entry.getName());
				try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(zip.readAllBytes()))) {
					assertThat(document.getFooterArray(0)).isNotNull();
				}
			}
		}
		assertThat(names).containsExactly("【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某.docx",
				"【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某(2).docx");
	}

	private XWPFDocument render() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.docx.write(new DeedMaterialDocx.Filed(Sheets.aPartyMemberOfSeed003(), material()), CHINESE, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String start) {
		return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
	}

	/** The run's East Asian font as Word looks it up, and its size (the XML keeps half-points). */
	private static void assertRun(XWPFParagraph paragraph, String font, int points) {
		CTRPr properties = paragraph.getRuns().get(0).getCTR().getRPr();
		assertThat(properties.getRFontsArray(0).getEastAsia()).isEqualTo(font);
		assertThat(((BigInteger) properties.getSzArray(0).getVal()).intValue()).isEqualTo(points * 2);
	}

	private static void assertFixed28(XWPFParagraph paragraph) {
		CTSpacing spacing = paragraph.getCTP().getPPr().getSpacing();
		assertThat(spacing.getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
		assertThat(((BigInteger) spacing.getLine()).intValue()).isEqualTo(560);
		assertThat(((BigInteger) paragraph.getCTP().getPPr().getInd().getFirstLine()).intValue()).isEqualTo(640);
	}

}
