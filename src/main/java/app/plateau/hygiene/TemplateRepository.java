package app.plateau.hygiene;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateRepository extends JpaRepository<HygieneTemplate, Long> {

    List<HygieneTemplate> findBySiteIdOrderByName(long siteId);

    boolean existsBySiteIdAndNameIgnoreCase(long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(long siteId, String name, long id);
}
