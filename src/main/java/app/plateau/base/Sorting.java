package app.plateau.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A grid that asks for no order still gets a stable one, so pages never overlap. */
public final class Sorting {

    private Sorting() {
    }

    public static Pageable or(Pageable pageable, String... properties) {
        return or(pageable, Sort.by(properties));
    }

    /** The page's own order, or the fallback (which may be descending), with the id as tie-break. */
    public static Pageable or(Pageable pageable, Sort fallback) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }
}
