package app.plateau.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByPersonId(Long personId);

    Optional<Account> findByPersonId(Long personId);

    List<Account> findByPersonIdIn(Collection<Long> personIds);

    List<Account> findByUsernameIn(Collection<String> usernames);

    long countByPasswordHashIsNullAndLockedFalse();

    long countBySiteIdAndPasswordHashIsNullAndLockedFalse(Long siteId);

    /**
     * Counts a sign-in attempt before its password is checked, unless the account is held, locked or
     * has no password: 1 when the attempt may go on to the check, 0 when it is refused. The attempt
     * that reaches the threshold holds the account and starts the count afresh. Parallel attempts
     * queue on the row's lock, so no more than the threshold pass. The hold is assigned first: MariaDB
     * reads a column assigned earlier in the same SET at its new value.
     */
    @Modifying(clearAutomatically = true)
    @Query("""
            update Account a
            set a.heldUntil = case when a.failedAttempts + 1 >= :threshold then :until else a.heldUntil end,
                a.failedAttempts = case when a.failedAttempts + 1 >= :threshold then 0 else a.failedAttempts + 1 end
            where a.username = :username and a.locked = false and a.passwordHash is not null
              and (a.heldUntil is null or a.heldUntil <= :now)
            """)
    int reserveAttempt(@Param("username") String username, @Param("threshold") int threshold,
            @Param("now") Instant now, @Param("until") Instant until);

    @Modifying(clearAutomatically = true)
    @Query("update Account a set a.failedAttempts = 0, a.heldUntil = null where a.id = :id")
    int clearFailures(@Param("id") Long id);

    /** Whether someone can administer every site: a global administrator with a password, not locked. */
    @Query("""
            select count(a) > 0 from Account a join a.roles r
            where r = app.plateau.security.Role.ADMIN and a.siteId is null
              and a.passwordHash is not null and a.locked = false
            """)
    boolean existsGlobalAdministratorWhoCanSignIn();

    /**
     * Takes an account's password away, only if it is still the one read: parallel starts may do it
     * twice, and an edit made meanwhile is not overwritten.
     */
    @Modifying(clearAutomatically = true)
    @Query("""
            update Account a set a.passwordHash = null, a.failedAttempts = 0, a.heldUntil = null
            where a.id = :id and a.passwordHash = :passwordHash
            """)
    int removePassword(@Param("id") Long id, @Param("passwordHash") String passwordHash);

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

    /** Accounts waiting for activation: no password yet, not locked. */
    @Query("""
            select a from Account a
            where (:siteId is null or a.siteId = :siteId) and a.passwordHash is null and a.locked = false
              and (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
            """)
    List<Account> searchAwaiting(@Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where (:siteId is null or a.siteId = :siteId) and a.passwordHash is null and a.locked = false
              and (:text = '' or lower(a.username) like concat('%', :text, '%')
                   or lower(a.displayName) like concat('%', :text, '%'))
            """)
    long countSearchAwaiting(@Param("siteId") Long siteId, @Param("text") String text);
}
