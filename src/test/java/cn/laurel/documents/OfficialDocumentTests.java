package cn.laurel.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import cn.laurel.documents.OfficialDocument.Block;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * 公文 per GB/T 9704-2012: Chinese dates, whole words in titles, deeds cut at sentence ends, the red mark, rule and
 * seal on the rendered page, PDF and Word alike.
 */
class OfficialDocumentTests {

	static final String TITLE = "关于表彰首届“最美综合执法人”暨“最感动群众十件实事”先进典型和优秀组织单位的决定";

	static OfficialDocument decision(byte[] seal) {
		return new OfficialDocument("青岛西海岸新区综合行政执法局", "西执党〔2026〕12号", TITLE,
				"局机关各科室、各直属单位、各中队",
				List.of(Block.paragraph("经局党组会二〇二六年十二月七日研究，决定对以下先进典型予以表彰。"),
						Block.heading("一、最美综合执法人（2名）"), Block.paragraph("王立新（直属一中队）"),
						Block.paragraph("李喆华（派驻灵珠山中队）")),
				LocalDate.of(2026, 12, 7), seal);
	}

	@Test
	void theDateIsWrittenInChineseNumeralsAsOfficesDo() {
		assertThat(OfficialDocument.chineseDate(LocalDate.of(2026, 12, 7))).isEqualTo("二〇二六年十二月七日");
		assertThat(OfficialDocument.chineseDate(LocalDate.of(2021, 10, 20))).isEqualTo("二〇二一年十月二十日");
		assertThat(OfficialDocument.chineseDate(LocalDate.of(2030, 1, 31))).isEqualTo("二〇三〇年一月三十一日");
	}

	@Test
	void deedsAreCutAtTheLastSentenceEndWithinTheLimit() {
		String deeds = "他扎根一线十五年。带队查处违建三百余处！群众送来锦旗“为民办实事”。此后又牵头整治背街小巷并建立长效机制";
		assertThat(OfficialDocument.sentences(deeds, 30)).isEqualTo("他扎根一线十五年。带队查处违建三百余处！");
		assertThat(OfficialDocument.sentences(deeds, 40)).isEqualTo("他扎根一线十五年。带队查处违建三百余处！群众送来锦旗“为民办实事”。");
		assertThat(OfficialDocument.sentences("他扎根一线十五年。带队查处违建三百…", 150)).isEqualTo("他扎根一线十五年。");
		assertThat(OfficialDocument.sentences("短句完整", 150)).isEqualTo("短句完整");
		assertThat(OfficialDocument.sentences("第一句很长很长很长很长。第二句", 5)).isEqualTo("第一句很长很长很长很长。");
	}

	@Test
	void theCampaignsTitleLosesATrailingSelectionWordSoTitlesDoNotRepeatIt() {
		assertThat(OfficialDocument.honourName("首届“最美综合执法人”暨“最感动群众十件实事”评选"))
			.isEqualTo("首届“最美综合执法人”暨“最感动群众十件实事”");
		assertThat(OfficialDocument.honourName("临沂市第六届“最美城管人”评选活动")).isEqualTo("临沂市第六届“最美城管人”");
	}

