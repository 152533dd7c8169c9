package cn.laurel.voting;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.laurel.LaurelIntegrationTest;
import cn.laurel.campaign.Category;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.Drafting;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Nomination;
import cn.laurel.nomination.NominationDriver;
import cn.laurel.nomination.NominationScenario;
import cn.laurel.nomination.NominationScenarios;
import cn.laurel.org.LaurelUser;
import cn.laurel.org.Role;
import cn.laurel.org.Unit;
import cn.laurel.org.UnitType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.laurel.nomination.NominationScenario.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The ballot is the campaign's candidates as the nomination module has them, without personal data. */
@LaurelIntegrationTest
class NominationCatalogueTests {

	static final String PHONE = "13912345678";

	@Autowired
	NominationScenarios scenarios;

	@Autowired
	NominationCatalogue catalogue;

	@Autowired
	NominationDriver workflow;

	@Test
	void aCandidateWhoPassedPreliminaryReviewIsOnTheBallotWithoutPersonalData() {
		NominationScenario scenario = this.scenarios.create();
		Category category = scenario.openCategory("generic-person", NomineeKind.PERSON, 10, List.of(), List.of());
		Unit unit = scenario.unit(UnitType.DIRECT_SQUADRON, scenario.office);
		LaurelUser clerk = scenario.account(Role.CLERK, unit, null);
		Answers answers = new Answers(Map.of("name", "周晓梅", "gender", "女", "birthMonth", "1988.04",
				"politicalStatus", "中共党员", "workplaceAndPost", "直属一中队 队员", "phone", PHONE, "deeds",
				"扎根一线，服务群众。".repeat(20)), Map.of());
		long id = as(clerk, () -> {
			Nomination draft = this.workflow.startDraft(category.getId());
			this.workflow.attach(draft.getId(), FilePurpose.PHOTO, "photo.png", png());
			assertThat(this.workflow.submit(draft.getId(), new Drafting.Revision(answers, null, false,
					List.of()))).isEmpty();
			return draft.getId();
		});
		assertThat(this.catalogue.candidates(category.getCampaignId())).isEmpty();
		as(scenario.organiser, () -> this.workflow.pass(id));

		List<PublicCandidate> ballot = this.catalogue.candidates(category.getCampaignId());
		assertThat(ballot).singleElement().satisfies(candidate -> {
			assertThat(candidate.displayName()).isEqualTo("周晓梅");
			assertThat(candidate.unitName()).isEqualTo(unit.getName());
			assertThat(candidate.categoryName()).isEqualTo("类别");
			assertThat(candidate.summary()).startsWith("扎根一线").endsWith("\u2026").doesNotContain(PHONE);
			assertThat(candidate.deeds()).isEqualTo("扎根一线，服务群众。".repeat(20));
		});
		// the public get the thumbnail made at upload, a JPEG without the original's metadata
		assertThat(this.catalogue.photo(id)).get().extracting(CandidatePhoto::contentType).isEqualTo("image/jpeg");
	}

	private static byte[] png() {
		BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
