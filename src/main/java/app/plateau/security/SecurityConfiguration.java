package app.plateau.security;

import app.plateau.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Vaadin's security set-up with a login view; services carry their own {@code @PreAuthorize}. Sign-in
 * goes through {@link PasswordSignIn} alone. Plateau adds the CSRF check of the login form, which
 * Vaadin leaves out.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        // The device feed's WebSocket handshake. Devices have no account and no session: each STOMP
        // CONNECT is authenticated by its device token in the feed's channel interceptor, and the
        // session cookie is never consulted there, so neither the login redirect nor a CSRF token
        // has anything to protect on this path.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/ws", "/ws/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/ws", "/ws/**"));
        // Personal calendar feeds, read by calendar programs that sign in to nothing: the secret token
        // in the address is their key, checked by the feed itself (a wrong one answers 404).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/calendar/*").permitAll());
        // Vaadin's own CSRF set-up also exempts the login form's post, which would let another site
        // sign a visitor in to an account of its choosing. Only Vaadin's internal requests, which carry
        // Vaadin's own token, are exempt here; the login form sends Spring's token from the page.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A login post with a missing or stale token (a session expired on the login page) is sent
        // back to the form with its one refusal message rather than to an error page.
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?error"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }
}
