package cn.laurel.nomination;

import java.util.List;

/**
 * A decision (审定) honouring nominations, as the nomination module hears of it: the award module's decision event
 * implements this, and the candidates it names become {@link NominationStatus#HONOURED} in the decision's
 * transaction. (The type lives here, not in the award module, because the award module already depends on this one.)
 */
public interface HonourDecision {

	/** The nominations the decision honours. */
	List<Long> honouredNominationIds();

}
