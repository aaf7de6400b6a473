package app.plateau.hygiene.ui;

import app.plateau.organisation.Person;
import app.plateau.organisation.PersonService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** Chooses a corrective action's owner among the site's people, searched by name as the user types. */
class OwnerField extends ComboBox<Person> {

    OwnerField(PersonService people, long siteId) {
        setLabel(getTranslation("hygiene.action.owner"));
        setPlaceholder(getTranslation("hygiene.action.owner.placeholder"));
        setItemLabelGenerator(Person::getFullName);
        setClearButtonVisible(true);
        setItems(query -> people.page(siteId, null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    Long personId() {
        return getValue() == null ? null : getValue().getId();
    }
}
