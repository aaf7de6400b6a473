package app.plateau.security;

import app.plateau.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Vaadin's security set-up with a login view; services carry their own {@code @PreAuthorize}. */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
