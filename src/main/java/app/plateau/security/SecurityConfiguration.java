package app.plateau.security;

import app.plateau.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Vaadin's security set-up with a login view; services carry their own {@code @PreAuthorize}. Sign-in
 * goes through {@link PasswordSignIn} alone. Plateau adds the CSRF check of the login form, which
 * Vaadin leaves out, and the headers of docs/security.md.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /**
     * Vaadin's client engine is started by an inline script and runs the expressions the server sends
     * as functions it builds, hence {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts, and
     * inline styles for its components; everything else comes from Plateau itself, and no other site
     * may frame it, receive its forms, or be reached from its pages.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            @Value("${plateau.security.https}") boolean https) throws Exception {
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
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
        if (https) {
            // Served over HTTPS (plateau.security.https, on in the production profile): browsers are told
            // to use nothing else for a year, whether or not the proxy said which scheme it was reached by.
            http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts
                    .maxAgeInSeconds(ONE_YEAR).includeSubDomains(true).requestMatcher(AnyRequestMatcher.INSTANCE)));
        } else {
            http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * Every cookie Plateau sets (the session's, the language's) stays off requests that other sites
     * start, except plain links to it: one more guard against cross-site requests.
     */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }
}
