package cn.laurel.campaign;

/**
 * What a module that builds on campaigns sets up when one is made from a template, such as the scoring module's
 * ballot panel for the plan's leading group. Called in the template's transaction with the creating organiser signed
 * in, after the campaign's own settings; a refusal undoes the whole creation.
 */
public interface TemplateContribution {

	void contribute(Campaign campaign, CampaignTemplate template);

}
