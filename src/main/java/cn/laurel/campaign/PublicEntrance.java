package cn.laurel.campaign;

import java.util.Optional;

/**
 * A module's page of a campaign for the public (网络投票, 公示, 光荣榜), contributed as a bean so that the public
 * home page lists them without knowing the modules.
 */
public interface PublicEntrance {

	/** The page of {@code campaign}, if the public may open it now. */
	Optional<Link> of(Campaign campaign);

	/**
	 * @param order position among a campaign's pages
	 * @param labelKey message key of what the page is
	 * @param path where it is
	 * @param stateKey message key of its state now (进行中, 已结束), or {@code null}
	 */
	record Link(int order, String labelKey, String path, String stateKey) {
	}

}
