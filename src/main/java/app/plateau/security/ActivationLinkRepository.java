package app.plateau.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivationLinkRepository extends JpaRepository<ActivationLink, Long> {

    Optional<ActivationLink> findByTokenHash(String tokenHash);

    /**
     * Marks a link used if it still may be: 1 for the one request that does, 0 for any other. Parallel
     * requests with the same token queue on the row's lock, and each one after the first finds it used.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update ActivationLink l set l.usedAt = :now
            where l.tokenHash = :tokenHash and l.usedAt is null and l.expiresAt > :now
            """)
    int consume(@Param("tokenHash") String tokenHash, @Param("now") Instant now);
}
