package cn.laurel.voting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import cn.laurel.LaurelIntegrationTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages without login: what they show, the phone and captcha verification, and what they never show. */
@LaurelIntegrationTest
@Import(VotingTestConfiguration.class)
class PublicVotingPagesTests {

	private static final Pattern CAPTCHA_ID = Pattern.compile("name=\"captchaId\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	VotingTestData data;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VoterKeys keys;

	@Test
	void theLandingPageListsTheCategoriesAndTheCategoryPageTheCandidateCards() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 2);
		PublicCandidate candidate = campaign.first().get(0);

		this.mvc.perform(get("/public/vote/{id}", campaign.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最美综合执法人")))
			.andExpect(content().string(containsString("最感动群众十件实事")))
			.andExpect(content().string(containsString("投票进行中")))
			.andExpect(content().string(containsString("2 位候选")))
			.andExpect(content().string(containsString("name=\"viewport\"")));
		this.mvc.perform(get("/public/vote/{c}/categories/{k}", campaign.id(), campaign.firstCategory()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(candidate.displayName())))
			.andExpect(content().string(containsString(candidate.unitName())))
			.andExpect(content().string(containsString(candidate.summary())))
			.andExpect(content().string(not(containsString(candidate.deeds()))))
			.andExpect(content().string(containsString("/public/vote/candidates/" + candidate.id() + "/photo")))
			.andExpect(content().string(containsString("0 票")))
			.andExpect(content().string(not(containsString("cdn"))));
		this.mvc.perform(get("/public/vote/candidates/{id}/photo", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(TestCatalogue.PHOTO));
	}

	@Test
	void theCandidatePageShowsTheWholeDeedTextAndOffersTheVoteAndAShareLink() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		PublicCandidate candidate = campaign.first().get(0);

		this.mvc.perform(get("/public/vote/candidates/{id}", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(candidate.deeds())))
			.andExpect(content().string(containsString("投 TA 一票")))
			.andExpect(content().string(containsString("value=\"http://localhost/public/vote/candidates/" + candidate.id() + "\"")))
			.andExpect(content().string(containsString("data-copy=\"share-url\"")));
	}

	@Test
	void theSharePosterIsAPhoneSizedPictureWhoseQrCodeLeadsToTheCandidatesPage() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		PublicCandidate candidate = campaign.first().get(0);
		this.mvc.perform(get("/public/vote/candidates/{id}", candidate.id()))
			.andExpect(content().string(containsString("/public/vote/candidates/" + candidate.id() + "/poster.png")));

		byte[] png = this.mvc.perform(get("/public/vote/candidates/{id}/poster.png", candidate.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		BufferedImage poster = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(poster.getWidth()).isEqualTo(SharePoster.WIDTH);
		assertThat(poster.getHeight()).isEqualTo(SharePoster.HEIGHT);
		// as a phone's camera aimed at the code sees it: the poster's lower left, not the photo and the glyphs above
		BufferedImage code = poster.getSubimage(0, SharePoster.HEIGHT - 400, SharePoster.WIDTH / 2, 400);
		Result qr = new QRCodeReader().decode(
				new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
				Map.of(DecodeHintType.TRY_HARDER, true));
		assertThat(qr.getText()).isEqualTo("http://localhost/public/vote/candidates/" + candidate.id());
		this.mvc.perform(get("/public/vote/candidates/{id}/poster.png", 987654321L)).andExpect(status().isNotFound());
	}

	@Test
	void thePosterShowsTheDeedsUpToASentenceEnd() {
		String deeds = "扎根一线二十年，累计办理案件三千余件，群众满意率百分之百。" + "坚持每周走访社区，收集群众诉求并逐一回复，推动解决老旧小区违建问题四十余处。"
				+ "带领中队获评省级文明执法示范单位。";
		assertThat(SharePoster.excerpt(deeds)).isEqualTo("扎根一线二十年，累计办理案件三千余件，群众满意率百分之百。"
				+ "坚持每周走访社区，收集群众诉求并逐一回复，推动解决老旧小区违建问题四十余处。");
		assertThat(SharePoster.excerpt("短短一句")).isEqualTo("短短一句");
	}

	@Test
	void aCampaignWithoutPublishedCandidatesSaysSo() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 0);

		this.mvc.perform(get("/public/vote/{id}", campaign.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("候选名单尚未公布")));
	}

