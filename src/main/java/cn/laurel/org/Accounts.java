package cn.laurel.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Reads run in a transaction, so an aggregate and the rows it maps from share one connection. */
@Transactional(readOnly = true)
public interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	List<Account> findAllByOrderByUsernameAsc();

	List<Account> findByUnitId(Long unitId);


	boolean existsByRole(Role role);

}
