package app.plateau.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import app.plateau.KaribuTest;
import app.plateau.base.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.junit.jupiter.api.Test;

class NotificationsTest extends KaribuTest {

    @Test
    void an_error_waits_at_the_bottom_end_until_the_user_closes_it() {
        Notification error = Notifications.error("Le plateau est complet.");

        assertThat(error.getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
        assertThat(error.getDuration()).isZero();
        assertThat(notifications()).containsExactly("Le plateau est complet.");

        Button close = error.getChildren().flatMap(child -> child.getChildren())
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(close.getAriaLabel()).contains("Fermer");
        _click(close);
        assertThat(notifications()).isEmpty();
    }

    @Test
    void a_success_fades_at_the_bottom_end_too() {
        Notification success = Notifications.success("Enregistré.");

        assertThat(success.getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
        assertThat(success.getDuration()).isPositive();
    }

    @Test
    void a_refusal_naming_a_field_is_shown_on_that_field_until_its_value_changes() {
        Binder<Named> binder = new Binder<>(Named.class);
        TextField name = new TextField("Nom");
        binder.forField(name).bind("name");
        UI.getCurrent().add(name);

        boolean shown = Fields.showError(binder,
                new DomainException("floor.error.name-taken", "Plateau 1").onField("name"));

        assertThat(shown).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("floor.error.name-taken", "Plateau 1"));
        name.setValue("Plateau 7");
        assertThat(name.isInvalid()).isFalse();
        assertThat(name.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void a_refusal_without_a_field_of_the_form_is_left_to_the_notification() {
        Binder<Named> binder = new Binder<>(Named.class);
        binder.forField(new TextField()).bind("name");

        assertThat(Fields.showError(binder, new DomainException("floor.error.in-use", "Plateau 1"))).isFalse();
        assertThat(Fields.showError(binder, new DomainException("floor.error.in-use", "Plateau 1")
                .onField("level"))).isFalse();
    }

    /** A bean with one property, as a form binds it. */
    public static class Named {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
