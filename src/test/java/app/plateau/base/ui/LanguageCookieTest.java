package app.plateau.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.plateau.base.Messages;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The language cookie travels like the session's: SameSite by the server, Secure whenever the page came over HTTPS. */
@Tag("security")
class LanguageCookieTest {

    @AfterEach
    void clear() {
        CurrentInstance.clearAll();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void the_language_cookie_is_secure_exactly_when_the_page_came_over_https(boolean https) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.isSecure()).thenReturn(https);
        when(request.getContextPath()).thenReturn("");
        VaadinResponse response = mock(VaadinResponse.class);
        CurrentInstance.set(VaadinRequest.class, request);
        CurrentInstance.set(VaadinResponse.class, response);

        LanguagePreference.choose(Messages.ENGLISH);

        ArgumentCaptor<Cookie> cookie = ArgumentCaptor.forClass(Cookie.class);
        verify(response).addCookie(cookie.capture());
        assertThat(cookie.getValue().getName()).isEqualTo(LanguagePreference.COOKIE);
        assertThat(cookie.getValue().getValue()).isEqualTo("en");
        assertThat(cookie.getValue().isHttpOnly()).isTrue();
        assertThat(cookie.getValue().getSecure()).isEqualTo(https);
    }
}