	@Test
	void aLongTitleBreaksOnlyWhereAWordEndsAndNeverInsideAQuotation() {
		List<String> lines = OfficialDocument.titleLines(TITLE, text -> text.length() * 22.0, 442);
		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join("", lines)).isEqualTo(TITLE);
		assertThat(lines.get(lines.size() - 1)).endsWith("的决定").hasSizeGreaterThan(3);
		for (String line : lines) {
			assertThat(line.chars().filter(c -> c == '“').count()).isEqualTo(line.chars().filter(c -> c == '”').count());
		}
	}

	@Test
	void thePdfCarriesTheIssuerNumberTitleAndChineseDateWithItsFontsEmbeddedAndTheSeal() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OfficialPdf.write(decision(seal()), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("青岛西海岸新区综合行政执法局", "西执党〔2026〕12号", "二〇二六年十二月七日",
					"局机关各科室、各直属单位、各中队：", "王立新（直属一中队）", "李喆华", "— 1 —");
			List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).toList();
			assertThat(lines).anySatisfy(line -> assertThat(line).endsWith("的决定").hasSizeGreaterThan(3));
			assertThat(lines).noneMatch(line -> line.equals("定") || line.endsWith("决"));
			PDResources resources = pdf.getPage(0).getResources();
			assertThat(resources.getFontNames()).hasSizeGreaterThanOrEqualTo(2);
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
			}
			long images = 0;
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
				}
			}
			assertThat(images).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, offset(1f));
			// no page holds only the signature: the last lines of 正文 go with it
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(pdf.getNumberOfPages());
			lastPage.setEndPage(pdf.getNumberOfPages());
			assertThat(lastPage.getText(pdf)).contains("李喆华（派驻灵珠山中队）", "二〇二六年十二月七日");
		}
	}

	@Test
	void theRenderedPagesShowTheRedIssuerMarkTheRedSeparatorAndTheSealOverTheDate() throws IOException {
		List<BufferedImage> sealed = pages(decision(ring()));
		BufferedImage first = sealed.get(0);
		int width = first.getWidth();
		int height = first.getHeight();
		// the 发文机关标志 in red in the top part of the first page
		assertThat(redPixels(first, 0, 0, width, height / 3)).isGreaterThan(200);
		// the separator: one red rule across most of the 版心
		int separator = -1;
		for (int y = 0; y < height / 2 && separator < 0; y++) {
			if (redPixels(first, 0, y, width, y + 1) > width / 2) {
				separator = y;
			}
		}
		assertThat(separator).as("a red rule across the page").isPositive();
		// the seal over the 署名 and date on the last page, in its right half, absent from the unsealed document
		BufferedImage last = sealed.get(sealed.size() - 1);
		List<BufferedImage> unsealed = pages(decision(null));
		int top = sealed.size() == 1 ? separator + 2 : 0;
		assertThat(redPixels(unsealed.get(unsealed.size() - 1), width / 2, top, width, height)).isZero();
		assertThat(redPixels(last, width / 2, top, width, height)).isGreaterThan(200);
	}

	private static List<BufferedImage> pages(OfficialDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OfficialPdf.write(document, out);
		List<BufferedImage> pages = new ArrayList<>();
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			PDFRenderer renderer = new PDFRenderer(pdf);
			for (int page = 0; page < pdf.getNumberOfPages(); page++) {
				pages.add(renderer.renderImageWithDPI(page, 72));
			}
		}
		return pages;
	}

	/** A seal as offices scan it: a thick red ring on a transparent ground. */
	private static byte[] ring() throws IOException {
		BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.setStroke(new BasicStroke(16));
		graphics.drawOval(12, 12, 216, 216);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static int redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
		int red = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				Color colour = new Color(image.getRGB(x, y));
				red += colour.getRed() > 150 && colour.getGreen() < 90 && colour.getBlue() < 90 ? 1 : 0;
			}
		}
		return red;
	}

	@Test
	void theTitleIsSetInTheXiaobiaosongStandInTheBodyInTheFangsongOneAndTheHeadingInTheHeitiOne() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OfficialPdf.write(decision(null), out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			PDResources resources = pdf.getPage(0).getResources();
			List<String> fonts = new ArrayList<>();
			for (var name : resources.getFontNames()) {
				assertThat(resources.getFont(name).isEmbedded()).isTrue();
				fonts.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
			}
			assertThat(fonts).contains("NotoSerifSC-Bold", "NotoSerifSC-Regular", "NotoSansSC-Regular");
		}
	}

	@Test
	void theWordFileHasTheSameTextsTheOfficesFontsAndTheStandardsMargins() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OfficialDocx.write(decision(null), out);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("青岛西海岸新区综合行政执法局", "西执党〔2026〕12号",
					"局机关各科室、各直属单位、各中队：", "王立新（直属一中队）", "二〇二六年十二月七日");
			assertThat(String.join("", paragraphs).replace("\n", "")).contains(TITLE);
			XWPFParagraph mark = docx.getParagraphs().get(0);
			assertThat(mark.getRuns().get(0).getColor()).isEqualTo("E60012");
			assertThat(mark.getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
				.isEqualTo(OfficialDocx.XIAOBIAOSONG);
			XWPFParagraph body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("王立新")).findFirst()
				.orElseThrow();
			assertThat(body.getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
				.isEqualTo(OfficialDocx.FANGSONG);
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(body.getSpacingBetween()).isEqualTo(28.0);
			var margins = docx.getDocument().getBody().getSectPr().getPgMar();
			assertThat(((BigInteger) margins.getTop()).intValue()).isEqualTo(2098);
			assertThat(((BigInteger) margins.getLeft()).intValue()).isEqualTo(1587);
		}
	}

	static byte[] seal() throws IOException {
		BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.drawOval(5, 5, 110, 110);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
