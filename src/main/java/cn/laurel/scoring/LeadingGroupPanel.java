package cn.laurel.scoring;

import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignTemplate;
import cn.laurel.campaign.Categories;
import cn.laurel.campaign.TemplateContribution;

import org.springframework.stereotype.Component;

/**
 * A campaign made from a plan whose leading group votes (seed 000: 评选领导小组投票, 30%) gets that vote's ballot panel,
 * judging every category, so the office only seats the members it lists ({@code 附件1}) before 评审.
 */
@Component
class LeadingGroupPanel implements TemplateContribution {

	private final PanelSetup panels;

	private final Categories categories;

	LeadingGroupPanel(PanelSetup panels, Categories categories) {
		this.panels = panels;
		this.categories = categories;
	}

	@Override
	public void contribute(Campaign campaign, CampaignTemplate template) {
		CampaignTemplate.BallotPanel ballot = template.leadingGroupPanel();
		if (ballot == null) {
			return;
		}
		Panel panel = this.panels.create(campaign.getId(), new Panel.Settings(ballot.name(), ballot.component(),
				PanelMode.BALLOT, List.of(), Aggregation.MEAN, false, RecusalScope.OWN_UNIT));
		this.panels.assign(campaign.getId(), panel.id(),
				this.categories.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId())
					.stream()
					.map(category -> new Panel.Assignment(category.getId(), true, List.of()))
					.toList());
	}

}
