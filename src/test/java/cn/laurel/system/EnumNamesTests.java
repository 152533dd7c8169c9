package cn.laurel.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.laurel.award.CertificateField;
import cn.laurel.award.DecisionWording;
import cn.laurel.calendar.DayKind;
import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.EndorsementStep;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.campaign.ScoringWeight;
import cn.laurel.nomination.FilePurpose;
import cn.laurel.nomination.Flag;
import cn.laurel.nomination.NominationStatus;
import cn.laurel.org.Capacity;
import cn.laurel.org.Role;
import cn.laurel.org.UnitType;
import cn.laurel.publicity.Investigator;
import cn.laurel.publicity.ObjectionStatus;
import cn.laurel.review.Progress;
import cn.laurel.review.ReviewCheck;
import cn.laurel.scoring.Aggregation;
import cn.laurel.scoring.AssignmentExtent;
import cn.laurel.scoring.Ballot;
import cn.laurel.scoring.InvitationState;
import cn.laurel.scoring.Outcome;
import cn.laurel.scoring.PanelMode;
import cn.laurel.scoring.RecusalReason;
import cn.laurel.scoring.RecusalScope;
import cn.laurel.scoring.UnitRelation;
import cn.laurel.scoring.VotePoints;
import cn.laurel.voting.FlagKind;
import cn.laurel.voting.RateLimit;
import cn.laurel.voting.TallyDisplay;
import cn.laurel.voting.VoteRule;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Enum constants are shown by name on many pages; each needs one in Chinese and in English. */
class EnumNamesTests {

	@Test
	void everyEnumConstantShownToUsersHasANameInBothLanguages() throws IOException {
		Set<String> chinese = keys("messages/*.properties");
		Set<String> english = keys("messages/*_en.properties");
		List<String> needed = Stream.of(names(UnitType.values(), UnitType::messageKey),
				names(Role.values(), Role::messageKey), names(Capacity.values(), Capacity::messageKey),
				names(CampaignPhase.values(), CampaignPhase::messageKey),
				names(NomineeKind.values(), NomineeKind::messageKey),
				names(GroupMember.Post.values(), GroupMember.Post::messageKey),
				names(ScoringWeight.Source.values(), ScoringWeight.Source::messageKey),
				names(EndorsementStep.EndorserUnit.values(), EndorsementStep.EndorserUnit::messageKey),
				names(EligibilityRule.Mode.values(), EligibilityRule.Mode::messageKey),
				names(EligibilityRule.Type.values(), EligibilityRule.Type::messageKey),
				names(FormDefinition.FieldType.values(), FormDefinition.FieldType::messageKey),
				names(NominationStatus.values(), NominationStatus::messageKey),
				names(Flag.Kind.values(), Flag.Kind::messageKey),
				names(FilePurpose.values(), FilePurpose::messageKey),
				names(DayKind.values(), DayKind::messageKey),
				names(ReviewCheck.values(), ReviewCheck::messageKey), names(Progress.values(), Progress::messageKey),
				names(ObjectionStatus.values(), ObjectionStatus::messageKey),
				names(Investigator.values(), Investigator::messageKey),
				names(DecisionWording.values(), DecisionWording::messageKey),
				names(PanelMode.values(), PanelMode::messageKey), names(Ballot.values(), Ballot::messageKey),
				names(Aggregation.values(), Aggregation::messageKey),
				names(RecusalScope.values(), RecusalScope::messageKey),
				names(RecusalReason.values(), RecusalReason::messageKey),
				names(UnitRelation.values(), UnitRelation::messageKey),
				names(VotePoints.values(), VotePoints::messageKey), names(Outcome.values(), Outcome::messageKey),
				names(InvitationState.values(), InvitationState::messageKey),
				names(AssignmentExtent.values(), AssignmentExtent::messageKey),
				names(CertificateField.values(), CertificateField::messageKey),
				names(TallyDisplay.values(), TallyDisplay::messageKey), names(VoteRule.values(), VoteRule::messageKey),
				names(RateLimit.values(), RateLimit::messageKey), names(FlagKind.values(), FlagKind::messageKey))
			.flatMap(List::stream)
			.toList();
		assertThat(chinese).containsAll(needed);
		assertThat(english).containsAll(needed);
	}

	private static <E> List<String> names(E[] values, Function<E, String> key) {
		return Stream.of(values).map(key).toList();
	}

	private static Set<String> keys(String pattern) throws IOException {
		Set<String> keys = new HashSet<>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern)) {
			boolean english = resource.getFilename().endsWith("_en.properties");
			if (english != pattern.endsWith("_en.properties")) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				Properties properties = new Properties();
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				keys.addAll(properties.stringPropertyNames());
			}
		}
		return keys;
	}

}
