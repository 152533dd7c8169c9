package cn.laurel.campaign;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads run in a transaction, so an aggregate and the rows it maps from share one connection. */
@Transactional(readOnly = true)
public interface Categories extends ListCrudRepository<Category, Long> {

	List<Category> findByCampaignIdOrderBySortOrderAscIdAsc(Long campaignId);

}
