package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A double click is two clicks in one request, before the browser has heard the answer of the first. */
class OneShotTest {

    private final Button button = new Button("Envoyer la demande");
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().add(button);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_double_click_runs_the_action_once_and_the_button_comes_back_with_the_answer() {
        OneShot.onClick(button, calls::incrementAndGet);
        assertThat(button.isDisableOnClick()).isTrue();

        button.click();
        button.click();
        assertThat(calls).hasValue(1);
        assertThat(button.isEnabled()).isFalse();

        MockVaadin.clientRoundtrip();
        assertThat(button.isEnabled()).isTrue();
        button.click();
        assertThat(calls).hasValue(2);
    }

    @Test
    void a_refused_action_gives_the_button_back_so_the_person_can_correct_and_retry() {
        OneShot.onClick(button, () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("refused");
        });
        assertThatThrownBy(button::click).isInstanceOf(IllegalStateException.class);
        MockVaadin.clientRoundtrip();
        assertThat(button.isEnabled()).isTrue();
        assertThatThrownBy(button::click).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(2);
    }
}
