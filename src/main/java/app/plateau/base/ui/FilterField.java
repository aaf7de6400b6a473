package app.plateau.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box above every grid: filters as one types, after a short pause. */
public class FilterField extends TextField {

    public FilterField(Runnable onChange) {
        setPlaceholder(getTranslation("common.filter.placeholder"));
        setAriaLabel(getTranslation("common.filter"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(100);
        setValueChangeMode(ValueChangeMode.LAZY);
        addValueChangeListener(event -> onChange.run());
    }
}
