package app.plateau.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A grid that asks for no order still gets a stable one, so pages never overlap. */
public final class Sorting {

    private Sorting() {
    }

    public static Pageable or(Pageable pageable, String... properties) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : Sort.by(properties).and(Sort.by("id"));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }
}
