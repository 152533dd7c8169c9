package cn.laurel.campaign.web;

import java.time.LocalDate;
import java.util.List;

import cn.laurel.campaign.CampaignPhase;
import cn.laurel.campaign.EligibilityRule;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormVersion;
import cn.laurel.campaign.GroupMember;
import cn.laurel.campaign.PhaseWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The form-backing classes of the campaign pages: what a posted page turns into. */
class CampaignPageFormsTests {

	@Test
	void aNameCellListingSeveralMembersBecomesOneRowEachWhilePaddedNamesStayWhole() {
		LeadingGroupForm form = new LeadingGroupForm();
		form.getLeadingGroup().add(row(null, GroupMember.Post.LEADER, "肖  政"));
		form.getLeadingGroup().add(row("会务协调组", GroupMember.Post.MEMBER, "鲁军、周兆鑫，刘嘉麟、"));

		form.compact();

		assertThat(form.asDomain()).containsExactly(new GroupMember(null, GroupMember.Post.LEADER, "肖  政"),
				new GroupMember("会务协调组", GroupMember.Post.MEMBER, "鲁军"),
				new GroupMember("会务协调组", GroupMember.Post.MEMBER, "周兆鑫"),
				new GroupMember("会务协调组", GroupMember.Post.MEMBER, "刘嘉麟"));
	}

	@Test
	void rowsTickedForRemovalAndRowsLeftBlankAreNotSaved() {
		LeadingGroupForm form = new LeadingGroupForm();
		form.getLeadingGroup().add(row(null, GroupMember.Post.LEADER, "肖政"));
		LeadingGroupForm.Row removed = row(null, GroupMember.Post.MEMBER, "误填");
		removed.setRemoved(true);
		form.getLeadingGroup().add(removed);
		form.getLeadingGroup().add(row(" ", null, ""));

		form.compact();

		assertThat(form.asDomain()).containsExactly(new GroupMember(null, GroupMember.Post.LEADER, "肖政"));
	}

	@Test
	void aRefusedScheduledWindowPointsAtTheRowOfItsPhase() {
		ScheduleForm form = new ScheduleForm();
		for (CampaignPhase phase : CampaignPhase.schedulable()) {
			ScheduleForm.Row row = new ScheduleForm.Row();
			row.setPhase(phase);
			row.setScheduled(phase == CampaignPhase.VOTING);
			form.getSchedule().add(row);
		}

		List<PhaseWindow> windows = form.asDomain();

		assertThat(windows).extracting(PhaseWindow::phase)
			.containsExactly(CampaignPhase.NOMINATION, CampaignPhase.PRELIMINARY_REVIEW, CampaignPhase.VOTING,
					CampaignPhase.DECISION, CampaignPhase.ANNOUNCEMENT);
		assertThat(form.fieldOf("schedule[2]"))
			.isEqualTo("schedule[" + CampaignPhase.schedulable().indexOf(CampaignPhase.VOTING) + "]");
		assertThat(form.fieldOf("schedule")).isEqualTo("schedule");
	}

	@Test
	void parametersTheRuleTypeDoesNotTakeAreDropped() {
		EligibilityRulesForm.Row row = new EligibilityRulesForm.Row();
		row.setType(EligibilityRule.Type.DEEDS_SINCE);
		row.setMode(EligibilityRule.Mode.BLOCK);
		row.setSinceDate(LocalDate.of(2020, 1, 1));
		row.setYears(2);
		row.setTitles("left in a hidden input");

		assertThat(row.asDomain()).isEqualTo(new EligibilityRule(EligibilityRule.Type.DEEDS_SINCE,
				EligibilityRule.Mode.BLOCK, LocalDate.of(2020, 1, 1), null, null));
	}

	@Test
	void aRevisedFormKeepsKeysTypesAndPersonalFlagsAndTakesChoicesOnlyForChoiceFields() {
		FormDefinition base = new FormDefinition("seed000-person", "申报表", List.of(
				new FormDefinition.Field("gender", "性别", FormDefinition.FieldType.CHOICE, true, null, null,
						List.of("男", "女"), null, false, null),
				new FormDefinition.Field("phone", "联系电话", FormDefinition.FieldType.PHONE, true, null, null, null,
						null, true, null)),
				new FormDefinition.Photos(1, 2, false), true);
		FormRevisionForm form = FormRevisionForm.of(new FormVersion(1, 1, 1, base, null, "organiser"));
		form.getFields().get(0).setChoices("男\n女\n\n未说明 ");
		form.getFields().get(1).setLabel(" 手机号码 ");
		form.getFields().get(1).setChoices("ignored");
		form.getFields().get(1).setRequired(false);

		FormDefinition revised = form.asDomain(base);

		assertThat(revised.field("gender").choices()).containsExactly("男", "女", "未说明");
		assertThat(revised.field("phone")).isEqualTo(new FormDefinition.Field("phone", "手机号码",
				FormDefinition.FieldType.PHONE, false, null, null, null, null, true, null));
		assertThat(revised.photos()).isEqualTo(base.photos());
		assertThat(FormRevisionForm.of(new FormVersion(1, 1, 1, base, null, "organiser")).asDomain(base))
			.isEqualTo(base);
	}

	@Test
	void anAddedFieldKeepsChoicesOnlyAsAChoiceFieldAndColumnsOnlyAsATable() {
		FormDefinition base = new FormDefinition("generic-person", "申报表", List.of(
				new FormDefinition.Field("name", "姓名", FormDefinition.FieldType.TEXT, true, null, null, null, null,
						false, null)),
				new FormDefinition.Photos(0, 0, false), false);
		FormRevisionForm form = FormRevisionForm.of(new FormVersion(1, 1, 1, base, null, "organiser"));
		form.getFields().add(added("gender", "性别", FormDefinition.FieldType.CHOICE));
		form.getFields().add(added("members", "团队成员", FormDefinition.FieldType.TABLE));
		form.getFields().add(added(" ", "", null));

		form.compact();
		FormDefinition revised = form.asDomain(base);

		assertThat(revised.fields()).extracting(FormDefinition.Field::key).containsExactly("name", "gender", "members");
		assertThat(revised.field("gender").choices()).containsExactly("男", "女");
		assertThat(revised.field("gender").columns()).isEmpty();
		assertThat(revised.field("members").columns()).containsExactly("姓名", "职务");
		assertThat(revised.field("members").choices()).isEmpty();
	}

	private static FormRevisionForm.FieldRow added(String key, String label, FormDefinition.FieldType type) {
		FormRevisionForm.FieldRow row = new FormRevisionForm.FieldRow();
		row.setAdded(true);
		row.setKey(key);
		row.setLabel(label);
		row.setType(type);
		row.setChoices("男\n女");
		row.setColumns("姓名\n职务");
		return row;
	}

	private static LeadingGroupForm.Row row(String subGroup, GroupMember.Post post, String name) {
		LeadingGroupForm.Row row = new LeadingGroupForm.Row();
		row.setSubGroup(subGroup);
		row.setPost(post);
		row.setName(name);
		return row;
	}

}
