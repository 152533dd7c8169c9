package cn.laurel.award;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Images;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import cn.laurel.publicity.Publicity;
import cn.laurel.publicity.PublicityFixtures;
import cn.laurel.publicity.ShortlistEntry;
import cn.laurel.system.Refusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the decision: certificates (one and the batch), the plaque list, the public honour roll, and the signed
 * package carried from one campaign into another.
 */
@LaurelIntegrationTest
@Import(PublicityFixtures.Beans.class)
class HonoursTests {

	private static final String TEAM = "先锋服务队";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	AwardDecisions decisions;

	@Autowired
	Certificates certificates;

	@Autowired
	Issuers issuers;

	@Autowired
	FilingPackages packages;

	@Autowired
	TrustedKeys trusted;

	@Autowired
	Publicity publicity;

	@Autowired
	NominationDriver workflow;

	@Autowired
	PublicityFixtures.SettableClock clock;

	@Autowired
	PublicityFixtures.FixedShortlist ranking;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	NominationScenario scenario;

	long campaignId;

	List<Nomination> made;

	/** 周五 (a person) and 先锋服务队 (an organisation) decided on 12 October 2026; 吴六 nominated but not shortlisted. */
	@BeforeEach
	void decideTwoHonourees() {
		this.clock.reset();
		this.scenario = this.scenarios.create();
		Category category = PublicityFixtures.openCategory(this.scenario, NomineeKind.PERSON);
		this.campaignId = category.getCampaignId();
		this.made = PublicityFixtures.candidates(this.scenario, this.workflow, category, List.of("周五", TEAM, "吴六"));
		ShortlistEntry team = PublicityFixtures.entry(this.made.get(1), category, 2, TEAM, null);
		this.ranking.rank(this.campaignId, List.of(PublicityFixtures.entry(this.made.get(0), category, 1, "周五", null),
				new ShortlistEntry(team.nominationId(), team.categoryId(), team.categoryName(), 0, 2, TEAM,
						team.unitName(), team.deedSummary(), null, NomineeKind.COLLECTIVE)),
				List.of());
		AwardFixtures.publiciseAndDecide(this.scenario, this.campaignId, this.publicity, this.decisions, this.clock);
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	RequestPostProcessor organiser() {
		return organiser(this.scenario.organiser);
	}

	RequestPostProcessor organiser(LaurelUser who) {
		return user(this.users.loadUserByUsername(who.getUsername()));
	}

	String base() {
		return "/campaigns/" + this.campaignId + "/award";
	}

	@Test
	void aCertificateNamesItsHonoureeInAnEmbeddedFontOverTheUploadedBackground() throws Exception {
		as(this.scenario.organiser, () -> this.certificates.background(this.campaignId, "底图.png",
				PublicityFixtures.png()));
		byte[] pdf = this.mvc.perform(get(base() + "/certificates/" + this.made.get(0).getId() + ".pdf")
			.with(organiser())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, "周五", "荣誉证书", "二〇二六年十月十二日", "2026-001");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("局党组会");
		}
	}

