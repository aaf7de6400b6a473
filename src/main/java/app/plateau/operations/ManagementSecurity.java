package app.plateau.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Everything served on the management port: the bare liveness and readiness status for anyone
 * (an orchestrator's probe has no credential), the rest for the operator alone, over HTTP Basic.
 *
 * <p>With a management port of its own, Boot runs the actuator in a child context whose server
 * passes its requests through the application's {@code springSecurityFilterChain}; this chain comes
 * first and takes every request that the child context serves, so the application's chain never
 * sees them, and this one never sees the application's pages. The operator is checked against
 * their own store only: application accounts are unknown here, and a failed attempt here never
 * counts against an account's sign-in attempts (this manager publishes no authentication events).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperatorProperties.class)
class ManagementSecurity {

    static final String OPERATOR_ROLE = "OPERATOR";
    private static final Logger LOG = LoggerFactory.getLogger(ManagementSecurity.class);

    ManagementSecurity(Environment environment, OperatorProperties operator) {
        // On the application's own port the actuator would sit behind the application's chain, where
        // any signed-in account could read it.
        if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
            throw new IllegalStateException("management.server.port (MANAGEMENT_PORT) must differ from server.port "
                    + "(PORT): health and metrics are never served on the application port");
        }
        if (!operator.configured()) {
            LOG.warn("No operator credential: metrics and the health report are closed to everyone. Set "
                    + "PLATEAU_OPERATOR_USERNAME and PLATEAU_OPERATOR_PASSWORD_HASH (BCrypt) to open them; "
                    + "the liveness and readiness probes answer without one (docs/operations.md)");
        }
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, OperatorProperties operator,
            WebEndpointProperties endpoints) throws Exception {
        String base = endpoints.getBasePath();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(ManagementSecurity::servedByManagementServer)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher(HttpMethod.GET, base + "/health/liveness"),
                                paths.matcher(HttpMethod.GET, base + "/health/readiness")).permitAll()
                        .anyRequest().hasRole(OPERATOR_ROLE))
                .httpBasic(basic -> basic.realmName("Plateau operations"))
                .authenticationManager(operatorsOnly(operator))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Whether the request came in on the management server (the child context Boot starts for it). */
    static boolean servedByManagementServer(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(
                request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context,
                WebServerNamespace.MANAGEMENT.getValue());
    }

    private static AuthenticationManager operatorsOnly(OperatorProperties operator) {
        UserDetailsService operators = operator.configured()
                ? new InMemoryUserDetailsManager(User.withUsername(operator.username())
                        .password(operator.passwordHash()).roles(OPERATOR_ROLE).build())
                : username -> {
                    throw new UsernameNotFoundException(username);
                };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(operators);
        provider.setPasswordEncoder(new BCryptPasswordEncoder());
        return new ProviderManager(provider);
    }
}
