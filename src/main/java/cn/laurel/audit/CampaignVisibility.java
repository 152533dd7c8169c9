package cn.laurel.audit;

import java.util.Set;

/**
 * Which campaigns' audit entries a user may read. Implemented by the module that owns campaigns,
 * so that the audit module needs no knowledge of who organises what.
 */
public interface CampaignVisibility {

	Set<Long> campaignsVisibleTo(String username);

}