	@Test
	void theCertificateIsIssuedByTheCampaignsIssuingBodyNotTheDecidingMeeting() throws Exception {
		as(this.scenario.organiser, () -> this.issuers.describe(this.campaignId,
				new Issuer("青岛西海岸新区综合行政执法局", null, null, null, null, null, false)));
		byte[] pdf = this.mvc.perform(get("/api/v1/campaigns/" + this.campaignId + "/award/certificates/"
				+ this.made.get(1).getId() + ".pdf").with(organiser())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(pdf, TEAM + "：", "青岛西海岸新区综合行政执法局");
	}

	@Test
	void theLayoutPageShowsAPreviewOfThePlacesAsTypedBeforeTheyAreSaved() throws Exception {
		this.mvc.perform(post(base() + "/certificate-preview").with(organiser()).with(csrf())
			.param("previewKind", "COLLECTIVE")
			.param("size.HEADING", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")));
		this.mvc.perform(post(base() + "/certificate-preview").with(organiser()).with(csrf()).param("x.NAME", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出版面")));
		assertThat(as(this.scenario.organiser, () -> this.certificates.template(this.campaignId))
			.placement(CertificateField.HEADING).size()).isEqualTo(54);
	}

	@Test
	void theApiSavesTheTemplatePreviewsItAsPngAndRefusesAPlaceOffThePageAsAProblem() throws Exception {
		String api = "/api/v1/campaigns/" + this.campaignId + "/award";
		this.mvc.perform(put(api + "/certificate-template").with(organiser()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"honourTitle\":\"最美城管人\",\"layout\":{\"NAME\":{\"xMm\":40,\"yMm\":90,\"size\":28}}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.honourTitle").value("最美城管人"))
			.andExpect(jsonPath("$.layout.NAME.xMm").value(40.0))
			.andExpect(jsonPath("$.layout.HEADING.size").value(54.0));
		byte[] png = this.mvc.perform(post(api + "/certificate-preview").with(organiser()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PERSON\"}"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThan(500);
		this.mvc.perform(put(api + "/certificate-template").with(organiser()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"layout\":{\"NAME\":{\"xMm\":400,\"yMm\":90,\"size\":28}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].code").value("award.certificate.outside"));
	}

	@Test
	void aBackgroundOfTooManyPixelsIsRefusedBeforeItIsDecoded() {
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.certificates.background(this.campaignId,
				"巨图.png", Images.hugePng(20_000, 20_000))))
			.isInstanceOf(AwardRefused.class)
			.satisfies(refused -> assertThat(((AwardRefused) refused).reasons()).extracting(Refusal.Reason::code)
				.containsExactly("award.certificate.background-pixels"));
	}

	@Test
	void aBackgroundIsAcceptedOnlyWhenItsBytesAreAPicture() {
		assertThatThrownBy(() -> as(this.scenario.organiser, () -> this.certificates.background(this.campaignId,
				"底图.png", "not a picture".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(AwardRefused.class)
			.satisfies(refused -> assertThat(((AwardRefused) refused).reasons()).extracting(Refusal.Reason::code)
				.containsExactly("award.certificate.background-type"));
	}

	@Test
	void aFieldPlacedOffThePageIsRefusedAndTheTypedPlacesAreShownAgain() throws Exception {
		this.mvc.perform(post(base() + "/certificate-template").with(organiser()).with(csrf())
			.param("honourTitle", "最美综合执法人")
			.param("x.NAME", "400"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出版面")))
			.andExpect(content().string(containsString("最美综合执法人")))
			.andExpect(content().string(containsString("400")));
	}

	@Test
	void theBatchMakesOneCertificatePerHonoureeInAZip() throws Exception {
		String fragment = this.mvc.perform(post(base() + "/certificates").with(organiser()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher id = Pattern.compile("jobs/([0-9a-f-]{36})").matcher(fragment);
		assertThat(id.find()).isTrue();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> as(this.scenario.organiser, () -> this.certificates.batch(this.campaignId, id.group(1)))
				.isFinished());
		this.mvc.perform(get(base() + "/certificates/jobs/" + id.group(1)).with(organiser()))
			.andExpect(content().string(containsString("certificates.zip")));
		byte[] zip = this.mvc.perform(get(base() + "/certificates/jobs/" + id.group(1) + "/certificates.zip")
			.with(organiser())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		Map<String, byte[]> files = unzip(zip);
		assertThat(files).containsOnlyKeys("证书-周五.pdf", "证书-" + TEAM + ".pdf");
		PublicityFixtures.assertPdfNamesWithEmbeddedFonts(files.get("证书-" + TEAM + ".pdf"), TEAM);
	}

	@Test
	void thePlaqueListListsOrganisationsOnly() throws Exception {
		byte[] xlsx = this.mvc.perform(get(base() + "/plaques.xlsx").with(organiser()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(TEAM);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains(TEAM, "二〇二六年十月")
				.doesNotContain("局党组会");
		}
	}

	@Test
	void theHonourRollShowsTheWinnersWithoutPersonalDataFromTheAnnouncementUntilItsLastDay() throws Exception {
		this.scenario.skipTo(this.campaignId, CampaignPhase.DECISION);
		this.mvc.perform(get("/public/honours/" + this.campaignId)).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/honours/" + this.campaignId + "/" + this.made.get(0).getId()))
			.andExpect(status().isNotFound());

		this.scenario.skipTo(this.campaignId, CampaignPhase.ANNOUNCEMENT);
		this.mvc.perform(get("/public/honours/" + this.campaignId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("周五")))
			.andExpect(content().string(containsString(TEAM)))
			.andExpect(content().string(containsString("周五扎根一线，服务群众。")))
			.andExpect(content().string(not(containsString("吴六"))))
			.andExpect(content().string(not(containsString("13800138000"))))
			.andExpect(content().string(not(containsString("1985.06"))));
		String photos = "/public/honours/" + this.campaignId + "/photos/";
		this.mvc.perform(get(photos + this.made.get(0).getId()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc.perform(get(photos + this.made.get(2).getId())).andExpect(status().isNotFound());
		String page = "/public/honours/" + this.campaignId + "/";
		this.mvc.perform(get(page + this.made.get(0).getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"vote-name\">周五</h1>")))
			.andExpect(content().string(containsString(">扎根一线，服务群众。</p>")))
			.andExpect(content().string(not(containsString("13800138000"))));
		this.mvc.perform(get(page + this.made.get(2).getId())).andExpect(status().isNotFound());
		this.clock.set(LocalDate.of(2027, 10, 12));
		this.mvc.perform(get("/public/honours/" + this.campaignId)).andExpect(status().isOk());
		this.mvc.perform(get("/public")).andExpect(content().string(containsString("/public/honours/" + this.campaignId)));
		this.clock.set(LocalDate.of(2027, 10, 13));
		this.mvc.perform(get("/public/honours/" + this.campaignId)).andExpect(status().isNotFound());
		this.mvc.perform(get(photos + this.made.get(0).getId())).andExpect(status().isNotFound());
		this.mvc.perform(get(page + this.made.get(0).getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/public"))
			.andExpect(content().string(not(containsString("/public/honours/" + this.campaignId + "\""))));
	}

	@Test
	void theOrganiserMayEndTheRollEarlier() throws Exception {
		this.mvc.perform(post(base() + "/roll").with(organiser()).with(csrf()).param("until", "2026-10-31"))
			.andExpect(status().is3xxRedirection());
		this.clock.set(LocalDate.of(2026, 11, 1));
		this.mvc.perform(get("/public/honours/" + this.campaignId)).andExpect(status().isNotFound());
	}

	@Test
	void thePackageCarriesTheHonoureesIntoAnotherCampaignAsNominationsAtPreliminaryReview() throws Exception {
		byte[] zip = packageOfTheFirstCampaign();
		Map<String, byte[]> files = unzip(zip);
		String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
		assertThat(manifest).contains("周五", "局党组会", "执法党〔2026〕12号", "sha256").doesNotContain("13800138000");
		assertThat(files).containsKeys("decision.pdf", "manifest.sig");
		assertThat(files.keySet()).filteredOn(name -> name.startsWith("forms/") && name.endsWith(".docx")).hasSize(2);
		// the Word forms leave the office masked, like the manifest
		StringBuilder forms = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			if (file.getKey().startsWith("forms/")) {
				forms.append(docxText(file.getValue()));
			}
		}
		assertThat(forms).contains("周五", "138****8000").doesNotContain("13800138000");
		assertThat(files.keySet()).filteredOn(name -> name.startsWith("photos/")).containsExactly("photos/01-1.jpg",
				"photos/02-1.jpg");
		assertThat(files.get("photos/01-1.jpg")).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(manifest).contains("\"photos\":[\"photos/01-1.jpg\"]");

		Receiver receiver = new Receiver();
		this.mvc.perform(multipart(receiver.base() + "/import").file(new MockMultipartFile("file", "result.zip",
				"application/zip", zip))
			.param("categoryId", String.valueOf(receiver.category.getId()))
			.param("unitId", String.valueOf(receiver.sender.getId()))
			.with(organiser(receiver.scenario.organiser))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("已核验并导入2个")));
		List<Nomination> imported = as(receiver.scenario.organiser,
				() -> this.workflow.ofCampaign(receiver.category.getCampaignId())
					.stream()
					.map(summary -> this.workflow.read(summary.id()))
					.toList());
		assertThat(imported).extracting(n -> n.getAnswers().value("name")).containsExactlyInAnyOrder("周五", TEAM);
		assertThat(imported).allSatisfy(n -> {
			assertThat(n.getStatus()).isEqualTo(NominationStatus.IN_REVIEW);
			assertThat(n.getUnitId()).isEqualTo(receiver.sender.getId());
			assertThat(n.getAnswers().value("phone")).isEmpty();
			assertThat(n.getHistory()).singleElement().satisfies(line -> assertThat(line.reason()).contains("局党组会"));
			assertThat(as(receiver.scenario.organiser, () -> this.workflow.filesOf(n.getId()))).singleElement()
				.satisfies(file -> assertThat(file.purpose()).isEqualTo(FilePurpose.PHOTO));
		});
		assertThatThrownBy(() -> receiver.importing(zip)).isInstanceOf(AwardRefused.class)
			.hasMessageContaining("award.package.already-imported");
	}

	@Test
	void aPackageWithOneByteChangedInAnyFileIsRefusedNamingWhatFailed() throws Exception {
		byte[] zip = packageOfTheFirstCampaign();
		Receiver receiver = new Receiver();
		Map<String, byte[]> files = unzip(zip);
		for (String name : files.keySet()) {
			Map<String, byte[]> tampered = new LinkedHashMap<>(files);
			byte[] changed = files.get(name).clone();
			changed[changed.length / 2] ^= 1;
			tampered.put(name, changed);
			List<String> expected = switch (name) {
				// a changed manifest may no longer even read as JSON; either way it is refused as such
				case "manifest.json" -> List.of("award.package.signature", "award.package.manifest-invalid");
				case "manifest.sig" -> List.of("award.package.signature");
				default -> List.of("award.package.digest");
			};
			assertThatThrownBy(() -> receiver.importing(zip(tampered))).as(name)
				.isInstanceOfSatisfying(AwardRefused.class, refused -> assertThat(refused.reasons())
					.extracting(Refusal.Reason::code)
					.singleElement()
					.isIn(expected));
		}
		byte[] decision = files.get("decision.pdf").clone();
		decision[decision.length / 2] ^= 1;
		Map<String, byte[]> tampered = new LinkedHashMap<>(files);
		tampered.put("decision.pdf", decision);
		this.mvc.perform(multipart(receiver.base() + "/import").file(new MockMultipartFile("file", "result.zip",
				"application/zip", zip(tampered)))
			.param("categoryId", String.valueOf(receiver.category.getId()))
			.param("unitId", String.valueOf(receiver.sender.getId()))
			.with(organiser(receiver.scenario.organiser))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件“decision.pdf”的SHA-256摘要与清单不符")));
		byte[] raw = zip.clone();
		raw[indexOf(raw, "decision.pdf".getBytes(StandardCharsets.UTF_8)) + 200] ^= 1;
		assertThatThrownBy(() -> receiver.importing(raw)).isInstanceOfSatisfying(AwardRefused.class, refused -> {
			assertThat(refused.code()).isEqualTo("award.package.damaged");
			assertThat(refused.reasons().get(0).args().toString()).contains("decision.pdf");
		});
		assertThat(as(receiver.scenario.organiser,
				() -> this.workflow.ofCampaign(receiver.category.getCampaignId()))).isEmpty();
	}

	@Test
	void aPackageSignedWithAKeyNobodyTrustedIsRefusedWithItsFingerprintUntilTheOrganiserTrustsIt() throws Exception {
		Map<String, byte[]> files = unzip(packageOfTheFirstCampaign());
		var foreign = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String foreignKey = Base64.getEncoder().encodeToString(foreign.getPublic().getEncoded());
		ObjectNode manifest = (ObjectNode) this.json.readTree(files.get("manifest.json"));
		manifest.put("publicKey", foreignKey);
		byte[] manifestBytes = this.json.writeValueAsBytes(manifest);
		var signer = Signature.getInstance("Ed25519");
		signer.initSign(foreign.getPrivate());
		signer.update(manifestBytes);
		files.put("manifest.json", manifestBytes);
		files.put("manifest.sig", Base64.getEncoder().encode(signer.sign()));
		byte[] zip = zip(files);
		Receiver receiver = new Receiver();
		assertThatThrownBy(() -> receiver.verifying(zip)).isInstanceOfSatisfying(AwardRefused.class, refused -> {
			assertThat(refused.code()).isEqualTo("award.package.untrusted");
			assertThat(refused.reasons().get(0).args()).contains(SigningKey.fingerprint(foreignKey));
		});
		as(receiver.scenario.organiser, () -> this.trusted.trustForCampaign(receiver.category.getCampaignId(),
				foreignKey, "某县评选办"));
		assertThat(receiver.verifying(zip).fingerprint()).isEqualTo(SigningKey.fingerprint(foreignKey));
	}

	byte[] packageOfTheFirstCampaign() throws Exception {
		return this.mvc.perform(get(base() + "/package.zip").with(organiser()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** A higher-level campaign of another organiser, with the sending unit in the org tree. */
	class Receiver {

		final NominationScenario scenario = HonoursTests.this.scenarios.create();

		final Category category = PublicityFixtures.openCategory(this.scenario, NomineeKind.PERSON);

		final Unit sender = this.scenario.unit(UnitType.CITY_DEPARTMENT, this.scenario.office);

		String base() {
			return "/campaigns/" + this.category.getCampaignId() + "/award";
		}

		FilingPackages.Verified importing(byte[] zip) {
			return as(this.scenario.organiser, () -> HonoursTests.this.packages.importPackage(
					this.category.getCampaignId(), this.category.getId(), this.sender.getId(), zip,
					Locale.SIMPLIFIED_CHINESE));
		}

		FilingPackages.Verified verifying(byte[] zip) {
			return as(this.scenario.organiser,
					() -> HonoursTests.this.packages.verify(this.category.getCampaignId(), zip));
		}

	}

	/** Where {@code part} first occurs in {@code bytes}: in a zip, the local header naming an entry. */
	static int indexOf(byte[] bytes, byte[] part) {
		for (int i = 0; i + part.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
				return i;
			}
		}
		throw new AssertionError("not found");
	}

	private static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	static byte[] zip(Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : new ArrayList<>(files.entrySet())) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
