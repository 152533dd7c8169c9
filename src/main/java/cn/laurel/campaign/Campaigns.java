package cn.laurel.campaign;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface Campaigns extends ListCrudRepository<Campaign, Long> {

	List<Campaign> findByOrganiserUnitIdOrderByCreatedAtDesc(Long organiserUnitId);

	List<Campaign> findAllByOrderByCreatedAtDesc();

}
