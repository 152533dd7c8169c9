package cn.laurel.campaign;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads run in a transaction, so an aggregate and the rows it maps from share one connection. */
@Transactional(readOnly = true)
public interface Campaigns extends ListCrudRepository<Campaign, Long> {

	List<Campaign> findByOrganiserUnitIdOrderByCreatedAtDesc(Long organiserUnitId);

	List<Campaign> findAllByOrderByCreatedAtDesc();

}