	@Test
	void beforeVotingOpensThePagesSayWhenAndShowNoCountsEvenWhenTalliesAreLive() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		Instant opens = LocalDate.now(BEIJING).plusDays(3).atStartOfDay(BEIJING).toInstant();
		Instant closes = opens.plus(Duration.ofDays(7));
		this.data.saveRules(campaign, new VoteRules(opens, closes, null, null, 1, TallyDisplay.LIVE, 0));

		String lastDay = LocalDate.now(BEIJING).plusDays(9).toString();
		this.mvc.perform(get("/public/vote/{c}/categories/{k}", campaign.id(), campaign.firstCategory()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票尚未开始，将于 " + LocalDate.now(BEIJING).plusDays(3)
					+ " 00:00 开始。")))
			.andExpect(content().string(containsString("至 " + lastDay + " 24:00")))
			.andExpect(content().string(not(containsString("票数实时更新"))))
			.andExpect(content().string(not(containsString("0 票"))))
			.andExpect(content().string(not(containsString("投 TA 一票"))));
	}

	@Test
	void hiddenTalliesShowNoCountsUntilVotingCloses() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		this.data.saveRules(campaign, new VoteRules(Instant.now().minusSeconds(60),
				Instant.now().plusSeconds(3600), null, null, 1, TallyDisplay.HIDDEN, 0));

		this.mvc.perform(get("/public/vote/{c}/categories/{k}", campaign.id(), campaign.firstCategory()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("票数将在投票结束后公布")))
			.andExpect(content().string(not(containsString("0 票"))));
	}

	@Test
	void thePublicHomePageListsACampaignWhoseVotingIsOpenButNotOneInPreparation() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		var preparing = this.data.campaignInPreparation();

		this.mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评选活动公众入口")))
			.andExpect(content().string(containsString("href=\"/public/vote/" + campaign.id() + "\"")))
			.andExpect(content().string(containsString("投票进行中")))
			.andExpect(content().string(not(containsString("/public/vote/" + preparing + "\""))));
	}

	@Test
	void aCampaignStillInPreparationHasNoPublicPage() throws Exception {
		this.mvc.perform(get("/public/vote/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void aVoterVerifiesWithCaptchaAndSmsCodeThenVotesAndNoPageEverShowsTheirPhone() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		PublicCandidate candidate = campaign.first().get(0);
		String phone = VoterFixtures.uniquePhone();
		String ip = VoterFixtures.uniqueIp();

		this.mvc.perform(from(ip, post("/public/vote/candidates/{id}", candidate.id()).with(csrf())))
			.andExpect(redirectedUrl("/public/vote/" + campaign.id() + "/verify?next=/public/vote/candidates/"
					+ candidate.id()));
		UUID captcha = captchaOn(this.mvc.perform(from(ip, get("/public/vote/{c}/verify", campaign.id())))
			.andExpect(status().isOk())
			.andReturn());
		this.mvc.perform(from(ip, get("/public/vote/captcha/{id}", captcha)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));

		MvcResult wrongCaptcha = this.mvc.perform(from(ip, post("/public/vote/{c}/verify/code", campaign.id())
				.with(csrf()).param("phone", phone).param("captchaId", captcha.toString()).param("captcha", "wrong")))
			.andExpect(content().string(containsString("图形验证码不正确或已过期")))
			.andReturn();
		assertThat(this.sms.lastCodeTo(phone)).isNull();
		UUID next = captchaOn(wrongCaptcha);
		this.mvc.perform(from(ip, post("/public/vote/{c}/verify/code", campaign.id()).with(csrf())
				.param("phone", phone).param("captchaId", next.toString()).param("captcha", VoterFixtures.captchaAnswer(this.jdbc, next))))
			.andExpect(content().string(containsString("验证码已发送")));
		String code = this.sms.lastCodeTo(phone);
		assertThat(code).matches("\\d{6}");

		this.mvc.perform(from(ip, post("/public/vote/{c}/verify", campaign.id()).with(csrf()).param("phone", phone)
				.param("code", wrongCode(code))))
			.andExpect(content().string(containsString("短信验证码不正确，还可尝试 4 次")));
		MvcResult verified = this.mvc.perform(from(ip, post("/public/vote/{c}/verify", campaign.id()).with(csrf())
				.param("phone", phone).param("code", code).param("next", "/public/vote/candidates/" + candidate.id())))
			.andExpect(redirectedUrl("/public/vote/candidates/" + candidate.id()))
			.andReturn();
		Cookie token = verified.getResponse().getCookie(VoterTokens.COOKIE);
		assertThat(token).isNotNull();
		assertThat(verified.getResponse().getHeader("Set-Cookie")).contains("HttpOnly");

		this.mvc.perform(from(ip, post("/public/vote/candidates/{id}", candidate.id()).with(csrf()).cookie(token)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("投票成功")))
			.andExpect(content().string(not(containsString(phone))));
		for (String page : new String[] { "/public/vote/" + campaign.id(),
				"/public/vote/" + campaign.id() + "/categories/" + campaign.firstCategory(),
				"/public/vote/candidates/" + candidate.id() }) {
			this.mvc.perform(from(ip, get(page).cookie(token)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(phone))))
				.andExpect(content().string(not(containsString(phone.substring(3)))));
		}
		// counts on the public pages are at most a second old
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> this.mvc.perform(from(ip, get("/public/vote/candidates/{id}", candidate.id())))
				.andExpect(content().string(containsString("1 票"))));
		assertThat(this.jdbc.sql("select count(*) from vote where campaign_id = ? and position(?::bytea in voter_key) > 0")
			.params(campaign.id(), phone)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select voter_key from vote where campaign_id = ?").param(campaign.id())
			.query(byte[].class)
			.single()).hasSize(16).isEqualTo(this.keys.voterKey(SmsIdentity.ID, phone));
	}

	@Test
	void anSmsCodeIsUsedUpAfterFiveWrongTries() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		String phone = VoterFixtures.uniquePhone();
		String ip = VoterFixtures.uniqueIp();
		requestCode(campaign.id(), phone, ip);
		String code = this.sms.lastCodeTo(phone);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(from(ip, post("/public/vote/{c}/verify", campaign.id()).with(csrf()).param("phone", phone)
					.param("code", wrongCode(code))));
		}

		this.mvc.perform(from(ip, post("/public/vote/{c}/verify", campaign.id()).with(csrf()).param("phone", phone)
				.param("code", code)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("验证码错误次数过多")));
	}

	@Test
	void anExpiredSmsCodeIsRefused() throws Exception {
		var campaign = this.data.openCampaign(null, null, 1, 1);
		String phone = VoterFixtures.uniquePhone();
		String ip = VoterFixtures.uniqueIp();
		requestCode(campaign.id(), phone, ip);
		this.jdbc.sql("update voter_sms_code set expires_at = now() - interval '1 second' where expires_at > now()")
			.update();

		this.mvc.perform(from(ip, post("/public/vote/{c}/verify", campaign.id()).with(csrf()).param("phone", phone)
				.param("code", this.sms.lastCodeTo(phone))))
			.andExpect(content().string(containsString("短信验证码已过期")));
	}

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Test
	void aPublicCandidateCarriesNoFieldForPersonalData() {
		Set<String> fields = Set.of("id", "campaignId", "categoryId", "categoryName", "categoryOrder", "displayName",
				"unitName", "summary", "deeds", "criteria");

		assertThat(Arrays.stream(PublicCandidate.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactlyInAnyOrderElementsOf(fields);
	}

	/** Solves a fresh captcha and has a code sent to {@code phone}. */
	private void requestCode(long campaignId, String phone, String ip) throws Exception {
		UUID captcha = captchaOn(this.mvc.perform(from(ip, get("/public/vote/{c}/verify", campaignId))).andReturn());
		this.mvc.perform(from(ip, post("/public/vote/{c}/verify/code", campaignId).with(csrf()).param("phone", phone)
				.param("captchaId", captcha.toString()).param("captcha", VoterFixtures.captchaAnswer(this.jdbc, captcha))));
	}

	private static String wrongCode(String code) {
		return code.equals("000000") ? "111111" : "000000";
	}

	private static UUID captchaOn(MvcResult page) throws Exception {
		Matcher matcher = CAPTCHA_ID.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	private static MockHttpServletRequestBuilder from(String ip, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
	}

}
