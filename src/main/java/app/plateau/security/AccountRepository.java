package app.plateau.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByPersonId(Long personId);

    Optional<Account> findByPersonId(Long personId);

    List<Account> findByPersonIdIn(Collection<Long> personIds);

    List<Account> findByUsernameIn(Collection<String> usernames);

    @Query("""
            select a from Account a
            where (:siteId is null or a.siteId = :siteId)
              and (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
            """)
    List<Account> search(@Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where (:siteId is null or a.siteId = :siteId)
              and (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
            """)
    long countSearch(@Param("siteId") Long siteId, @Param("text") String text);
}
