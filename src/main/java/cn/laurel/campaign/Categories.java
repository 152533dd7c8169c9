package cn.laurel.campaign;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Categories extends ListCrudRepository<Category, Long> {

	List<Category> findByCampaignIdOrderBySortOrderAscIdAsc(Long campaignId);

}
