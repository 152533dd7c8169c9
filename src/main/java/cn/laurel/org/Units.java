package cn.laurel.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads run in a transaction, so an aggregate and the rows it maps from share one connection. */
@Transactional(readOnly = true)
public interface Units extends ListCrudRepository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	List<Unit> findByParentIdOrderBySortOrderAscNameAsc(Long parentId);

	List<Unit> findAllByOrderBySortOrderAscNameAsc();

	/** The 派驻中队 stationed in a town. */
	List<Unit> findByStationedAtId(Long townId);

	boolean existsByParentIdAndActiveTrue(Long parentId);

	/** Every unit in its place in the organisation tree. */
	default UnitTree tree() {
		return new UnitTree(findAllByOrderBySortOrderAscNameAsc());
	}

}
